import Foundation
import Testing
import TestSupport
@testable import Questionnaire

/// Every spreadsheet fixture of the repository, hostile ones included, read as a return: no crash, one
/// `unreadable-file` for a file that cannot be read, and every row of every sheet accounted for.
/// (hostile-amplification.xlsx is left to the reader's tests, which read it under lowered limits: at the
/// default limits it is meant to take long.)
@Suite struct EveryFixtureTests {
    static let fixtures: [String] = {
        let root = Repository.root.appendingPathComponent("fixtures")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return files.filter { ["xlsx", "csv", "tsv", "txt"].contains($0.pathExtension.lowercased()) }
            .filter { !$0.lastPathComponent.hasPrefix("hostile-amplification") }.map(\.path).sorted()
    }()

    @Test func thereAreFixturesToRead() {
        #expect(Self.fixtures.count > 20)
    }

    @Test(arguments: fixtures)
    func readsWithoutLosingARow(path: String) {
        let result = readFile(path)
        for sheet in result.account.sheets { #expect(sheet.balances, "\(sheet)") }
        #expect(result.records.count == result.account.sheets.map(\.records).reduce(0, +))
        let unreadable = result.issues.filter { $0.code == .unreadableFile }
        #expect(unreadable.count == (result.account.unreadable ? 1 : 0))
    }
}
