import Foundation
import Testing
import TestSupport

/// Each hostile file goes through `zoufang check` beside a good return, under a memory limit: the file
/// gets one clear issue (or is read as what it is) and the good return still gives all its records.
/// fixtures/hostile holds the new files; fixtures/xlsx's hostile files are reused, not copied.
@Suite(.serialized) struct HostileFileTests {
    static let unreadable = [
        "hostile/billion-laughs.xlsx", "hostile/external-entity-strings.xlsx", "hostile/external-entity-rels.xlsx",
        "hostile/dotdot-target.xlsx", "hostile/duplicate-entry.xlsx", "hostile/invalid-utf8-strings.xlsx",
        "hostile/png-renamed.xlsx", "hostile/invalid-utf8-sheet.xlsx", "hostile/empty.csv", "hostile/utf16-half-char.csv", "csv/gb18030-invalid.csv",
    ] + [0, 4, 30, 100, 1830, 5469, 5490].map { "hostile/truncated-\($0).xlsx" } + [
        "bomb", "doctype-workbook", "doctype-sheet", "doctype-strings", "beyond-xfd", "beyond-row", "malformed",
        "not-zip", "truncated", "encrypted", "legacy-xls", "ods", "word", "string-index", "no-workbook-rels",
    ].map { "xlsx/hostile-\($0).xlsx" }

    @Test(arguments: unreadable)
    func oneUnreadableFileIssueAndTheOtherReturnGoesThrough(_ fixture: String) throws {
        let path = Repository.fixture(fixture)
        let run = try CheckRun([path, GoodReturn.path])
        #expect(run.unreadable(path))
        // A sheet failing part-way may also have its header's issues (fixtures/xlsx's files are not
        // returns: no-header; the base return lacks four columns: missing-column), never a row's.
        let sheetIssues: Set = ["no-header", "missing-column"]
        #expect(run.codes(path).filter { !sheetIssues.contains($0) } == ["unreadable-file"])
        #expect(run.records(GoodReturn.path) == GoodReturn.records)
        #expect(run.status == 3)
    }

    /// Found by fuzz/csv: a lone GB18030 lead byte looped forever when the encoding was given.
    @Test func loneLeadByteWithGivenEncoding() throws {
        let path = Repository.fixture("hostile/gb18030-lead-byte.csv")
        let run = try CheckRun([path, GoodReturn.path], arguments: ["--input-encoding", "gb18030"])
        #expect(run.codes(path) == ["unreadable-file"])
        #expect(run.messages(path).first?.hasPrefix("the file is not valid gb18030 text: the byte at offset 0") == true)
        #expect(run.records(GoodReturn.path) == GoodReturn.records)
    }

    /// Files whose hostility is in declared sizes, extra entries or odd nesting: read as the three
    /// households they hold (the four missing questionnaire columns are the base return's own issues).
    @Test(arguments: [
        "bomb-many-entries", "deep-nesting", "dimension-whole-grid", "dotdot-entry", "unique-count",
    ])
    func readAsWhatItHolds(_ name: String) throws {
        let path = Repository.fixture("hostile/\(name).xlsx")
        let run = try CheckRun([path, GoodReturn.path])
        #expect(run.records(path) == 3)
        #expect(run.codes(path) == Array(repeating: "missing-column", count: 4))
        #expect(run.records(GoodReturn.path) == GoodReturn.records)
    }

    /// A zip of a zip bomb stored as the sheet is never unpacked: the sheet is bytes with no header.
    @Test func nestedBombIsNotUnpacked() throws {
        let path = Repository.fixture("hostile/bomb-nested.xlsx")
        let run = try CheckRun([path, GoodReturn.path])
        #expect(run.codes(path) == ["no-header"])
        #expect(run.records(GoodReturn.path) == GoodReturn.records)
    }

    /// External entities and `../` targets point at a file we write here; its content never shows up,
    /// in the check report nor in `zoufang cat`, and nothing is written outside the workbook.
    @Test func noFileOutsideTheWorkbookIsReadOrWritten() throws {
        let secret = "/tmp/zoufang-hostile-secret.txt"
        let marker = "secret-\(UUID().uuidString)"
        try marker.write(toFile: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: secret) }
        let written = "/tmp/zoufang-hostile-written.txt"
        try? FileManager.default.removeItem(atPath: written)
        let fixtures = ["external-entity-strings", "external-entity-rels", "dotdot-target", "dotdot-entry", "billion-laughs"]
            .map { Repository.fixture("hostile/\($0).xlsx") }
        let run = try CheckRun(fixtures)
        #expect(!run.output.contains(marker))
        for path in fixtures {
            let cat = try runProcess(Repository.zoufangExecutable, ["cat", "--all-sheets", "--format", "json", path])
            #expect(!cat.output.contains(marker) && !cat.errorOutput.contains(marker))
        }
        #expect(!FileManager.default.fileExists(atPath: written))
    }

    /// 100,000 cells share one 1 MiB string: read within the memory limit, every row a record.
    @Test func oneHugeSharedStringInEveryRow() throws {
        let path = Repository.fixture("hostile/shared-string-100k.xlsx")
        let run = try CheckRun([path, GoodReturn.path])
        #expect(run.records(path) == 100_003)
        #expect(run.codes(path) == Array(repeating: "missing-column", count: 4) + ["unknown-header"])
        #expect(run.records(GoodReturn.path) == GoodReturn.records)
    }

    /// A 2 GiB line without a line break, as a sparse file (no disk used): refused past the field limit
    /// with the cell named, in bounded memory.
    @Test func twoGigabyteLineWithoutLineBreak() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zoufang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("一行.csv").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("户主姓名,自然社\r\n".utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        let run = try CheckRun([path, GoodReturn.path])
        #expect(run.unreadable(path))
        #expect(run.codes(path).filter { $0 == "unreadable-file" }.count == 1)
        #expect(run.messages(path).contains {
            $0.hasPrefix("cell A2 holds more than 1048576 bytes: probably an unmatched quote or a file without line breaks")
        })
        #expect(run.records(GoodReturn.path) == GoodReturn.records)
    }
}
