import Foundation
import Testing
import TestSupport

/// `zoufang check` keeps first copies and issues in a temporary file under $TMPDIR: nothing is left there, and
/// a folder that cannot be used changes nothing in the report, only a message on stderr.
@Suite struct TemporaryFileTests {
    /// 4,000 households (the rows of 第三组.csv with their head names made unique and IDs left out), so that
    /// first copies and issues fill several blocks and really go to the temporary file.
    static func largeReturn(in folder: String) throws -> String {
        let cat = try runProcess(Repository.zoufangExecutable, ["cat", "--format", "csv", "第三组.csv"],
                                 currentDirectory: Repository.fixture("returns"))
        let lines = cat.output.split(separator: "\n").map(String.init)
        let rows = lines.dropFirst().filter { !$0.contains("\"") }.map { $0.components(separatedBy: ",") }
        let characters = Array("天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈剑号巨阙珠称夜光果珍李柰菜重芥姜海咸河淡")
        var text = lines[0] + "\n"
        for number in 0..<4_000 {
            var row = rows[number % rows.count]
            row[3] += String(characters[number / characters.count % characters.count]) + String(characters[number % characters.count])
            row[4] = ""
            text += row.joined(separator: ",") + "\n"
        }
        let path = folder + "/大表.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func check(_ file: String, tmpdir: String) throws -> ProcessResult {
        try runProcess(Repository.zoufangExecutable, ["check", "--format", "json", file], environment: ["TMPDIR": tmpdir])
    }

    @Test func nothingIsLeftInTheTemporaryFolderAndAMissingOneChangesNoResult() throws {
        let folder = NSTemporaryDirectory() + "zoufang-tmpdir-\(UUID().uuidString)"
        let scratch = folder + "/tmp"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = try Self.largeReturn(in: folder)
        let usual = try check(file, tmpdir: scratch)
        #expect(usual.status == 1)
        #expect(usual.errorOutput == "")
        #expect(usual.output.contains("\"records\": 4000"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch) == [])

        let missing = try check(file, tmpdir: "/nonexistent-zoufang-tmp")
        #expect(missing.status == 1)
        #expect(missing.output == usual.output)
        // Both stores (first copies and issues) fall back to memory; the process says so once.
        #expect(missing.errorOutput == """
            zoufang：无法在 /nonexistent-zoufang-tmp 创建临时文件（No such file or directory），这部分检查数据改为留在内存中，结果不变；\
            可用 TMPDIR 指定有空间的文件夹。
            zoufang: could not create a temporary file in /nonexistent-zoufang-tmp (No such file or directory); this part of \
            the check's data stays in memory instead, with the same results. Set TMPDIR to a folder with free space.

            """)
    }
}
