import Questionnaire
import Testing
@testable import Tabulation

/// Households drawn from a fixed linear congruential sequence, so every run sees the same records.
func generatedVisits(count: Int, seed: UInt64) -> [Record] {
    var state = seed
    func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33) % bound
    }
    let hamlets = ["上社", "下社", "中社", "大箐", "小箐", "新村"]
    let poverty = ["registered_poor", "subsistence", "marginal", "non_poor"]
    let satisfaction = [nil, "satisfied", "fairly", "unsatisfied"]
    return (0..<count).map { row in
        let students = next(4)
        return Households.record(
            hamlets[next(hamlets.count)], poverty[next(poverty.count)], students: students,
            boarders: students == 0 ? 0 : next(students + 1), dropout: next(5) == 0, letter: next(8) != 0,
            card: next(3) != 0, satisfaction: satisfaction[next(4)], suggestions: next(3) == 0 ? "建议" : nil,
            row: row + 2, invalid: next(10) == 0 ? ["students"] : [])
    }
}

@Test(arguments: [0, 1, 17, 100, 199, 200])
func mergingPartialTablesEqualsTabulatingEverything(split: Int) throws {
    let records = generatedVisits(count: 200, seed: 7)
    var merged = try tabulate(Array(records[..<split]))
    try merged.merge(try tabulate(Array(records[split...])))
    let whole = try tabulate(records)
    #expect(merged == whole)
    #expect(merged.table == whole.table)
    #expect(merged.table.json == whole.table.json)
}

@Test func mergingKeepsTheOrderOfFirstAppearance() throws {
    let first = [Households.record("下社", "non_poor"), Households.record("上社", "non_poor")]
    let second = [Households.record("新社", "marginal"), Households.record("上社", "marginal"),
                  Households.record("中社", "non_poor")]
    var merged = try tabulate(first)
    try merged.merge(try tabulate(second))
    #expect(merged.appearances[0] == ["下社", "上社", "新社", "中社"])
    #expect(merged.table.dimensionValues[0] == ["下社", "上社", "新社", "中社"])
}

@Test func mergingIsAssociative() throws {
    let records = generatedVisits(count: 90, seed: 11)
    let parts = try [records[..<30], records[30..<60], records[60...]].map { try tabulate(Array($0)) }
    var left = parts[0]
    try left.merge(parts[1])
    try left.merge(parts[2])
    var right = parts[1]
    try right.merge(parts[2])
    var outer = parts[0]
    try outer.merge(right)
    #expect(left == outer)
    #expect(left.table == (try tabulate(records)).table)
}

@Test func manyPartsAddUpLikeSchoolsOfACounty() throws {
    let records = generatedVisits(count: 500, seed: 3)
    var county = try tabulate([])
    for start in stride(from: 0, to: records.count, by: 37) {
        try county.merge(try tabulate(Array(records[start..<min(start + 37, records.count)])))
    }
    let whole = try tabulate(records)
    #expect(county == whole)
    #expect(whole.table.total[0] == .integer(500))
}

@Test func mergingWithBlankValuesAndADeclaredOrder() throws {
    var schema = Households.schema
    schema.settings.hamletOrder = ["下社", "上社"]
    let first = [Households.record("上社", "non_poor", satisfaction: nil), Households.record("中社", "marginal")]
    let second = [Households.record("下社", "non_poor"), Households.record("上社", "non_poor", satisfaction: nil)]
    for by in [["hamlet", "poverty"], ["satisfaction", "hamlet"]] {
        var merged = try tabulate(first, by: by, schema: schema)
        try merged.merge(try tabulate(second, by: by, schema: schema))
        let whole = try tabulate(first + second, by: by, schema: schema)
        #expect(merged == whole)
        #expect(merged.table == whole.table)
    }
    let table = try tabulate(first + second, by: ["satisfaction", "hamlet"], schema: schema).table
    #expect(table.dimensionValues[1] == ["下社", "上社", "中社"])
    #expect(table.rows.map(\.values) == [
        ["satisfied", "下社"], ["satisfied", "中社"], ["satisfied", nil], [nil, "上社"], [nil, nil], [nil, nil],
    ])
    #expect(table.rows.map(\.kind) == [.cell, .cell, .subtotal, .cell, .subtotal, .total])
    #expect(table.longFormRows(in: .zh).map { $0.prefix(3).map(text) } == [
        ["满意度", "自然社", "走访户数"], ["满意", "下社", "1"], ["满意", "中社", "1"], ["满意", "小计", "2"],
        ["（空白）", "上社", "2"], ["（空白）", "小计", "2"], ["合计", "", "4"],
    ])
}
