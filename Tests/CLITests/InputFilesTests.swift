import Foundation
import Testing
import TestSupport

/// What `check` takes from a folder: returns, other spreadsheet formats (reported), not lock files, each file once.
@Suite struct InputFilesTests {
    @Test func otherFormatsAreReportedLockFilesSkippedLinksReadOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inputs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Repository.fixture("returns/第三组.csv"), toPath: folder + "/第三组.csv")
        try FileManager.default.copyItem(atPath: Repository.fixture("xlsx/hostile-legacy-xls.xlsx"), toPath: folder + "/旧表.xls")
        try Data("PK\u{3}\u{4}".utf8).write(to: URL(fileURLWithPath: folder + "/表格.ods"))
        try Data("lock".utf8).write(to: URL(fileURLWithPath: folder + "/~$第三组.xlsx"))
        try Data("lock".utf8).write(to: URL(fileURLWithPath: folder + "/.~lock.第三组.csv#"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/链接.csv", withDestinationPath: folder + "/第三组.csv")

        let result = try runProcess(Repository.zoufangExecutable, ["check", folder, "--format", "json", "--lang", "en"])
        #expect(result.status == 3)
        let report = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let files = try #require(report["inputs"] as? [[String: Any]]).compactMap { $0["file"] as? String }
        #expect(files == [folder + "/旧表.xls", folder + "/第三组.csv", folder + "/表格.ods"])
        let unreadable = try #require(report["issues"] as? [[String: Any]]).filter { $0["code"] as? String == "unreadable-file" }
        #expect(unreadable.compactMap { $0["message"] as? String } == [
            "this is a legacy .xls file: save it as .xlsx in Excel or WPS",
            "the .ods format is not supported: save it as .xlsx in LibreOffice, WPS or Excel",
        ])
        #expect(report["records"] as? Int == 11)
    }
}
