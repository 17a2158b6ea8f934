import Foundation
import Questionnaire
import Spreadsheet
import Testing
import TestSupport
@testable import Tabulation

/// The built-in schema with the measure ids and headings of spec/outputs.md given as schema data (the
/// `measure_id` / `measure_label` extension columns).
func builtInWithMeasureNames() throws -> Schema {
    var schema = try Schema.builtIn()
    let names: [String: (id: String?, zh: String, en: String)] = [
        "letter_given": (nil, "发放一封信户数", "Letter handed out"),
        "card_given": (nil, "发放明白卡户数", "Subsidy card handed out"),
        "dropout_risk": (nil, "辍学风险户数", "At risk of dropping out"),
        "suggestions": ("with_suggestions", "提出意见建议户数", "With suggestions"),
    ]
    for (id, name) in names {
        let index = try #require(schema.fieldIndex(id))
        schema.fields[index].measureID = name.id
        schema.fields[index].measureLabel = name.zh
        schema.fields[index].measureLabels = ["zh": name.zh, "en": name.en]
    }
    return schema
}

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
    let schema = try builtInWithMeasureNames()
    let records = try referenceRecords(schema)
    #expect(records.count == 44)
    var tabulator = Tabulator(layout: try TableLayout(schema: schema))
    for record in records { tabulator.add(record) }
    let ours = try JSONSerialization.jsonObject(with: Data(tabulator.table.json.utf8)) as? NSDictionary
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
