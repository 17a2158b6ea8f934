import Foundation
import Questionnaire
import Spreadsheet
import Testing
import TestSupport
@testable import Tabulation

/// The 44 first copies of fixtures/reference/ground-truth.tsv as records, in input order.
func referenceRecords(_ schema: Schema) throws -> [Record] {
    let text = try String(contentsOfFile: Repository.fixture("reference/ground-truth.tsv"), encoding: .utf8)
    let lines = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    let columns = Dictionary(uniqueKeysWithValues: lines[0].enumerated().map { ($1, $0) })
    return try lines.dropFirst().map { line in
        let values = try schema.fields.map { field -> FieldValue? in
            let text = line[try #require(columns[field.id])]
            guard !text.isEmpty else { return nil }
            switch field.type {
            case .integer: return .integer(try #require(Int(text)))
            case .boolean: return .boolean(text == "true")
            case .selectOne: return .choice(text)
            case .nameList, .textList: return .list(text.components(separatedBy: "、"))
            case .date:
                let parts = text.split(separator: "-").compactMap { Int($0) }
                return .date(DateTime(year: parts[0], month: parts[1], day: parts[2]))
            default: return .text(text)
            }
        }
        let source = RecordSource(file: line[1], sheet: line[2], row: Int(line[3])!)
        return Record(source: source, values: values, columns: Array(repeating: nil, count: values.count))
    }
}

@Test func referenceReturnsGiveTheExpectedTable() throws {
    let schema = try Schema.builtIn()
    let records = try referenceRecords(schema)
    #expect(records.count == 44)
    let ours = try JSONSerialization.jsonObject(with: Data(try tabulate(records, schema: schema).table.json.utf8)) as? NSDictionary
    let expected = try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: Repository.fixture("reference/expected-table.json")))) as? NSDictionary
    #expect(ours?["by"] as? [String] == ["hamlet", "poverty"])
    let ourRows = try #require(ours?["rows"] as? [NSDictionary])
    let expectedRows = try #require(expected?["rows"] as? [NSDictionary])
    #expect(ourRows.count == expectedRows.count)
    for (row, expectedRow) in zip(ourRows, expectedRows) {
        #expect(row == expectedRow)
    }
}

@Test func referenceWorkbookOpensInGnumeric() throws {
    let ssconvert = ExternalTools.which("ssconvert")
    guard try ExternalTools.available(ssconvert, named: "ssconvert") else { return }
    let schema = try Schema.builtIn()
    let records = try referenceRecords(schema)
    let directory = try scratchDirectory()
    try SummaryWorkbook.write(to: directory + "/ref.xlsx", schema: schema, table: try tabulate(records, schema: schema).table,
                              issues: [], records: records)
    let result = try runProcess(ssconvert!, ["-S", "--export-type=Gnumeric_stf:stf_csv", directory + "/ref.xlsx",
                                             directory + "/sheet.%n.csv"])
    #expect(result.status == 0, "\(result.errorOutput)")
    func lines(_ sheet: Int) throws -> [String] {
        try String(contentsOfFile: directory + "/sheet.\(sheet).csv", encoding: .utf8).split(separator: "\n").map(String.init)
    }
    #expect(try lines(0).contains("合计,44,6,4,3,31,83,25,2,43,40,33,10,1,6"))
    #expect(try lines(0).contains("大平掌,6,1,1,0,4,11,3,0,5,6,3,3,0,2"))
    #expect(try lines(1).contains("非贫困户,31,57,19,2,30,28,24,6,1,4"))
    let details = try lines(3)
    #expect(details.count == 45)
    #expect(details[1].hasPrefix("001,箐门口村,大寨,王宏凤,530802197312060099,18028115962,非贫困户,2,"))
    #expect(details[1].hasSuffix(",第一组.xlsx,走访登记表,5"))
    try? FileManager.default.removeItem(atPath: directory)
}
