import Questionnaire
import Spreadsheet
import Testing
@testable import Tabulation

func numbers(_ amounts: [Amount]) -> [Int] { amounts.map { Int($0.description)! } }

@Test func summaryByHamletSplitsHouseholdsByCategory() throws {
    let table = try tabulate(visits).table
    let summary = try #require(SummaryTable.byFirstDimension(table, settings: Households.schema.settings, language: .zh))
    #expect(summary.title == "思茅五小 箐门口村 走访情况汇总表（2018年7月17日至7月22日）")
    #expect(summary.rowHeading == "自然社")
    #expect(summary.columns.map(\.group) == Array(repeating: "走访户数", count: 5) + Array(repeating: nil, count: 5)
        + Array(repeating: "满意度", count: 3) + [nil])
    #expect(summary.columns.map(\.heading) == [
        "合计", "建档立卡贫困户", "低保户", "边缘户", "非贫困户", "在校学生数", "住校生人数", "辍学风险户数",
        "发放一封信户数", "发放明白卡户数", "满意", "基本满意", "不满意", "提出意见建议户数",
    ])
    #expect(summary.rows.map(\.label) == ["上社", "下社"])
    #expect(summary.rows.map { numbers($0.amounts) } == [
        [3, 2, 0, 0, 1, 6, 3, 1, 3, 2, 1, 1, 0, 2],
        [2, 0, 0, 0, 2, 0, 1, 0, 1, 2, 1, 0, 1, 0],
    ])
    #expect(numbers(summary.total) == [5, 2, 0, 0, 3, 6, 4, 1, 4, 4, 2, 1, 1, 2])
}

@Test func summaryByCategoryListsEveryChoice() throws {
    let table = try tabulate(visits).table
    let summary = try #require(SummaryTable.bySecondDimension(table, settings: Households.schema.settings, language: .zh))
    #expect(summary.title == "思茅五小 箐门口村 走访情况汇总表（按贫困户类别，2018年7月17日至7月22日）")
    #expect(summary.columns.first == SummaryColumn(group: nil, heading: "走访户数"))
    #expect(summary.rows.map(\.label) == ["建档立卡贫困户", "低保户", "边缘户", "非贫困户"])
    #expect(summary.rows.map { numbers($0.amounts) } == [
        [2, 4, 2, 1, 2, 1, 0, 1, 0, 1], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        [3, 2, 2, 0, 2, 3, 2, 0, 1, 1],
    ])
    #expect(numbers(summary.total) == [5, 6, 4, 1, 4, 4, 2, 1, 1, 2])
}

@Test func summaryShowsDeclaredHamletsWithoutRecordsAsZero() throws {
    var schema = Households.schema
    schema.settings.hamletOrder = ["下社", "中社", "上社"]
    let table = try tabulate(visits, schema: schema).table
    let summary = try #require(SummaryTable.byFirstDimension(table, settings: schema.settings, language: .zh))
    #expect(summary.rows.map(\.label) == ["下社", "中社", "上社"])
    #expect(numbers(summary.rows[1].amounts) == Array(repeating: 0, count: 14))
}

@Test func summaryOfOneDimensionHasNoSplitAndNoCategorySheet() throws {
    let table = try tabulate(visits, by: ["hamlet"]).table
    let summary = try #require(SummaryTable.byFirstDimension(table, settings: Households.schema.settings, language: .en))
    #expect(summary.columns.count == 10)
    #expect(summary.columns[0] == SummaryColumn(group: nil, heading: "Households visited"))
    #expect(numbers(summary.total) == [5, 6, 4, 1, 4, 4, 2, 1, 1, 2])
    #expect(summary.title == "Household visits — 思茅五小, 箐门口村 — 2018-07-17 to 2018-07-22")
    #expect(SummaryTable.bySecondDimension(table, settings: Households.schema.settings, language: .en) == nil)
}

@Test func titleWithoutSettings() throws {
    let table = try tabulate(visits).table
    let summary = try #require(SummaryTable.byFirstDimension(table, settings: Settings(), language: .zh))
    #expect(summary.title == "走访情况汇总表")
}

@Test func longHeadingsBreakIntoTwoBalancedLines() {
    #expect(twoLines("建档立卡贫困户") == "建档立卡\n贫困户")
    #expect(twoLines("提出意见建议户数") == "提出意见\n建议户数")
    #expect(twoLines("低保户") == "低保户")
    #expect(twoLines("Subsidy card handed out") == "Subsidy card\nhanded out")
    #expect(twoLines("Unsatisfied") == "Unsatisfied")
}
