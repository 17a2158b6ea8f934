import Questionnaire
import Spreadsheet
import Testing
import Validation

/// SplitMix64: a small seeded generator, so every failing case can be replayed from its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A random return sheet: title rows, a header, then households valid, with gaps, with junk, repeated,
/// blank rows between them, and at the bottom maybe a total and a signature row.
struct RandomReturn {
    enum Line { case household, blank, skipped }

    static let headings = ["自然社", "户主姓名", "身份证号", "联系电话", "贫困户类别", "在校学生数", "学生姓名",
                           "住校生人数", "发放一封信", "发放明白卡", "走访日期", "走访人"]
    static let required = [0, 1, 4, 5, 8, 9, 10, 11]
    static let junk: [CellValue] = [.text("??"), .text("几个"), .error("#N/A"), .number(4.2e17), .text("abc"),
                                    .number(-3), .text("2018-13-45"), .bool(true), .text("是的")]

    var sheet: MemorySpreadsheet.Sheet
    /// What each row below the header was made as, by row number.
    var lines: [Int: Line] = [:]

    init(name: String, seed: UInt64, earlier: inout [[CellValue]]) {
        var random = SeededGenerator(state: seed)
        var rows: [[CellValue]] = []
        if Bool.random(using: &random) { rows += [[.text("箐门口村大走访登记表")], []] }
        rows.append(Self.headings.map { .text($0) })
        for _ in 0..<Int.random(in: 1...30, using: &random) {
            let roll = Int.random(in: 0..<100, using: &random)
            var row: [CellValue]
            if roll < 8 {
                rows.append([])
                lines[rows.count] = .blank
                continue
            } else if roll < 20, let copy = earlier.randomElement(using: &random) {
                row = copy
            } else {
                row = Self.household(&random)
            }
            if roll >= 60 && roll < 75 {
                row[Self.required.randomElement(using: &random)!] = .empty
            } else if roll >= 75 && roll < 90 {
                row[Int.random(in: 0..<row.count, using: &random)] = Self.junk.randomElement(using: &random)!
            }
            if row.allSatisfy(\.isEmpty) { row[1] = .text("李某") }
            earlier.append(row)
            rows.append(row)
            lines[rows.count] = .household
        }
        if Bool.random(using: &random) {
            rows.append([.text("合计"), .empty, .empty, .empty, .empty, .number(Double(Int.random(in: 0...50, using: &random)))])
            lines[rows.count] = .skipped
        }
        if Bool.random(using: &random) {
            rows.append([.text("填表人：王老师")])
            lines[rows.count] = .skipped
        }
        sheet = MemorySpreadsheet.Sheet(name: name, rows: rows)
    }

    static func household(_ random: inout SeededGenerator) -> [CellValue] {
        let students = Int.random(in: 0...3, using: &random)
        let pupils = (0..<students).map { _ in "李" + String(Array("一二三四五六七八")[Int.random(in: 0..<8, using: &random)]) }
        return [
            .text(["上寨", "下寨", "中寨"].randomElement(using: &random)!),
            .text(String(Array("李王张刘陈")[Int.random(in: 0..<5, using: &random)]) + String(Array("明华国英秀德")[Int.random(in: 0..<6, using: &random)])),
            Bool.random(using: &random) ? .text(idNumber("5308221980010" + String(Int.random(in: 1000...9999, using: &random)))) : .empty,
            .text("139" + String(Int.random(in: 10_000_000...99_999_999, using: &random))),
            .text(["建档立卡贫困户", "低保户", "非贫困户", "一般户"].randomElement(using: &random)!),
            .number(Double(students)),
            pupils.isEmpty ? .empty : .text(pupils.joined(separator: "、")),
            .number(Double(Int.random(in: 0...students, using: &random))),
            .text(["是", "否", "√"].randomElement(using: &random)!),
            .text(["是", "否", "×"].randomElement(using: &random)!),
            .date(DateTime(year: 2018, month: 7, day: Int.random(in: 15...24, using: &random))),
            .text("王老师"),
        ]
    }
}

@Suite struct AccountingPropertyTests {
    @Test(arguments: 1...60)
    func everyRowIsAccountedForAndEveryRejectedRowSaysWhy(seed: UInt64) throws {
        let schema = try Schema.builtIn()
        var earlier: [[CellValue]] = []
        let returns = (0..<3).map { RandomReturn(name: "第\($0)组", seed: seed &* 1_000 &+ UInt64($0), earlier: &earlier) }
        let reader = ReturnReader(schema: schema)
        var validator = Validator(schema: schema)
        var report = CheckReport()
        var recordRows: [String: [Int]] = [:]
        var issues: [Issue] = []
        for (index, generated) in returns.enumerated() {
            let file = index == 2 ? "三组.csv" : "一二组.xlsx"
            let account = reader.read(
                file: file, reader: MemorySpreadsheet([generated.sheet]),
                onRecord: { record in
                    recordRows[record.source.sheet, default: []].append(record.source.row)
                    report.add(validator.check(record))
                },
                onIssue: { issue in
                    issues.append(issue)
                    report.add(issue)
                })
            report.add(account)
            let sheet = try #require(account.sheets.first)
            #expect(sheet.balances, "seed \(seed) sheet \(sheet)")
            let records = Set(recordRows[sheet.sheet] ?? [])
            let householdRows = generated.lines.filter { $0.value == .household }.map(\.key)
            let rejected = householdRows.filter { !records.contains($0) }
            #expect(sheet.records == records.count, "seed \(seed)")
            #expect(sheet.rejectedRows == rejected.count, "seed \(seed) rejected \(rejected.sorted())")
            #expect(sheet.skippedRows == generated.lines.values.count { $0 == .skipped }, "seed \(seed)")
            let lastRow = generated.lines.filter { $0.value != .blank }.map(\.key).max() ?? 0
            #expect(sheet.blankRows == generated.lines.count { $0.value == .blank && $0.key < lastRow }, "seed \(seed)")
            #expect(sheet.rows == max(0, lastRow - (sheet.headerRow ?? 0)), "seed \(seed)")
            for row in rejected {
                #expect(issues.contains { $0.severity == .error && $0.location.sheet == sheet.sheet && $0.location.row == row },
                        "seed \(seed): rejected row \(row) of \(sheet.sheet) carries no error")
            }
        }
        let totals = report.totals
        #expect(totals.balances)
        #expect(totals.records == recordRows.values.map(\.count).reduce(0, +))
        #expect(report.countedRecords <= totals.records)
    }
}
