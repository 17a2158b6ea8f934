import Foundation
import Testing
import TestSupport

/// `zoufang check` keeps first copies and issues in a temporary file under $TMPDIR: nothing is left there, and
/// a folder that cannot be used changes nothing in the report, only a message on stderr.
@Suite struct TemporaryFileTests {
    let files = ["第一组.xlsx", "第三组.csv", "第二组.xlsx"]

    func check(tmpdir: String) throws -> ProcessResult {
        try runProcess(Repository.zoufangExecutable, ["check", "--format", "json"] + files,
                       environment: ["TMPDIR": tmpdir], currentDirectory: Repository.fixture("returns"))
    }

    @Test func nothingIsLeftInTheTemporaryFolderAndAMissingOneChangesNoResult() throws {
        let folder = NSTemporaryDirectory() + "zoufang-tmpdir-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let usual = try check(tmpdir: folder)
        #expect(usual.status == 1)
        #expect(usual.errorOutput == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])

        let missing = try check(tmpdir: "/nonexistent-zoufang-tmp")
        #expect(missing.status == 1)
        #expect(missing.output == usual.output)
        #expect(missing.errorOutput == """
            zoufang：无法在 /nonexistent-zoufang-tmp 创建临时文件（No such file or directory），这部分检查数据改为留在内存中，结果不变；\
            可用 TMPDIR 指定有空间的文件夹。
            zoufang: could not create a temporary file in /nonexistent-zoufang-tmp (No such file or directory); this part of \
            the check's data stays in memory instead, with the same results. Set TMPDIR to a folder with free space.

            """)
    }
}
