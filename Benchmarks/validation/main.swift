// Feeds synthetic households of the built-in schema through Validator and reports CPU time and memory
// per record, for scripts/bench-validation. Records are built here, not read, so the figures are
// validation's alone (the time to build them is measured and subtracted).
import Foundation
import Questionnaire
import Spreadsheet
import Validation

func residentBytes() -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
    return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
}

func cpuSeconds() -> Double {
    Double(clock()) / Double(CLOCKS_PER_SEC)
}

/// Household `i`: unique ID and phone, two pupils, a suggestion; 2,000 hamlets; names from a small pool.
func household(_ i: Int, schema: Schema) -> Record {
    let surnames = Array("李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗")
    let given = Array("明华国英秀德志建丽军平红文兰芳玉伟强")
    let name = String(surnames[i % surnames.count]) + String(given[i / 7 % given.count]) + String(given[i / 131 % given.count])
    let values: [String: FieldValue] = [
        "hamlet": .text("第\(i % 2000)社"), "head_name": .text(name), "head_id": .text(String(530102198001010000 + i)),
        "phone": .text(String(13_000_000_000 + i)), "poverty": .choice("non_poor"), "students": .integer(2),
        "student_names": .list(["学生\(i)", "学生\(i + 1)"]), "boarders": .integer(1), "letter_given": .boolean(true),
        "card_given": .boolean(true), "visit_date": .date(DateTime(year: 2018, month: 7, day: 18)),
        "visitors": .list(["王老师"]), "suggestions": .text("希望学校多关心留守儿童的学习和生活情况"),
    ]
    return Record(
        source: RecordSource(file: "returns/第\(i / 50_000)组.xlsx", sheet: "Sheet1", row: i % 50_000 + 2),
        values: schema.fields.map { values[$0.id] }, columns: schema.fields.indices.map { $0 + 1 })
}

/// Real returns: every record read from the file is checked, and memory is measured across the whole read
/// (the reader's own buffers do not grow with the rows; the issues found do).
func checkFile(_ path: String, schema: Schema) {
    var validator = Validator(schema: schema)
    let before = residentBytes()
    let start = cpuSeconds()
    var records = 0
    var issues = 0
    _ = ReturnReader(schema: schema).read(file: path, onRecord: { record in
        records += 1
        issues += validator.check(record).issues.count
    }, onIssue: { _ in })
    let seconds = cpuSeconds() - start
    let grown = residentBytes() - before
    print("file \(path) records \(records) duplicate-and-rule-issues \(issues)",
          "read-and-validation-cpu-s \(String(format: "%.2f", seconds))",
          "rss-growth-MB \(grown / 1_000_000) bytes/record \(grown / max(records, 1))",
          "packed-values/record \(validator.storedValueBytes / max(records, 1))")
}

let schema = try Schema.builtIn()
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "--file" {
    checkFile(CommandLine.arguments[2], schema: schema)
    exit(0)
}
let count = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 100_000 : 100_000
var start = cpuSeconds()
var built = 0
for i in 0..<count { built += household(i, schema: schema).values.count }
let buildSeconds = cpuSeconds() - start

var validator = Validator(schema: schema)
let before = residentBytes()
start = cpuSeconds()
var counted = 0
for i in 0..<count where validator.check(household(i, schema: schema)).isCountedInTables { counted += 1 }
let seconds = cpuSeconds() - start - buildSeconds
let grown = residentBytes() - before
print("records \(count) counted \(counted) validation-cpu-s \(String(format: "%.2f", seconds))",
      "us/record \(String(format: "%.1f", seconds * 1e6 / Double(count)))",
      "rss-growth-MB \(grown / 1_000_000) bytes/record \(grown / count) packed-values/record \(validator.storedValueBytes / count)")
