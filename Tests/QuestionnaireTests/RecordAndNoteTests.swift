import Foundation
import Testing
import Spreadsheet
@testable import Questionnaire

/// A reader that gathers notes while it reads, as the CSV and XLSX readers do.
final class NotingSpreadsheet: SpreadsheetReader {
    let memory: MemorySpreadsheet
    let pending: [ReaderNote]
    private(set) var notes: [ReaderNote] = []

    init(_ sheets: [MemorySpreadsheet.Sheet], notes: [ReaderNote]) {
        memory = MemorySpreadsheet(sheets)
        pending = notes
    }

    var sheets: [SheetInfo] { memory.sheets }

    func mergedRanges(sheet index: Int) throws(SpreadsheetError) -> [CellRange] { try memory.mergedRanges(sheet: index) }

    func forEachRow(sheet index: Int, _ body: (SheetRow) throws -> Void) throws {
        try memory.forEachRow(sheet: index) { row in
            notes += pending.filter { $0.sheet == sheets[index].name && $0.address?.row == row.number }
            try body(row)
        }
    }
}

@Suite struct ReaderNoteTests {
    @Test func notesBecomeIssuesInRowOrder() {
        let image = ReaderNote(code: "cell-image", sheet: "Sheet1", address: CellAddress(row: 2, column: 3),
                               message: LocalizedText(zh: "单元格里是图片", en: "the cell holds a picture"))
        let quote = ReaderNote(code: "stray-quote", sheet: "Sheet1", address: CellAddress(row: 3, column: 2),
                               message: LocalizedText(zh: "引号", en: "quote"))
        let reader = NotingSpreadsheet([sheet([standardHeader, household(1, "上社", ""), household(2, "上\"社", "张三")])],
                                       notes: [image, quote])
        var issues: [Questionnaire.Issue] = []
        _ = ReturnReader(schema: builtIn).read(file: "a.csv", reader: reader, onRecord: { _ in }, onIssue: { issues.append($0) })
        #expect(issues.map { "\($0.code.rawValue) \($0.location.cell ?? "") \($0.severity.rawValue)" } == [
            "cell-image C2 warning", "missing-value C2 error", "stray-quote B3 warning",
        ])
        #expect(issues[0].message.zh == "单元格里是图片")
    }
}

struct Household: Decodable, Equatable {
    var hamlet: String
    var headName: String
    var headId: String?
    var students: Int
    var boarders: UInt8?
    var letterGiven: Bool
    var poverty: String
    var visitDate: String
    var studentNames: [String]?
    var sourceRow: Int
    var 备注: String?
}

struct Visit: Decodable {
    var visit_date: Date
    var visitors: [String]
    var students: Double
    var visit_date_text: String?
}

@Suite struct RecordDecoderTests {
    @Test func decodesIntoTheUsersOwnType() throws {
        let result = read([sheet([standardHeader + ["学生姓名", "备注"], household(1) + ["李明、李华", "外出"]])])
        let household = try RecordDecoder(schema: builtIn).decode(Household.self, from: result.records[0])
        #expect(household == Household(
            hamlet: "上社", headName: "李延苏", headId: nil, students: 2, boarders: nil, letterGiven: true,
            poverty: "non_poor", visitDate: "2018-07-17", studentNames: ["李明", "李华"],
            sourceRow: 2, 备注: "外出"))
    }

    @Test func datesAndNumbersDecodeAsFoundationTypes() throws {
        let result = read([sheet([standardHeader, household(1)])])
        let visit = try RecordDecoder(schema: builtIn).decode(Visit.self, from: result.records[0])
        #expect(visit.visit_date == Date(timeIntervalSince1970: 1_531_785_600))
        #expect(visit.visitors == ["王老师"])
        #expect(visit.students == 2)
    }

    @Test func aMissingRequiredPropertyThrows() {
        let result = read([sheet([["自然社", "户主姓名", "贫困户类别"], ["上社", "李延苏", "低保户"]])])
        #expect(throws: DecodingError.self) { try RecordDecoder(schema: builtIn).decode(Household.self, from: result.records[0]) }
    }
}
