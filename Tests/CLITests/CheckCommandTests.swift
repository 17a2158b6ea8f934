import Foundation
import Testing
import TestSupport

/// `zoufang check` run as a process, against the fixtures' expected-check.json and small files made here.
@Suite struct CheckCommandTests {
    func zoufang(_ arguments: [String], in folder: String? = nil, environment: [String: String] = [:]) throws -> ProcessResult {
        try runProcess(Repository.zoufangExecutable, arguments, environment: environment, currentDirectory: folder)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Our JSON with what the fixtures leave out (messages and the totals added beside the spec's keys).
    func comparable(_ object: [String: Any]) -> NSDictionary {
        var object = object
        for key in ["rows", "counted_records"] { object[key] = nil }
        object["inputs"] = (object["inputs"] as? [[String: Any]])?.map { input in
            input.filter { ["file", "sheets"].contains($0.key) }
        }
        object["issues"] = (object["issues"] as? [[String: Any]])?.map { $0.filter { $0.key != "message" } }
        return object as NSDictionary
    }

    /// Checks `files` inside the fixture folder and compares the JSON with the fixture's expected-check.json.
    func expectMatches(_ expected: String, folder: String, files: [String]) throws -> [String: Any] {
        let result = try zoufang(["check", "--format", "json"] + files, in: Repository.fixture(folder))
        #expect(result.status == 1)
        let want = try Data(contentsOf: URL(fileURLWithPath: Repository.fixture(expected)))
        let output = try json(result.output)
        #expect(comparable(output) == (try json(String(decoding: want, as: UTF8.self))) as NSDictionary)
        return output
    }

    @Test func duplicatesFixtureGivesExactlyItsExpectedIssues() throws {
        let output = try expectMatches("duplicates/expected-check.json", folder: "duplicates", files: ["第一组.xlsx", "第二组.csv"])
        #expect(output["counted_records"] as? Int == 12)
    }

    @Test func referenceReturnsGiveExactlyTheirExpectedIssues() throws {
        let output = try expectMatches(
            "reference/expected-check.json", folder: "returns", files: ["第一组.xlsx", "第三组.csv", "第二组.xlsx"])
        #expect(output["counted_records"] as? Int == 44)
    }

    @Test func aFolderIsSearchedInPathOrderAndTheTextReportIsChinese() throws {
        let result = try zoufang(["check", "returns", "--lang", "zh"], in: Repository.fixture(""))
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(4)) == [
            "检查了 3 个文件：错误 5 个，警告 1 个。",
            "数据行 47 = 记录 45 + 空行 0 + 跳过 2 + 拒收 0",
            "汇总表计入 44 户：重复登记的户只计输入顺序中的第一份。",
            "",
        ])
        #expect(lines.contains("returns/第一组.xlsx：错误 1 个，警告 1 个"))
        #expect(lines.contains("  走访登记表：表头第 4 行，数据行 19 = 记录 17 + 空行 0 + 跳过 2 + 拒收 0"))
        #expect(lines.contains("  Sheet1 F8   错误  lost-digits    「5.30802198808063E+17」"))
        let duplicate = try #require(lines.firstIndex(of: "  Sheet1 E18  错误  duplicate-key  「李华刚」"))
        #expect(Array(lines[duplicate + 1...duplicate + 3]) == [
            "      同一户（李华刚）已在 returns/第一组.xlsx「走访登记表」第 16 行 登记，内容",
            "      没有不同。请删除重复的一份（汇总表只计第一份）。",
            "",
        ])
        let files = lines.filter { $0.hasPrefix("returns/") && $0.contains("：错误") }.map { $0.prefix { $0 != "：" } }
        #expect(files == ["returns/第一组.xlsx", "returns/第三组.csv", "returns/第二组.xlsx"])
    }

    /// A temporary folder with one UTF-8 CSV return per (name, rows) pair.
    func folder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder.path
    }

    static let header = "自然社,户主姓名,贫困户类别,在校学生数,发放一封信,发放明白卡,走访日期,走访人\n"

    @Test func warningsFailOnlyWithStrictAndMessagesFollowLang() throws {
        let directory = try folder(["a.csv": Self.header + "上寨,李明,非贫困户,1,是,是,2018-07-25,王老师\n"])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let plain = try zoufang(["check", "a.csv", "--format", "json", "--lang", "en"], in: directory)
        #expect(plain.status == 0)
        let issues = try #require(try json(plain.output)["issues"] as? [[String: Any]])
        #expect(issues.map { $0["code"] as? String } == ["date-outside-window"])
        #expect(issues.first?["message"] as? String == "Visit date 2018-07-25 is outside the campaign's dates 2018-07-17 – 2018-07-22. Check the date for a wrong year or swapped month and day.")
        #expect(try zoufang(["check", "a.csv", "--strict"], in: directory).status == 1)
    }

    @Test func anUnreadableFileGivesThreeAndTheOthersAreStillChecked() throws {
        let directory = try folder([
            "a.csv": Self.header + "上寨,李明,非贫困户,,是,是,2018-07-18,王老师\n",
            "b.xlsx": "not a workbook",
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try zoufang(["check", "--format", "json", "a.csv", "b.xlsx"], in: directory)
        #expect(result.status == 3)
        let object = try json(result.output)
        let issues = try #require(object["issues"] as? [[String: Any]])
        #expect(issues.map { "\($0["code"] ?? "") \($0["file"] ?? "") \($0["cell"] ?? "-")" } == [
            "missing-value a.csv D2", "unreadable-file b.xlsx -",
        ])
        let inputs = try #require(object["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["unreadable"] as? Bool } == [nil, true])
        #expect(object["counts"] as? [String: Int] == ["error": 2, "warning": 0])
    }

    @Test func foldersSkipHiddenFilesLockFilesAndOtherExtensions() throws {
        let row = Self.header + "上寨,李明,非贫困户,1,是,是,2018-07-18,王老师\n"
        let directory = try folder([
            "b.csv": row, "sub/a.TSV": row.replacingOccurrences(of: ",", with: "\t").replacingOccurrences(of: "李明", with: "王芳"),
            "~$b.xlsx": "lock",
            ".hidden.csv": row, ".git/c.csv": row, "notes.md": "# notes",
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try zoufang(["check", "--format", "json", "."], in: directory)
        #expect(result.status == 0)
        let inputs = try #require(try json(result.output)["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["file"] as? String } == ["./b.csv", "./sub/a.TSV"])
    }

    @Test func usageErrorsExitWithTwo() throws {
        let empty = try folder([:])
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        #expect(try zoufang(["check", "--bogus", "a.csv"]).status == 2)
        #expect(try zoufang(["check", "--format", "xml", "a.csv"]).status == 2)
        #expect(try zoufang(["check"]).status == 2)
        let none = try zoufang(["check", empty])
        #expect(none.status == 2)
        #expect(none.errorOutput.contains("没有找到走访登记表文件"))
        let noSchema = try zoufang(["check", "--schema", "/nonexistent/schema.md", Repository.fixture("duplicates")])
        #expect(noSchema.status == 2)
        #expect(noSchema.output == "")
        #expect(noSchema.errorOutput.hasPrefix("/nonexistent/schema.md: "))
    }
}
