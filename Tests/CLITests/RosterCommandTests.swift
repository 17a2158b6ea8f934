import Foundation
import Testing
import TestSupport

/// `--roster` through the built `zoufang`: check, run and tabulate against fixtures/roster (EXPECTED.md there).
@Suite struct RosterCommandTests {
    private func zoufang(_ arguments: [String]) throws -> ProcessResult {
        try runProcess(Repository.zoufangExecutable, arguments, currentDirectory: Repository.root.path)
    }

    private func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func scratchFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("zoufang-roster-\(UUID().uuidString)").path
    }

    /// Each sheet's rows as `zoufang cat` gives them, cells joined by `|`.
    private func sheets(of workbook: String) throws -> [(name: String, rows: [String])] {
        let result = try zoufang(["cat", workbook, "--all-sheets", "--format", "json"])
        let sheets = try #require(try object(result.stdout)["sheets"] as? [[String: Any]])
        return sheets.map { sheet in
            let rows = (sheet["rows"] as? [[Any]] ?? []).map { row in
                row.map { cell in cell is NSNull ? "" : "\(cell)" }.joined(separator: "|")
            }
            return (sheet["sheet"] as? String ?? "", rows)
        }
    }

    @Test func checkJSONHasTheRosterIssuesAndTheCoverage() throws {
        let result = try zoufang(["check", "fixtures/returns", "--roster", "fixtures/roster/学生名单.xlsx",
                                  "--format", "json", "--lang", "en"])
        #expect(result.status == 1)
        let report = try object(result.stdout)
        let issues = try #require(report["issues"] as? [[String: Any]])
        let roster = issues.filter { ["not-visited", "not-on-roster"].contains($0["code"] as? String) }
        #expect(roster.map { "\($0["code"]!) \($0["file"]!) \($0["cell"]!)" } == [
            "not-on-roster fixtures/returns/第三组.csv D9", "not-on-roster fixtures/returns/第三组.csv I12",
            "not-on-roster fixtures/returns/第二组.xlsx E13",
            "not-visited fixtures/roster/学生名单.xlsx C16", "not-visited fixtures/roster/学生名单.xlsx C29",
            "not-visited fixtures/roster/学生名单.xlsx C47", "not-visited fixtures/roster/学生名单.xlsx C64",
            "not-visited fixtures/roster/学生名单.xlsx C79",
        ])
        #expect(roster.allSatisfy { $0["severity"] as? String == "warning" })
        let counts = try #require(report["counts"] as? [String: Int])
        #expect(counts == ["error": 5, "warning": 9])
        let coverage = try #require(report["coverage"] as? [String: Any])
        #expect(coverage["households"] as? Int == 45)
        #expect(coverage["visited"] as? Int == 41)
        #expect(coverage["percent"] as? Double == 91.1)
        let hamlets = try #require(coverage["hamlets"] as? [[String: Any]])
        #expect(hamlets.map { "\($0["hamlet"]!) \($0["households"]!) \($0["visited"]!)" } == [
            "大寨 7 6", "小寨 7 6", "箐头 5 5", "大平掌 7 7", "箐脚 7 6", "新寨 6 6", "岔河 3 3", "麻栗坪 2 2", " 1 0",
        ])
        let unvisited = try #require(coverage["unvisited"] as? [[String: Any]])
        #expect(unvisited.map { $0["guardian"] as? String ?? "-" } == ["罗春花", "刘强玉", "普国华", "-"])
    }

    @Test func checkTextStatesTheCoverageInChinese() throws {
        let result = try zoufang(["check", "fixtures/returns", "--roster", "fixtures/roster/学生名单.csv", "--lang", "zh"])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines[3] == "走访覆盖：学生名单 45 户，已走访 41 户（91.1%），未走访 4 户")
        #expect(Array(lines.suffix(3)) == [
            "  学生名单 C78  警告  not-visited  「陶然」",
            "      学生「陶然」（五年级）的家庭没有走访记录：请在下一轮走访时补上；若已走访，",
            "      请核对登记表上的户主、学生姓名和自然社是否与学生名单一致",
        ])
    }

    @Test(arguments: [("zh", "汇总.xlsx", "检查.json"), ("en", "summary.xlsx", "check.json")])
    func runAddsTheCoverageSheetsAfterTheFourOfTheSpec(language: String, workbook: String, checkJSON: String) throws {
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try zoufang(["run", "fixtures/returns", "--roster", "fixtures/roster/学生名单.xlsx", "-o", folder,
                                  "--lang", language])
        #expect(result.status == 1)
        #expect(result.errorOutput == "")
        #expect(result.output.contains(language == "zh"
            ? "\n走访覆盖：学生名单 45 户，已走访 41 户（91.1%），未走访 4 户\n"
            : "\nCoverage: 45 household(s) on the roster, 41 visited (91.1%), 4 not visited\n"))
        let written = try sheets(of: folder + "/" + workbook)
        #expect(written.map(\.name) == (language == "zh"
            ? ["汇总表", "按类别", "问题清单", "明细", "走访覆盖", "未走访名单"]
            : ["Summary", "By category", "Issues", "Records", "Coverage", "Not visited"]))
        #expect(Array(written[4].rows.dropFirst(2)) == [
            "大寨|7|6|1|0.8571428571428571", "小寨|7|6|1|0.8571428571428571", "箐头|5|5|0|1", "大平掌|7|7|0|1",
            "箐脚|7|6|1|0.8571428571428571", "新寨|6|6|0|1", "岔河|3|3|0|1", "麻栗坪|2|2|0|1",
            language == "zh" ? "（未填自然社）|1|0|1|0" : "(no hamlet)|1|0|1|0",
            (language == "zh" ? "合计" : "total") + "|45|41|4|0.9111111111111111",
        ])
        let place = language == "zh" ? ["「花名册」第 29、64 行", "「花名册」第 47 行", "「花名册」第 16 行", "「花名册」第 79 行"]
            : ["sheet 花名册, row 29, 64", "sheet 花名册, row 47", "sheet 花名册, row 16", "sheet 花名册, row 79"]
        let separator = language == "zh" ? "、" : ", "
        #expect(Array(written[5].rows.dropFirst()) == [
            "1|大寨|罗春花|罗小雨\(separator)罗小云|二年级\(separator)四年级|\(place[0])",
            "2|小寨|刘强玉|刘小军|三年级|\(place[1])",
            "3|箐脚|普国华|普文杰|一年级|\(place[2])",
            "4|\(language == "zh" ? "（未填自然社）" : "(no hamlet)")||陶然|五年级|\(place[3])",
        ])
        let report = try object(Data(contentsOf: URL(fileURLWithPath: folder + "/" + checkJSON)))
        #expect((report["coverage"] as? [String: Any])?["visited"] as? Int == 41)
    }

    @Test func tabulateStatesTheCoverageOnStandardError() throws {
        let result = try zoufang(["tabulate", "fixtures/returns", "--roster", "fixtures/roster/学生名单.csv", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.errorOutput.hasSuffix("\nCoverage: 45 household(s) on the roster, 41 visited (91.1%), 4 not visited\n"))
    }

    @Test func aRosterThatCannotBeReadIsAUsageError() throws {
        let missing = try zoufang(["check", "fixtures/returns", "--roster", "fixtures/roster/没有这个文件.xlsx", "--lang", "en"])
        #expect(missing.status == 2)
        #expect(missing.output == "")
        #expect(missing.errorOutput.hasPrefix("fixtures/roster/没有这个文件.xlsx: no pupil could be read from the roster: "))
        // A file without a roster's header (ground-truth.tsv names one roster field, hamlet): no pupil.
        let notARoster = try zoufang(
            ["check", "fixtures/returns", "--roster", "fixtures/reference/ground-truth.tsv", "--lang", "en"])
        #expect(notARoster.status == 2)
        #expect(notARoster.errorOutput.hasPrefix(
            "fixtures/reference/ground-truth.tsv: no pupil could be read from the roster: sheet “ground-truth” has no header"))
    }

    @Test func theRosterIsNeverWrittenOver() throws {
        let folder = scratchFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let roster = folder + "/名单.xlsx"
        try FileManager.default.copyItem(atPath: Repository.fixture("roster/学生名单.xlsx"), toPath: roster)
        let before = try Data(contentsOf: URL(fileURLWithPath: roster))
        let result = try zoufang(["tabulate", "fixtures/returns", "--roster", roster, "-o", roster, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.errorOutput == "the output would overwrite an input file: choose another output path\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: roster)) == before)
    }
}
