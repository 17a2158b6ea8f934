import Foundation
import Testing
import Validation

@Suite struct ReturnFilesTests {
    /// .xls is taken from a folder so that it is reported (save as .xlsx); notes.md only when named.
    @Test func foldersAreSearchedRecursivelyInPathOrderSkippingHiddenAndLockFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("returns-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["b.xlsx", "a/c.CSV", "a/d.txt", "a/e.xlsm", "f.tsv", "~$b.xlsx", ".hidden.csv", ".git/g.csv",
                     "notes.md", "h.xls", "二组/第一组.csv"] {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let folder = root.path
        #expect(ReturnFiles.expand([folder + "/", "missing.csv", folder + "/notes.md", folder + "/a/../b.xlsx"]) == [
            folder + "/a/c.CSV", folder + "/a/d.txt", folder + "/a/e.xlsm", folder + "/b.xlsx", folder + "/f.tsv",
            folder + "/h.xls", folder + "/二组/第一组.csv", "missing.csv", folder + "/notes.md",
        ])
    }
}
