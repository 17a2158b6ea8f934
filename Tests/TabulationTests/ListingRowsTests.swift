import Questionnaire
import Spreadsheet
import Testing
@testable import Tabulation

@Test func issuesAreListedWithFieldLabels() {
    let message = LocalizedText(zh: "在校学生数不是数字", en: "students is not a number")
    let issues = [
        Issue(.typeError, at: SourceLocation(file: "b.csv", sheet: "b", row: 3, column: 5), field: "students",
              value: "几个", message: message),
        Issue(.unknownHeader, at: SourceLocation(file: "a.xlsx", sheet: "Sheet1", row: 2, column: 9), value: "备注",
              message: LocalizedText(zh: "未知列", en: "unknown heading")),
        Issue(.unreadableFile, at: SourceLocation(file: "a.xlsx"), message: LocalizedText(zh: "坏", en: "bad")),
    ]
    let rows = issues.map { IssueListing.row($0, schema: Households.schema, language: .zh) }
    #expect(rows == [
        [.text("b.csv"), .text("b"), .number(3), .text("E3"), .text("在校学生数"), .text("type-error"), .text("错误"),
         .text("几个"), .text("在校学生数不是数字")],
        [.text("a.xlsx"), .text("Sheet1"), .number(2), .text("I2"), .empty, .text("unknown-header"), .text("警告"),
         .text("备注"), .text("未知列")],
        [.text("a.xlsx"), .empty, .empty, .empty, .empty, .text("unreadable-file"), .text("错误"), .empty, .text("坏")],
    ])
    #expect(IssueListing.row(issues[0], schema: Households.schema, language: .en)[4...6]
        == [.text("Students"), .text("type-error"), .text("error")])
}

@Test func recordsAreListedTyped() {
    var record = Households.record("上社", "registered_poor", students: 2, boarders: nil, suggestions: "修路", row: 7)
    record.values[Households.field["head_id"]!] = .text("53080219800101001X")
    let listing = RecordListing(schema: Households.schema, language: .zh)
    let row = listing.row(record)
    #expect(listing.headings == [
        "自然社", "户主姓名", "户主身份证号", "贫困户类别", "在校学生数", "住校生人数", "有无辍学风险", "发放一封信",
        "发放明白卡", "走访日期", "满意度", "意见建议", "来源文件", "来源工作表", "来源行",
    ])
    #expect(row == [
        .text("上社"), .text("户主"), .text("53080219800101001X"), .text("建档立卡贫困户"), .number(2), .empty,
        .text("否"), .text("是"), .text("是"), .date(DateTime(year: 2018, month: 7, day: 19)), .text("满意"),
        .text("修路"), .text("a.xlsx"), .text("Sheet1"), .number(7),
    ])
}

@Test func recordListingInEnglish() {
    var record = Households.record("上社", "marginal", dropout: nil, letter: true, row: 3)
    record.values[Households.field["suggestions"]!] = .list(["修路", "建桥"])
    let listing = RecordListing(schema: Households.schema, language: .en)
    #expect(listing.headings.suffix(3) == ["Source file", "Source sheet", "Source row"])
    let row = listing.row(record)
    #expect(row[3] == .text("Marginal"))
    #expect(row[6] == .empty)
    #expect(row[7] == .text("yes"))
    #expect(row[11] == .text("修路, 建桥"))
}

@Test func aShortRecordKeepsItsSourceInTheLastColumns() {
    var record = Households.record("上社", "non_poor", row: 9)
    record.values.removeLast(2)
    let row = RecordListing(schema: Households.schema, language: .zh).row(record)
    #expect(row.count == 15)
    #expect(row.suffix(4) == [.empty, .text("a.xlsx"), .text("Sheet1"), .number(9)])
}
