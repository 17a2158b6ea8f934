import Foundation
import Questionnaire
import Spreadsheet
import Testing
@testable import Tabulation

/// Five households in two hamlets: one with an unreadable student count, one with an empty suggestion.
let visits = [
    Households.record("上社", "non_poor", students: 2, boarders: 1, suggestions: "修路", row: 2),
    Households.record("上社", "registered_poor", students: 1, dropout: true, card: false, satisfaction: "fairly", row: 3),
    Households.record("下社", "non_poor", students: 0, letter: false, satisfaction: "unsatisfied", suggestions: "", row: 4),
    Households.record("上社", "registered_poor", students: 3, boarders: 2, satisfaction: nil, suggestions: "希望加强安全教育", row: 5),
    Households.record("下社", "non_poor", students: nil, boarders: 1, row: 6, invalid: ["students"]),
]

func tabulate(_ records: [Record], by: [String]? = nil, schema: Schema = Households.schema) throws -> Tabulator {
    var tabulator = Tabulator(layout: try TableLayout(schema: schema, by: by))
    for record in records { tabulator.add(record) }
    return tabulator
}

func integers(_ row: TableRow) -> [String] { row.amounts.map(\.description) }

/// A long-form cell as the text CSV shows: labels as they are, whole numbers without a fraction.
func text(_ cell: CellValue) -> String {
    switch cell {
    case .text(let text): text
    case .number(let number): String(Int(number))
    default: "?"
    }
}

@Test func measuresComeFromTheSchema() throws {
    let layout = try TableLayout(schema: Households.schema)
    #expect(layout.dimensions.map(\.id) == ["hamlet", "poverty"])
    #expect(layout.measures.map(\.id) == [
        "households", "students", "boarders", "dropout_risk", "letter_given", "card_given",
        "satisfied", "fairly", "unsatisfied", "with_suggestions",
    ])
    #expect(layout.measures.map { $0.heading(in: .zh) } == [
        "走访户数", "在校学生数", "住校生人数", "辍学风险户数", "发放一封信户数", "发放明白卡户数",
        "满意", "基本满意", "不满意", "提出意见建议户数",
    ])
    #expect(layout.measures.map { $0.heading(in: .en) } == [
        "Households visited", "Students", "Boarders", "At risk of dropping out", "Letter given", "Card given",
        "Satisfied", "Fairly satisfied", "Unsatisfied", "With suggestions",
    ])
}

@Test func householdsHeadingFromSettings() throws {
    var schema = Households.schema
    schema.settings.householdsLabels = ["zh": "户数"]
    let layout = try TableLayout(schema: schema, by: ["hamlet"])
    #expect(layout.measures[0].heading(in: .zh) == "户数")
    #expect(layout.measures[0].heading(in: .en) == "Households visited")
}

@Test func countEachWithMeasureIDPrefixesTheCodes() throws {
    var schema = Households.schema
    schema.fields[Households.field["satisfaction"]!].measureID = "satisfaction"
    let layout = try TableLayout(schema: schema)
    #expect(layout.measures.map(\.id).filter { $0.hasPrefix("satisfaction_") }
        == ["satisfaction_satisfied", "satisfaction_fairly", "satisfaction_unsatisfied"])
}

@Test func longFormJSON() throws {
    let json = try tabulate(visits).table.json
    #expect(json == """
        {"by": ["hamlet", "poverty"],
         "rows": [
          {"kind": "cell", "hamlet": "上社", "poverty": "registered_poor", "households": 2, "students": 4, "boarders": 2, "dropout_risk": 1, "letter_given": 2, "card_given": 1, "satisfied": 0, "fairly": 1, "unsatisfied": 0, "with_suggestions": 1},
          {"kind": "cell", "hamlet": "上社", "poverty": "non_poor", "households": 1, "students": 2, "boarders": 1, "dropout_risk": 0, "letter_given": 1, "card_given": 1, "satisfied": 1, "fairly": 0, "unsatisfied": 0, "with_suggestions": 1},
          {"kind": "subtotal", "hamlet": "上社", "poverty": null, "households": 3, "students": 6, "boarders": 3, "dropout_risk": 1, "letter_given": 3, "card_given": 2, "satisfied": 1, "fairly": 1, "unsatisfied": 0, "with_suggestions": 2},
          {"kind": "cell", "hamlet": "下社", "poverty": "non_poor", "households": 2, "students": 0, "boarders": 1, "dropout_risk": 0, "letter_given": 1, "card_given": 2, "satisfied": 1, "fairly": 0, "unsatisfied": 1, "with_suggestions": 0},
          {"kind": "subtotal", "hamlet": "下社", "poverty": null, "households": 2, "students": 0, "boarders": 1, "dropout_risk": 0, "letter_given": 1, "card_given": 2, "satisfied": 1, "fairly": 0, "unsatisfied": 1, "with_suggestions": 0},
          {"kind": "total", "hamlet": null, "poverty": null, "households": 5, "students": 6, "boarders": 4, "dropout_risk": 1, "letter_given": 4, "card_given": 4, "satisfied": 2, "fairly": 1, "unsatisfied": 1, "with_suggestions": 2}]}

        """)
}

@Test func longFormCSVRowsUseLabels() throws {
    let table = try tabulate(visits).table
    let zh = table.longFormRows(in: .zh).map { $0.map(text) }
    #expect(zh[0] == [
        "自然社", "贫困户类别", "走访户数", "在校学生数", "住校生人数", "辍学风险户数", "发放一封信户数",
        "发放明白卡户数", "满意", "基本满意", "不满意", "提出意见建议户数",
    ])
    #expect(zh.dropFirst().map { Array($0.prefix(3)) } == [
        ["上社", "建档立卡贫困户", "2"], ["上社", "非贫困户", "1"], ["上社", "小计", "3"],
        ["下社", "非贫困户", "2"], ["下社", "小计", "2"], ["合计", "", "5"],
    ])
    let en = table.longFormRows(in: .en).map { $0.map(text) }
    #expect(en[0].prefix(3) == ["Hamlet", "Poverty status", "Households visited"])
    #expect(en.dropFirst().map { Array($0.prefix(2)) } == [
        ["上社", "Registered poor"], ["上社", "Not poor"], ["上社", "subtotal"],
        ["下社", "Not poor"], ["下社", "subtotal"], ["total", ""],
    ])
}

@Test func missingOrInvalidMeasuresAddNothingButTheHouseholdCounts() throws {
    let records = [
        Households.record("上社", "non_poor", students: 4, boarders: nil, letter: nil, card: true, row: 2,
                          invalid: ["card_given"]),
        Households.record("上社", "non_poor", students: 2, boarders: 9, satisfaction: "satisfied", row: 3,
                          invalid: ["boarders", "satisfaction"]),
    ]
    let total = try tabulate(records).table.total
    // Letter: only the second; card: the first is invalid; satisfied: the second is invalid; boarders: none valid.
    #expect(total.map(\.description) == ["2", "6", "0", "0", "1", "1", "1", "0", "0", "0"])
}

@Test func aRecordShorterThanTheSchemaCountsWhatItHas() throws {
    var record = Households.record("上社", "non_poor", students: 3)
    record.values.removeLast(3)
    let total = try tabulate([record]).table.total
    #expect(total.map(\.description) == ["1", "3", "0", "0", "1", "1", "0", "0", "0", "0"])
}

@Test func hamletsFollowTheSchemaOrderThenFirstAppearance() throws {
    var schema = Households.schema
    schema.settings.hamletOrder = ["中社", "下社"]
    let records = [
        Households.record("新社", "non_poor"), Households.record("上社", "non_poor"),
        Households.record("下社", "marginal"), Households.record("下社", "registered_poor"),
    ]
    let table = try tabulate(records, schema: schema).table
    #expect(table.dimensionValues[0] == ["中社", "下社", "新社", "上社"])
    #expect(table.dimensionValues[1] == ["registered_poor", "subsistence", "marginal", "non_poor"])
    #expect(table.rows.map(\.kind) == [.cell, .cell, .subtotal, .cell, .subtotal, .cell, .subtotal, .total])
    #expect(table.rows.map(\.values) == [
        ["下社", "registered_poor"], ["下社", "marginal"], ["下社", nil],
        ["新社", "non_poor"], ["新社", nil], ["上社", "non_poor"], ["上社", nil], [nil, nil],
    ])
}

@Test func aHamletListedTwiceInTheOrderKeepsItsFirstPlace() throws {
    var schema = Households.schema
    schema.settings.hamletOrder = ["下社", "上社", "下社"]
    let table = try tabulate(visits, schema: schema).table
    #expect(table.dimensionValues[0] == ["下社", "上社"])
}

@Test func oneDimensionHasNoSubtotalsAndNoneHasOnlyTheTotal() throws {
    let byHamlet = try tabulate(visits, by: ["hamlet"]).table
    #expect(byHamlet.rows.map(\.kind) == [.cell, .cell, .total])
    #expect(byHamlet.rows.map(integers).map { $0[0] } == ["3", "2", "5"])
    let overall = try tabulate(visits, by: []).table
    #expect(overall.rows.map(\.kind) == [.total])
    #expect(overall.json.contains("{\"kind\": \"total\", \"households\": 5, \"students\": 6,"))
}

@Test func recordsWithoutAGroupingValueGoLast() throws {
    let records = [
        Households.record("上社", "non_poor", satisfaction: nil), Households.record("上社", "non_poor"),
        Households.record("上社", "non_poor", satisfaction: "fairly"),
    ]
    let table = try tabulate(records, by: ["satisfaction"]).table
    #expect(table.rows.map(\.values) == [["satisfied"], ["fairly"], [nil], [nil]])
    #expect(table.rows.map(\.kind) == [.cell, .cell, .cell, .total])
    #expect(table.longFormRows(in: .zh).map { text($0[0]) } == ["满意度", "满意", "基本满意", "（空白）", "合计"])
    #expect(table.longFormRows(in: .zh)[1][1] == .number(1))
}

@Test func decimalSumsAreExact() throws {
    var schema = Households.schema
    schema.fields.append(Field(id: "income", type: .decimal, label: "收入", measure: .sum))
    let records = [0.1, 0.2, 1e-3].map { income in
        var record = Households.record("上社", "non_poor")
        record.values.append(.decimal(income))
        return record
    }
    let total = try tabulate(records, by: ["hamlet"], schema: schema).table.total
    #expect(total.last?.description == "0.301")
}

@Test func integerSumsThatOverflowBecomeDecimal() {
    let sum = Amount.integer(Int.max) + .integer(1)
    #expect(sum.description == "9223372036854775808")
    #expect(sum == .decimal(Decimal(Int.max) + 1))
}

@Test func layoutErrorsNameTheField() throws {
    #expect(throws: TabulationError.unknownField("village")) { try TableLayout(schema: Households.schema, by: ["village"]) }
    #expect(throws: TabulationError.notGroupable("students")) { try TableLayout(schema: Households.schema, by: ["students"]) }
    #expect(throws: TabulationError.repeatedField("hamlet")) {
        try TableLayout(schema: Households.schema, by: ["hamlet", "hamlet"])
    }
    var schema = Households.schema
    schema.fields[Households.field["boarders"]!].measureID = "students"
    #expect(throws: TabulationError.repeatedMeasure("students")) { try TableLayout(schema: schema) }
    schema = Households.schema
    schema.fields[Households.field["suggestions"]!].measureID = "hamlet"
    #expect(throws: TabulationError.repeatedMeasure("hamlet")) { try TableLayout(schema: schema) }
    #expect(try TableLayout(schema: schema, by: ["poverty"]).measures.last?.id == "hamlet")
    var byHamlet = try tabulate([], by: ["hamlet"])
    #expect(throws: TabulationError.differentLayouts) { try byHamlet.merge(try tabulate([])) }
}

@Test func jsonEscapesQuotesBackslashesAndControlCharacters() throws {
    #expect(jsonString("上\"社\\\n\t\u{1}\u{2028}") == "\"上\\\"社\\\\\\n\\t\\u0001\\u2028\"")
    let records = [Households.record("a\"b", "non_poor")]
    #expect(try tabulate(records).table.json.contains("\"hamlet\": \"a\\\"b\""))
}
