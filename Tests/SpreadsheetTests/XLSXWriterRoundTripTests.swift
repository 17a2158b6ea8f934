import Foundation
import Testing
import TestSupport
@testable import Spreadsheet

/// Awkward texts written and read back: every XML part stays well-formed and readers get the text back.
@Suite struct XLSXWriterRoundTripTests {
    static let pieces = ["a", "中", "_x0041_", "_x", "_", "x005F_", "&amp;", "<", ">", "\"", "'", "\t", "\n", "\r",
                         "\r\n", " ", "😀", "]]>", "\u{1}", "\u{1F}", "\u{7F}", "\u{85}", "\u{FFFE}", "\u{FFFD}", "\u{E9}", "e\u{301}"]

    /// 300 texts of 1 to 8 pieces, the same every run.
    static func texts() -> [String] {
        var state: UInt64 = 2026
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<300).map { _ in (0...next(8)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    private func writeTexts(to path: String) throws -> [String] {
        let texts = Self.texts()
        let writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet("文本")
        for text in texts { try sheet.writeRow([.text(text)]) }
        try writer.close()
        return texts
    }

    @Test func everyPartIsWellFormedXML() throws {
        let directory = try scratchDirectory()
        _ = try writeTexts(to: directory + "/texts.xlsx")
        try writeSampleWorkbook(to: directory + "/sample.xlsx")
        let script = """
            import sys, zipfile, xml.parsers.expat
            for path in sys.argv[1:]:
                with zipfile.ZipFile(path) as package:
                    for name in package.namelist():
                        try:
                            xml.parsers.expat.ParserCreate().Parse(package.read(name), True)
                        except xml.parsers.expat.ExpatError as error:
                            print(path, name, error)
            print("checked")
            """
        guard let python = try ExternalTools.available(ExternalTools.python, named: "python") ? ExternalTools.python : nil
        else { return }
        let result = try runProcess(python, ["-c", script, directory + "/texts.xlsx", directory + "/sample.xlsx"])
        #expect(result.output == "checked\n")
    }

    /// calamine decodes every `_xHHHH_` except the non-characters U+FFFE and U+FFFF, which it leaves escaped.
    @Test func calamineReadsEveryTextBack() throws {
        let path = try scratchDirectory() + "/texts.xlsx"
        let texts = try writeTexts(to: path)
        let script = """
            import json, sys
            from python_calamine import CalamineWorkbook
            print(json.dumps([row[0] for row in CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_name("文本").to_python()]))
            """
        guard let dump = try pythonDump(script, path) else { return }
        let read = try JSONDecoder().decode([String].self, from: Data(dump.utf8))
        #expect(read.count == texts.count)
        for (written, back) in zip(texts, read) {
            let expected = written.replacingOccurrences(of: "\u{FFFE}", with: "_xFFFE_")
            if !expected.utf8.elementsEqual(back.utf8) {
                Issue.record("calamine read \(back.debugDescription) for \(written.debugDescription)")
            }
        }
    }

    /// openpyxl does not decode `_xHHHH_` in shared strings: it deletes every `x005F_` from the text (so
    /// `_x005F_x0041_` reads as `_x0041_`, but a literal `x005F_` is lost too) and leaves the other escapes.
    @Test func openpyxlReadsEveryTextBack() throws {
        let path = try scratchDirectory() + "/texts.xlsx"
        let texts = try writeTexts(to: path)
        let script = """
            import json, sys, warnings
            warnings.simplefilter("error")
            import openpyxl
            print(json.dumps([row[0].value for row in openpyxl.load_workbook(sys.argv[1])["文本"].iter_rows()]))
            """
        guard let dump = try pythonDump(script, path) else { return }
        let read = try JSONDecoder().decode([String].self, from: Data(dump.utf8))
        #expect(read.count == texts.count)
        for (written, back) in zip(texts, read) {
            var xml = XMLBuffer()
            xml.appendEscapedText(written)
            let entities = [("&#13;", "\r"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")]
            let parsed = entities.reduce(String(decoding: xml.bytes, as: UTF8.self)) {
                $0.replacingOccurrences(of: $1.0, with: $1.1)
            }
            let expected = parsed.replacingOccurrences(of: "x005F_", with: "")
            if !expected.utf8.elementsEqual(back.utf8) {
                Issue.record("openpyxl read \(back.debugDescription) for \(written.debugDescription)")
            }
        }
    }
}

/// What our writer writes, our reader reads back identically: values, types, sheets, visibility, merges.
@Suite struct XLSXWriterOwnReaderTests {
    private func rows(_ reader: XLSXReader, sheet: Int) throws -> [SheetRow] {
        var rows: [SheetRow] = []
        try reader.forEachRow(sheet: sheet) { rows.append($0) }
        return rows
    }

    @Test func sampleWorkbookReadsBackCellForCell() throws {
        let path = try scratchDirectory() + "/sample.xlsx"
        try writeSampleWorkbook(to: path)
        let reader = try XLSXReader(path: path)
        #expect(reader.sheets == [SheetInfo(name: "汇总表"), SheetInfo(name: "明细", visibility: .hidden)])
        #expect(try reader.mergedRanges(sheet: 0) == [CellRange("A1:E1")!])
        #expect(try rows(reader, sheet: 0) == [
            SheetRow(number: 1, cells: [.text("石门村 2026 年春季走访汇总")]),
            SheetRow(number: 2, cells: ["自然社", "户数", "比例", "完成", "走访日期"].map { .text($0) }),
            SheetRow(number: 3, cells: [.text("上屋"), .number(12), .number(0.125), .bool(true),
                                        .date(DateTime(year: 2026, month: 3, day: 2))]),
            SheetRow(number: 4, cells: [.text("下屋"), .number(-3.5), .number(1), .bool(false),
                                        .date(DateTime(year: 2026, month: 3, day: 2, hour: 14, minute: 30))]),
        ])
        #expect(try rows(reader, sheet: 1) == [
            SheetRow(number: 1, cells: [.text("身份证号"), .text(" 前后空格 "), .text("a_x0041_b"), .text("tab\there\r\nline")]),
            SheetRow(number: 2, cells: [.text("440102199001011234"), .empty, .error("#N/A"), .number(1e-5)]),
        ])
    }

    @Test func awkwardTextsReadBackExactly() throws {
        let path = try scratchDirectory() + "/texts.xlsx"
        let texts = XLSXWriterRoundTripTests.texts()
        let writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet("文本")
        for text in texts { try sheet.writeRow([.text(text)]) }
        try writer.close()
        let read = try rows(try XLSXReader(path: path), sheet: 0)
        #expect(read.map(\.number) == Array(1...texts.count))
        #expect(read.map { $0.cells.first ?? .empty } == texts.map { CellValue.text($0) })
    }
}
