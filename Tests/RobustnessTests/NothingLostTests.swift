import Foundation
import Testing
import TestSupport

/// Differential: one seeded sheet of households, blank rows, totals and junk (scripts/nothing_lost.py)
/// written as openpyxl .xlsx and as Python csv in every supported encoding, checked in one run. Every
/// row is accounted for, every household is a record, and the five files get the same issues.
@Suite struct NothingLostTests {
    struct Expected: Decodable {
        var rows: Int
        var households: Int
        var blank: Int
        var junk: Int
        var household_rows: [Int]
        var files: [String]
    }

    @Test(arguments: [(7, 300), (2018, 500), (99, 120)])
    func everyRowAccountedForInEveryFormat(_ seed: Int, _ rows: Int) throws {
        guard try ExternalTools.available(ExternalTools.python, named: "python") else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zoufang-lost-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = Repository.root.appendingPathComponent("scripts/nothing_lost.py").path
        let made = try runProcess(ExternalTools.python!, ["-B", script, folder.path, "\(seed)", "\(rows)"])
        #expect(made.status == 0, "\(made.errorOutput)")
        let expected = try JSONDecoder().decode(
            Expected.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
        let paths = expected.files.map { folder.appendingPathComponent($0).path }
        let run = try CheckRun(paths)
        var issueCells: [Set<String>] = []
        for path in paths {
            let input = try #require(run.input(path), "\(path) missing from the report")
            let count = { (key: String) in input[key] as? Int ?? -1 }
            #expect(count("rows") == expected.rows, "\(path)")
            #expect(count("records") + count("blank_rows") + count("skipped_rows") + count("rejected_rows") == expected.rows)
            #expect(count("records") == expected.households, "\(path): a household is not a record")
            #expect(count("blank_rows") == expected.blank)
            #expect(count("skipped_rows") + count("rejected_rows") == expected.junk)
            let issues = run.issues.filter { $0["file"] as? String == path }
            // A rejected row is listed with the error that says why: the junk rows with an error.
            let households = Set(expected.household_rows)
            let junkWithErrors = Set(issues.compactMap { issue -> Int? in
                guard issue["severity"] as? String == "error", let row = issue["row"] as? Int else { return nil }
                return households.contains(row) ? nil : row
            })
            #expect(junkWithErrors.count == count("rejected_rows"), "\(path)")
            // Repeats depend on file order (the same households are in all five files), the rest must not.
            let ownIssues = issues.filter { !($0["code"] as? String ?? "").contains("duplicate") }
            issueCells.append(Set(ownIssues.map { "\($0["code"] ?? "") \($0["cell"] ?? $0["row"] ?? "")" }))
        }
        for (path, cells) in zip(paths.dropFirst(), issueCells.dropFirst()) {
            #expect(cells == issueCells[0], "\(path) differs from the .xlsx: \(cells.symmetricDifference(issueCells[0]).sorted().prefix(5))")
        }
    }
}
