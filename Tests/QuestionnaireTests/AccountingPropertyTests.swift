import Testing
import Spreadsheet
@testable import Questionnaire

/// A small deterministic generator (SplitMix64), so every run checks the same returns.
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

@Suite struct AccountingPropertyTests {
    static let junk = ["", " ", "几个", "富裕户", "2018-02-30", "×", "合计", "填表人：王", "#N/A", "十二", "李 四", "5.3E+17"]

    /// Random returns: households with random gaps and junk, blank rows, totals, signatures, titles.
    static func randomSheet(_ generator: inout SeededGenerator) -> MemorySpreadsheet.Sheet {
        var rows: [[String]] = Array(repeating: ["标题"], count: Int.random(in: 0...3, using: &generator))
        rows.append(standardHeader)
        for serial in 1...Int.random(in: 1...40, using: &generator) {
            var row = household(serial, ["上社", "下社"].randomElement(using: &generator)!, "户\(serial)")
            switch Int.random(in: 0..<10, using: &generator) {
            case 0: row = []
            case 1: row = ["合计", "", "", "", String(Int.random(in: 0...50, using: &generator))]
            case 2, 3:
                for _ in 0..<Int.random(in: 1...3, using: &generator) {
                    row[Int.random(in: 1..<row.count, using: &generator)] = junk.randomElement(using: &generator)!
                }
            default: break
            }
            rows.append(row)
        }
        return sheet(rows, merged: Bool.random(using: &generator) ? ["B\(rows.count - 1):B\(rows.count)"] : [])
    }

    @Test(arguments: 1...200)
    func everyRowIsAccountedForAndEveryRejectionExplained(seed: Int) {
        var generator = SeededGenerator(state: UInt64(seed))
        let result = read([Self.randomSheet(&generator)])
        let account = result.account.sheets[0]
        #expect(account.balances)
        #expect(account.records == result.records.count)
        let recordRows = Set(result.records.map(\.source.row))
        let errorRows = Set(result.issues.filter { $0.severity == .error }.compactMap(\.location.row))
        let header = account.headerRow ?? 0
        let rejectedWithErrors = errorRows.subtracting(recordRows).filter { $0 > header }
        #expect(rejectedWithErrors.count == account.rejectedRows)
    }
}
