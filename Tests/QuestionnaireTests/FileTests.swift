import Foundation
import Testing
import Spreadsheet
@testable import Questionnaire

/// A reader that hands out rows exactly as given (empty ones too) and can fail part-way, as a truncated file does.
final class ScriptedSpreadsheet: SpreadsheetReader {
    let rows: [SheetRow]
    let failAfter: Int?
    let notes: [ReaderNote] = []

    init(_ rows: [SheetRow], failAfter: Int? = nil) {
        self.rows = rows
        self.failAfter = failAfter
    }

    var sheets: [SheetInfo] { [SheetInfo(name: "Sheet1")] }

    func mergedRanges(sheet index: Int) throws(SpreadsheetError) -> [CellRange] { [] }

    func forEachRow(sheet index: Int, _ body: (SheetRow) throws -> Void) throws {
        for (position, row) in rows.enumerated() {
            if position == failAfter {
                throw SpreadsheetError(.malformedXML, file: "t.xlsx", part: "xl/worksheets/sheet1.xml",
                                       message: LocalizedText(zh: "工作表 XML 损坏", en: "the sheet XML is damaged"))
            }
            try body(row)
        }
    }
}

@Suite struct FileTests {
    static let rows = [
        SheetRow(number: 1, cells: standardHeader.map { .text($0) }),
        SheetRow(number: 2, cells: household(1).map { .text($0) }),
        SheetRow(number: 3, cells: household(2, "上社", "张三").map { .text($0) }),
        // Formatted but empty cells past the data, as a dimension of A1:Z1000 gives.
        SheetRow(number: 4, cells: Array(repeating: .empty, count: 26)),
        SheetRow(number: 1000, cells: [.empty, .text(""), .text(" ")]),
    ]

    func read(_ reader: any SpreadsheetReader, file: String = "t.xlsx") -> ReadResult {
        var result = ReadResult()
        result.account = ReturnReader(schema: builtIn).read(
            file: file, reader: reader, onRecord: { result.records.append($0) }, onIssue: { result.issues.append($0) })
        return result
    }

    @Test func emptyFormattedCellsPastTheDataAreIgnored() {
        let result = read(ScriptedSpreadsheet(Self.rows))
        #expect(result.issueLines == [])
        #expect(result.account.sheets == [SheetAccount(sheet: "Sheet1", headerRow: 1, rows: 2, records: 2)])
    }

    @Test func aReadErrorPartWayIsAnUnreadableFile() throws {
        let result = read(ScriptedSpreadsheet(Self.rows, failAfter: 2))
        #expect(result.records.map(\.source.row) == [2])
        #expect(result.account.unreadable)
        #expect(result.account.sheets == [SheetAccount(sheet: "Sheet1", headerRow: 1, rows: 1, records: 1)])
        let issue = try #require(result.issues.last)
        #expect(issue.code == .unreadableFile)
        #expect(issue.location == SourceLocation(file: "t.xlsx", sheet: "xl/worksheets/sheet1.xml"))
        #expect(issue.message.zh == "工作表 XML 损坏")
    }

    @Test func aMissingFileIsOneUnreadableFileIssue() {
        var issues: [Questionnaire.Issue] = []
        let account = ReturnReader(schema: builtIn).read(file: "/nonexistent/第一组.xlsx", onRecord: { _ in }, onIssue: { issues.append($0) })
        #expect(account == FileAccount(file: "/nonexistent/第一组.xlsx", unreadable: true))
        #expect(issues.map(\.code) == [.unreadableFile])
        #expect(issues[0].location == SourceLocation(file: "/nonexistent/第一组.xlsx"))
        #expect(issues[0].message.zh == "找不到文件或无法打开，请检查路径和读取权限")
    }

    @Test func theReadersMessageIsTheIssuesMessage() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("旧表-\(UUID().uuidString).xls").path
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var issues: [Questionnaire.Issue] = []
        let account = ReturnReader(schema: builtIn).read(file: path, onRecord: { _ in }, onIssue: { issues.append($0) })
        #expect(account.unreadable)
        #expect(issues.map(\.code) == [.unreadableFile])
        #expect(throws: SpreadsheetError.self) { _ = try Spreadsheets.open(path) }
        do {
            _ = try Spreadsheets.open(path)
        } catch {
            #expect(issues.first?.message == error.message)
        }
    }

    @Test func aFileWithNoReturnAtAllSaysSo() {
        let result = read(ScriptedSpreadsheet([SheetRow(number: 1, cells: [.text("本表作废")])]))
        #expect(result.account.skippedSheets == ["Sheet1"])
        #expect(result.issueLines == ["no-header Sheet1 "])
        #expect(result.issues[0].message.zh == "工作表“Sheet1”前 20 行找不到表头：没有一个栏目名称是问卷中的项目。请检查栏目名称，表头要在前 20 行内")
    }
}
