import Foundation
import Testing
import TestSupport
@testable import Spreadsheet

/// How single values become XML: escaping, numbers, dates, widths, names, limits.
@Suite struct XLSXWriterValueTests {
    private func escaped(_ text: String) -> String {
        var buffer = XMLBuffer()
        buffer.appendEscapedText(text)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    @Test func textEscaping() {
        #expect(escaped("甲&乙<丙>丁\"'") == "甲&amp;乙&lt;丙&gt;丁\"'")
        #expect(escaped("a\u{1}b\u{1F}c\td\ne") == "a_x0001_b_x001F_c\td\ne")
        #expect(escaped("line\r\nnext") == "line&#13;\nnext")
        #expect(escaped("_x0041_ and _x12G4_ and _x00e9_") == "_x005F_x0041_ and _x12G4_ and _x005F_x00e9_")
        #expect(escaped("\u{FFFE}\u{FFFF}\u{FFFD}") == "_xFFFE__xFFFF_\u{FFFD}")
        #expect(escaped("_x") == "_x")
    }

    @Test func numbersAreShortestRoundTrip() {
        func text(_ value: Double) -> String {
            var buffer = XMLBuffer()
            buffer.append(value)
            return String(decoding: buffer.bytes, as: UTF8.self)
        }
        #expect(text(12) == "12")
        #expect(text(-0.0) == "0")
        #expect(text(0.1) == "0.1")
        #expect(text(1.0 / 3) == "0.3333333333333333")
        #expect(text(123_456_789_012_345) == "123456789012345")
        #expect(text(1e15) == "1000000000000000")
        #expect(text(1e20) == "1e+20")
        #expect(text(1e-7) == "1e-07")
        #expect(text(-2.5e300) == "-2.5e+300")
    }

    @Test func dateSerials() {
        #expect(SheetWriter.serial(DateTime(year: 1900, month: 1, day: 1)) == 1)
        #expect(SheetWriter.serial(DateTime(year: 1900, month: 2, day: 28)) == 59)
        #expect(SheetWriter.serial(DateTime(year: 1900, month: 3, day: 1)) == 61)
        #expect(SheetWriter.serial(DateTime(year: 2026, month: 3, day: 2)) == 46083)
        #expect(SheetWriter.serial(DateTime(year: 2026, month: 3, day: 2, hour: 18)) == 46083.75)
        #expect(SheetWriter.serial(DateTime(year: 1899, month: 12, day: 31)) == nil)
    }

    @Test func displayWidthCountsWideCharactersDouble() {
        #expect(DisplayWidth.columns(of: "abc") == 3)
        #expect(DisplayWidth.columns(of: "石门村") == 6)
        #expect(DisplayWidth.columns(of: "（全角）ＡＢ") == 12)
        #expect(DisplayWidth.columns(of: "第二组\n上屋") == 6)
        #expect(DisplayWidth.columns(of: "é한") == 3)
    }

    @Test func sheetNamesFollowExcelRules() throws {
        let writer = try XLSXWriter(path: try scratchDirectory() + "/names.xlsx")
        _ = try writer.addSheet(String(repeating: "名", count: 31))
        _ = try writer.addSheet("It's 汇总 (2026)")
        for bad in ["", String(repeating: "名", count: 32), "a/b", "a\\b", "a?b", "a*b", "a:b", "[a]", "'quoted'",
                    "History", "it's 汇总 (2026)", "tab\there"] {
            #expect(throws: SpreadsheetError.self, "\(bad)") { _ = try writer.addSheet(bad) }
        }
        do {
            _ = try writer.addSheet("2026/03")
            Issue.record("a name with / was accepted")
        } catch {
            #expect(error.message.zh == "工作表名“2026/03”含有 Excel 不允许的字符“/”（不能含 \\ / ? * : [ ]）")
            #expect(error.message.en == "the sheet name \"2026/03\" contains \"/\", which Excel does not allow (none of \\ / ? * : [ ])")
            #expect(error.part == "2026/03")
        }
    }

    @Test func textLongerThanExcelAllowsIsRefused() throws {
        let writer = try XLSXWriter(path: try scratchDirectory() + "/long-text.xlsx")
        let sheet = try writer.addSheet("表")
        try sheet.writeRow([.text(String(repeating: "字", count: 32_767))])
        do {
            try sheet.writeRow([.empty, .text(String(repeating: "a", count: 32_768))])
            Issue.record("an over-long text was accepted")
        } catch {
            #expect(error.message.en == "sheet \"表\": cell B2 has more than Excel's 32,767 characters")
        }
    }

    @Test func mergedRangesMustNotOverlap() throws {
        let writer = try XLSXWriter(path: try scratchDirectory() + "/merges.xlsx")
        let sheet = try writer.addSheet("表", layout: SheetLayout(mergedRanges: [CellRange("A1:C1")!]))
        try sheet.merge(CellRange("A2:A4")!)
        #expect(throws: SpreadsheetError.self) { try sheet.merge(CellRange("C1:D2")!) }
        #expect(throws: SpreadsheetError.self) { try sheet.merge(CellRange("B5")!) }
    }

    @Test func sharedStringsAreDedupedUpToTheLimitThenAppended() throws {
        let directory = try scratchDirectory()
        let writer = try XLSXWriter(path: directory + "/strings.xlsx")
        let sheet = try writer.addSheet("表")
        let distinct = SharedStringsPart.rememberLimit + 2
        for index in 0..<distinct { try sheet.writeRow([.text("s\(index)")]) }
        try sheet.writeRow([.text("s0"), .text("s\(distinct - 1)"), .text("s\(distinct - 1)")])
        #expect(writer.sharedStrings.uniqueCount == distinct + 2)
        #expect(writer.sharedStrings.count == distinct + 3)
        try writer.close()
        let row = try zipPart(directory + "/strings.xlsx", "xl/worksheets/sheet1.xml")
        #expect(row.contains("<row r=\"\(distinct + 1)\"><c r=\"A\(distinct + 1)\" t=\"s\"><v>0</v></c><c r=\"B\(distinct + 1)\" t=\"s\"><v>\(distinct)</v></c><c r=\"C\(distinct + 1)\" t=\"s\"><v>\(distinct + 1)</v></c></row>"))
    }

    @Test func canonicallyEquivalentTextsStayDistinct() throws {
        let directory = try scratchDirectory()
        let writer = try XLSXWriter(path: directory + "/nfc.xlsx")
        try writer.addSheet("表").writeRow([.text("\u{E9}"), .text("e\u{301}"), .text("\u{E9}")])
        #expect(writer.sharedStrings.uniqueCount == 2)
        try writer.close()
    }
}

extension XLSXWriterValueTests {
    @Test func valuesExcelCannotHoldAsIs() throws {
        let path = try scratchDirectory() + "/odd-values.xlsx"
        let writer = try XLSXWriter(path: path)
        try writer.addSheet("表").writeRow([
            .number(.nan), .number(-.infinity), .error("#SPILL?"), .error("#DIV/0!"),
            .date(DateTime(year: 1899, month: 12, day: 31)), .date(DateTime(year: 1900, month: 1, day: 1, hour: 12)),
        ])
        try writer.close()
        #expect(try zipPart(path, "xl/worksheets/sheet1.xml").contains("""
            <sheetData><row r="1"><c r="A1" t="e"><v>#NUM!</v></c><c r="B1" t="e"><v>#NUM!</v></c>\
            <c r="C1" t="s"><v>0</v></c><c r="D1" t="e"><v>#DIV/0!</v></c><c r="E1" t="s"><v>1</v></c>\
            <c r="F1" s="1"><v>1.5</v></c></row></sheetData>
            """))
        #expect(try zipPart(path, "xl/sharedStrings.xml").hasSuffix("<si><t>#SPILL?</t></si><si><t>1899-12-31</t></si></sst>"))
    }

    @Test func rowAndColumnLimits() throws {
        let writer = try XLSXWriter(path: try scratchDirectory() + "/limits.xlsx")
        let sheet = try writer.addSheet("表")
        #expect(throws: SpreadsheetError.self) {
            try sheet.writeRow(Array(repeating: .number(1), count: CellAddress.maxColumn + 1))
        }
        try sheet.writeRow(Array(repeating: .number(1), count: CellAddress.maxColumn))
        for _ in 2...CellAddress.maxRow { try sheet.writeRow([]) }
        do {
            try sheet.writeRow([.text("one too many")])
            Issue.record("row 1,048,577 was accepted")
        } catch {
            #expect(error.message.zh == "工作表“表”：超过 Excel 的行数上限 1,048,576")
        }
        try writer.close()
    }

    @Test func finishedSheetsAndClosedWorkbooksRefuseMore() throws {
        let writer = try XLSXWriter(path: try scratchDirectory() + "/finished.xlsx")
        let first = try writer.addSheet("一")
        _ = try writer.addSheet("二")
        #expect(throws: SpreadsheetError.self) { try first.writeRow([.number(1)]) }
        try writer.close()
        #expect(throws: SpreadsheetError.self) { _ = try writer.addSheet("三") }
    }
}
