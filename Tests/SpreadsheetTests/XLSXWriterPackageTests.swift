import Foundation
import Testing
import TestSupport
@testable import Spreadsheet

/// The zip package: no Zip64, fixed times, the same bytes every time, written atomically.
@Suite struct XLSXWriterPackageTests {
    @Test func smallFileHasNoZip64AndFixedTimes() throws {
        let path = try scratchDirectory() + "/sample.xlsx"
        try writeSampleWorkbook(to: path)
        let info = try runProcess("/usr/bin/zipinfo", ["-v", path]).output
        let lines = info.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.filter { $0.hasPrefix("length of extra field:") }.count == 10)
        #expect(lines.filter { $0 == "length of extra field:                          0 bytes" }.count == 10)
        #expect(!info.lowercased().contains("zip64"))
        #expect(lines.filter { $0 == "file last modified on (DOS date/time):          1980 Jan 1 00:00:00" }.count == 10)
        #expect(try runProcess("/usr/bin/unzip", ["-Z1", path]).output == """
            [Content_Types].xml
            _rels/.rels
            docProps/app.xml
            docProps/core.xml
            xl/workbook.xml
            xl/_rels/workbook.xml.rels
            xl/styles.xml
            xl/sharedStrings.xml
            xl/worksheets/sheet1.xml
            xl/worksheets/sheet2.xml

            """)
    }

    @Test func sameInputsGiveIdenticalBytes() throws {
        let directory = try scratchDirectory()
        try writeSampleWorkbook(to: directory + "/first.xlsx")
        try writeSampleWorkbook(to: directory + "/second.xlsx")
        let first = try Data(contentsOf: URL(fileURLWithPath: directory + "/first.xlsx"))
        let second = try Data(contentsOf: URL(fileURLWithPath: directory + "/second.xlsx"))
        #expect(first == second)
    }

    /// 30,000 rows span many compressed chunks joined into one entry; every reader must see them all.
    @Test func longSheetReadsBackWhole() throws {
        let path = try scratchDirectory() + "/long.xlsx"
        let writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet("明细", layout: SheetLayout(columnWidths: [.fitContent, .fitContent]))
        for row in 1...30_000 {
            try sheet.writeRow([.text("第\(row)行"), .number(Double(row)), .text(row % 3 == 0 ? "脱贫户" : "一般户")])
        }
        try writer.close()
        #expect(try runProcess("/usr/bin/unzip", ["-tq", path]).status == 0)
        let count = """
            import sys
            from python_calamine import CalamineWorkbook
            rows = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_name("明细").to_python()
            print(len(rows), rows[0], rows[-1], sum(r[1] for r in rows))
            """
        guard let dump = try pythonDump(count, path) else { return }
        #expect(dump == "30000 ['第1行', 1.0, '一般户'] ['第30000行', 30000.0, '脱贫户'] 450015000.0")
        let sheetXML = try zipPart(path, "xl/worksheets/sheet1.xml")
        #expect(sheetXML.contains("<cols><col min=\"1\" max=\"1\" width=\"11\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"7\" customWidth=\"1\"/></cols>"))
    }

    @Test func fileAppearsOnlyWhenClosed() throws {
        let directory = try scratchDirectory()
        let path = directory + "/out.xlsx"
        let writer = try XLSXWriter(path: path)
        try writer.addSheet("表").writeRow([.number(1)])
        #expect(!FileManager.default.fileExists(atPath: path))
        try writer.close()
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["out.xlsx"])
    }

    @Test func abandonedWorkbookLeavesNothing() throws {
        let directory = try scratchDirectory()
        do {
            let writer = try XLSXWriter(path: directory + "/out.xlsx")
            try writer.addSheet("表").writeRow([.text("未完成")])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == [])
    }

    @Test func refusesToOverwriteAnInput() throws {
        let directory = try scratchDirectory()
        let input = directory + "/returns.xlsx"
        _ = FileManager.default.createFile(atPath: input, contents: Data("input".utf8))
        #expect(throws: SpreadsheetError.self) {
            _ = try XLSXWriter(path: directory + "/./returns.xlsx", protectedPaths: [input])
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "input")
    }

    @Test func missingFolderIsAClearError() throws {
        let path = try scratchDirectory() + "/no-such-folder/out.xlsx"
        do {
            _ = try XLSXWriter(path: path)
            Issue.record("a workbook was started in a missing folder")
        } catch {
            #expect(error.file == path)
            #expect(error.message.zh == "无法写入输出文件（No such file or directory），请检查目录是否存在、是否可写、磁盘是否已满")
        }
    }

    @Test func workbookNeedsAVisibleSheet() throws {
        let writer = try XLSXWriter(path: try scratchDirectory() + "/hidden.xlsx")
        _ = try writer.addSheet("隐藏", layout: SheetLayout(hidden: true))
        #expect(throws: SpreadsheetError.self) { try writer.close() }
    }
}
