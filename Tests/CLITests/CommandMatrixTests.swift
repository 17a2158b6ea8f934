import Foundation
import Testing
import TestSupport

/// Every command and its options as a process: each exit status (0 clean, 1 errors, 2 usage, 3 unreadable),
/// messages in Chinese by default, English with `--lang en` or `LANG=en_US.UTF-8`, and nothing on stderr with
/// `--quiet`.
@Suite struct CommandMatrixTests {
    static let clean = ParallelJobsTests.header + "上寨,李明,非贫困户,1,是,是,2018-07-18,王老师\n"
    static let withError = ParallelJobsTests.header + "上寨,李明,非贫困户,,是,是,2018-07-18,王老师\n"

    /// A folder holding clean.csv, error.csv and bad.xlsx (not a workbook).
    static func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matrix-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(clean.utf8).write(to: URL(fileURLWithPath: folder + "/clean.csv"))
        try Data(withError.utf8).write(to: URL(fileURLWithPath: folder + "/error.csv"))
        try Data("not a workbook".utf8).write(to: URL(fileURLWithPath: folder + "/bad.xlsx"))
        return folder
    }

    /// Runs zoufang in `folder` with LANG as given (Chinese when it is C.UTF-8) and LC_ALL cleared.
    func zoufang(_ arguments: [String], in folder: String, lang: String = "C.UTF-8") throws -> ProcessResult {
        try runProcess(
            Repository.zoufangExecutable, arguments, environment: ["LANG": lang, "LC_ALL": ""], currentDirectory: folder)
    }

    @Test func everyCommandShowsExamplesInItsHelp() throws {
        for command in [[], ["run"], ["check"], ["tabulate"], ["cat"], ["schema"], ["schema", "show"], ["schema", "export"],
                        ["schema", "check"]] {
            let help = try runProcess(Repository.zoufangExecutable, command + ["--help"])
            #expect(help.status == 0)
            #expect(help.output.contains("例 / example"), "\(command) --help has no examples")
        }
        let check = try runProcess(Repository.zoufangExecutable, ["check", "--help"])
        for option in ["--input-encoding", "--jobs", "--quiet", "--lang", "--strict", "--format", "--schema"] {
            #expect(check.output.contains(option), "check --help lacks \(option)")
        }
        #expect(!check.output.contains("--encoding "))
    }

    @Test func checkGivesEachExitStatusInBothLanguages() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let clean = try zoufang(["check", "clean.csv"], in: folder)
        #expect(clean.status == 0)
        #expect(clean.output.hasPrefix("检查了 1 个文件：错误 0 个，警告 0 个。\n"))
        let english = try zoufang(["check", "clean.csv"], in: folder, lang: "en_US.UTF-8")
        #expect(english.output.hasPrefix("Checked 1 file(s): 0 error(s), 0 warning(s).\n"))
        let chosen = try zoufang(["check", "clean.csv", "--lang", "zh"], in: folder, lang: "en_US.UTF-8")
        #expect(chosen.output.hasPrefix("检查了 1 个文件"))

        let errors = try zoufang(["check", "error.csv", "--lang", "en"], in: folder)
        #expect(errors.status == 1)
        #expect(errors.output.contains("  error D2  error  missing-value\n      Students in school is empty"))
        let unreadable = try zoufang(["check", "clean.csv", "bad.xlsx", "--jobs", "2"], in: folder)
        #expect(unreadable.status == 3)
        #expect(unreadable.output.contains("bad.xlsx：无法读取\n"))
        #expect(unreadable.errorOutput == "")

        let oldName = try zoufang(["check", "clean.csv", "--encoding", "gb18030"], in: folder)
        #expect(oldName.status == 2)
        #expect(oldName.errorOutput.contains("请用 --input-encoding gb18030"))
        #expect(oldName.errorOutput.contains("Usage: zoufang check <returns> ..."))
        let noJobs = try zoufang(["check", "clean.csv", "--jobs", "0"], in: folder)
        #expect(noJobs.status == 2)
        #expect(noJobs.errorOutput.hasPrefix("Error: --jobs 至少为 1 / --jobs must be at least 1, e.g. --jobs 4\n"))
        let given = try zoufang(["check", "clean.csv", "--input-encoding", "utf-8", "--format", "json", "--strict"], in: folder)
        #expect(given.status == 0)
        #expect(given.output.hasPrefix("{\"inputs\": ["))
    }

    @Test func runGivesEachExitStatus() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "-out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let clean = try zoufang(["run", "clean.csv", "-o", out + "/a", "--jobs", "1"], in: folder)
        #expect(clean.status == 0)
        #expect(clean.output.hasPrefix("读取 1 个文件：数据行 1 = 记录 1 + 空行 0 + 跳过 0 + 拒收 0\n"))
        #expect(clean.output.hasSuffix("  检查.json      检查结果（JSON）\n"))
        let english = try zoufang(["run", "clean.csv", "-o", out + "/b", "--encoding", "gb18030"], in: folder, lang: "en_US.UTF-8")
        #expect(english.status == 0)
        #expect(english.output.contains("Outputs, in \(out)/b:\n  summary.xlsx  "))
        let records = try Data(contentsOf: URL(fileURLWithPath: out + "/b/records.csv"))
        #expect(records.prefix(3) != Data([0xEF, 0xBB, 0xBF]))
        #expect(try zoufang(["run", "error.csv", "-o", out + "/c", "--strict"], in: folder).status == 1)
        let unreadable = try zoufang(["run", ".", "-o", out + "/d"], in: folder)
        #expect(unreadable.status == 3)
        #expect(unreadable.output.contains("  ./bad.xlsx   无法读取  错误 1  警告 0\n"))
        let missing = try zoufang(["run", "clean.csv"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.errorOutput.contains("Missing expected argument '--output <output>'"))
        #expect(missing.errorOutput.contains("Usage: zoufang run [<options>] <returns> ... --output <output>"))
    }

    /// With more than ten files the summary lists only the unreadable ones and those with errors.
    @Test func runSummaryStaysOneScreenForManyFiles() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for index in 1...10 {
            try Data(Self.clean.replacingOccurrences(of: "李明", with: "李明\(index)").utf8)
                .write(to: URL(fileURLWithPath: folder + "/more-\(index).csv"))
        }
        let out = folder + "-out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try zoufang(["run", ".", "-o", out], in: folder)
        #expect(run.status == 3)
        #expect(Array(run.output.split(separator: "\n", omittingEmptySubsequences: false).prefix(6)) == [
            "读取 13 个文件：数据行 12 = 记录 12 + 空行 0 + 跳过 0 + 拒收 0",
            "  ./bad.xlsx   无法读取  错误 1  警告 0",
            "  ./error.csv  记录 1    错误 2  警告 0",
            "  ……另有 11 个文件，逐个文件的结果见 检查.json",
            "问题：错误 3 个，警告 0 个",
            "",
        ])
    }

    /// A path too long for its line loses its beginning, so every file stays on one line of 80 columns.
    @Test func runSummaryKeepsTheEndOfLongPaths() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let deep = "回收表/2018年秋季/某某乡中心学校/某某村完全小学/一年级"
        try FileManager.default.createDirectory(atPath: folder + "/" + deep, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: folder + "/clean.csv", toPath: folder + "/" + deep + "/第一组走访登记表.csv")
        try FileManager.default.moveItem(atPath: folder + "/error.csv", toPath: folder + "/回收表/短.csv")
        let out = folder + "-out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try zoufang(["run", "回收表", "-o", out], in: folder)
        #expect(run.status == 1)
        #expect(Array(run.output.split(separator: "\n").prefix(3)) == [
            "读取 2 个文件：数据行 2 = 记录 2 + 空行 0 + 跳过 0 + 拒收 0",
            "  …乡中心学校/某某村完全小学/一年级/第一组走访登记表.csv  记录 1  错误 0  警告 0",
            "  回收表/短.csv                                           记录 1  错误 2  警告 0",
        ])
    }

    /// --schema, --by, --input-encoding and --encoding on run and tabulate; schema export --force.
    @Test func runAndTabulateTakeEveryTableOption() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "-out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let schema = try zoufang(["schema", "show"], in: folder)
        try schema.stdout.write(to: URL(fileURLWithPath: folder + "/问卷.md"))
        let run = try zoufang([
            "run", "clean.csv", "-o", out, "--schema", "问卷.md", "--by", "hamlet", "--input-encoding", "utf-8",
        ], in: folder)
        #expect(run.status == 0)
        #expect(run.output.contains("\n  上寨  1\n  合计  1\n"))
        let table = try String(contentsOfFile: out + "/汇总.csv", encoding: .utf8)
        #expect(table.hasPrefix("自然社,走访户数,"))

        let gb18030 = try zoufang(["tabulate", "clean.csv", "--by", "hamlet", "--encoding", "gb18030", "-o", "t.csv"], in: folder)
        #expect(gb18030.status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/t.csv"))
        #expect(bytes.prefix(7) == Data([0xD7, 0xD4, 0xC8, 0xBB, 0xC9, 0xE7, 0x2C]))  // 自然社, in GB18030, no BOM

        #expect(try zoufang(["schema", "export", "-o", "问卷.xlsx"], in: folder).status == 0)
        #expect(try zoufang(["schema", "export", "-o", "问卷.xlsx"], in: folder).status == 2)
        #expect(try zoufang(["schema", "export", "-o", "问卷.xlsx", "--force"], in: folder).status == 0)
    }

    @Test func tabulateGivesEachExitStatus() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let clean = try zoufang(["tabulate", "clean.csv", "--by", "hamlet", "--jobs", "3"], in: folder)
        #expect(clean.status == 0)
        #expect(clean.errorOutput == "汇总了 1 户（读取记录 1 条；错误 0 个，警告 0 个，详见 zoufang check）\n")
        let english = try zoufang(["tabulate", "clean.csv", "--format", "json"], in: folder, lang: "en_US.UTF-8")
        #expect(english.errorOutput.hasPrefix("Tabulated 1 household(s) from 1 record(s)"))
        let unreadable = try zoufang(["tabulate", "clean.csv", "bad.xlsx"], in: folder)
        #expect(unreadable.status == 3)
        let badField = try zoufang(["tabulate", "clean.csv", "--by", "nonsense", "--lang", "en"], in: folder)
        #expect(badField.status == 2)
        #expect(badField.output == "")
    }

    @Test func catGivesEachExitStatus() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let csv = try zoufang(["cat", "clean.csv", "--format", "csv"], in: folder)
        #expect(csv.status == 0)
        #expect(csv.output == Self.clean)
        let gb18030 = try runProcess(
            Repository.zoufangExecutable, ["cat", "fixtures/returns/第三组.csv", "--format", "csv", "--input-encoding", "gb18030"],
            currentDirectory: Repository.root.path)
        #expect(gb18030.output.hasPrefix("表号,村,所在社,家长姓名,"))
        let noSheet = try zoufang(["cat", "clean.csv", "--sheet", "x", "--lang", "en"], in: folder)
        #expect(noSheet.status == 2)
        #expect(noSheet.errorOutput == "clean.csv: no sheet named \"x\"; the sheets are: clean\n")
        let both = try zoufang(["cat", "clean.csv", "--sheet", "x", "--all-sheets"], in: folder)
        #expect(both.status == 2)
        let unreadable = try zoufang(["cat", "bad.xlsx"], in: folder)
        #expect(unreadable.status == 3)
        #expect(unreadable.output == "")
        #expect(unreadable.errorOutput.hasPrefix("bad.xlsx: "))
    }

    @Test func schemaCommandsGiveTheirExitStatuses() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let show = try zoufang(["schema", "show"], in: folder)
        #expect(show.status == 0)
        #expect(show.output.hasPrefix("# "))
        let broken = Repository.fixture("questionnaire/schema-with-errors.md")
        #expect(try zoufang(["schema", "check", broken], in: folder).status == 1)
        #expect(try zoufang(["schema", "show", "--schema", broken], in: folder).status == 1)
        let notXLSX = try zoufang(["schema", "export", "-o", "a.md"], in: folder)
        #expect(notXLSX.status == 2)
        #expect(notXLSX.errorOutput == "-o 要以 .xlsx 结尾 / -o must name an .xlsx file\n")
    }

    /// `--quiet` leaves stderr empty on every command, whatever happens (the first run writes the outputs, the
    /// second finds them there); the exit status tells.
    @Test func quietLeavesStderrEmptyOnEveryCommand() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "-out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let cases: [([String], Int32)] = [
            (["check", "clean.csv", "bad.xlsx"], 3),
            (["check", "--bogus", "clean.csv"], 2),
            (["run", ".", "-o", out], 3),
            (["run", ".", "-o", out], 2),
            (["run", "clean.csv"], 2),
            (["tabulate", "clean.csv"], 0),
            (["tabulate", "clean.csv", "--by", "nonsense"], 2),
            (["cat", "bad.xlsx"], 3),
            (["schema", "show", "--schema", Repository.fixture("questionnaire/schema-with-errors.md")], 1),
            (["schema", "export", "-o", "a.md"], 2),
        ]
        for (arguments, status) in cases {
            let quiet = try zoufang(arguments + ["--quiet"], in: folder)
            #expect(quiet.status == status, "\(arguments)")
            #expect(quiet.errorOutput == "", "\(arguments) --quiet wrote to stderr")
        }
        let run = try zoufang(["run", "clean.csv", "-o", out + "/quiet", "--quiet"], in: folder)
        #expect(run.status == 0)
        #expect(run.output == "")
    }
}
