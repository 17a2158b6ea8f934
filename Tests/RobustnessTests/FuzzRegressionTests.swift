import Foundation
import Spreadsheet
import Testing
import TestSupport

/// Every input a fuzz target ever failed on (fuzz/TARGET/regressions, see docs/fuzzing.md) is read to the
/// end, in every encoding the CSV target tries: it ends with a value or an error, never a crash or a loop.
@Suite struct FuzzRegressionTests {
    static func regressions(_ target: String) -> [String] {
        let folder = Repository.root.appendingPathComponent("fuzz/\(target)/regressions").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().map { folder + "/" + $0 }
    }

    @Test func thereAreRegressions() {
        #expect(!Self.regressions("csv").isEmpty)
    }

    @Test(arguments: [nil, "utf-8", "gb18030", "utf-16le", "utf-16be"])
    func csvInputsEnd(_ encoding: String?) throws {
        for path in Self.regressions("csv") {
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString).csv").path
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            defer { try? FileManager.default.removeItem(atPath: copy) }
            var rows = 0
            do {
                let reader = try CSVReader(path: copy, options: ReadOptions(encoding: encoding))
                try reader.forEachRow(sheet: 0) { _ in rows += 1 }
            } catch let error as SpreadsheetError {
                #expect(error.file == copy)
            }
        }
    }
}
