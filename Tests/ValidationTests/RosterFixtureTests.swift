import Foundation
import Questionnaire
import Testing
import TestSupport
import Validation

/// The roster of fixtures/roster (both files) against the reference returns: fixtures/roster/EXPECTED.md.
@Suite struct RosterFixtureTests {
    static let returns = ReturnFiles.expand([Repository.fixture("returns")])

    /// The roster file and the row offset of its pupils from the xlsx rows (title and headings: row 3 is the first
    /// pupil; the CSV has no title row).
    static let rosters = [("roster/学生名单.xlsx", 0), ("roster/学生名单.csv", -1)]

    private func run(_ path: String) throws -> (Roster, CheckReport, [String]) {
        let roster = try Roster.read(path: Repository.fixture(path))
        let schema = try Schema.builtIn()
        var matches: [String] = []
        let rosterCheck = RosterCheck(roster: roster, schema: schema)
        let report = ReturnCheck(schema: schema).run(files: Self.returns, roster: roster, onRecord: { record, _ in
            let found = rosterCheck.matches(record).map { match in
                let household = rosterCheck.households[match.household]
                return "\(household.guardian ?? "-")@\(household.hamlet) \(match.rule.rawValue)"
            }
            let file = (record.source.file as NSString).lastPathComponent
            matches.append("\(file):\(record.source.row) " + (found.isEmpty ? "none" : found.joined(separator: " + ")))
        })
        return (roster, report, matches)
    }

    @Test(arguments: rosters) func readsEveryPupilLikeAReturn(path: String, offset: Int) throws {
        let roster = try Roster.read(path: Repository.fixture(path))
        #expect(roster.pupils.count == 87)
        #expect(roster.issues.isEmpty)
        #expect(CheckReport.totals(of: roster.account).records == 87)
        let first = try #require(roster.pupils.first)
        #expect(first == RosterPupil(
            name: "赵子晨", className: "一年级", hamlet: "大寨", guardian: "赵平金", pupilID: first.pupilID,
            guardianID: "530802197501263813",
            location: SourceLocation(file: Repository.fixture(path), sheet: path.hasSuffix("xlsx") ? "花名册" : "学生名单",
                                     row: 3 + offset, column: 3)))
        #expect(first.pupilID?.count == 18)
        let variant = try #require(roster.pupils.first { $0.name == "張一子" })
        #expect(variant.guardian == "張蘭永" && variant.hamlet == "小寨" && variant.guardianID == nil)
        #expect(variant.location.row == 6 + offset)
        #expect(roster.pupils.filter { $0.hamlet == nil }.map(\.name) == ["陶然"])
    }

    @Test(arguments: rosters) func matchesEveryReturnByItsRule(path: String, offset: Int) throws {
        let (_, _, matches) = try run(path)
        #expect(matches == [
            "第一组.xlsx:5 王宏凤@大寨 id", "第一组.xlsx:6 陈贵@大寨 id", "第一组.xlsx:7 周萍富@大寨 id",
            "第一组.xlsx:8 苏红@大寨 id", "第一组.xlsx:9 赵平金@大寨 id", "第一组.xlsx:10 何贤正@大寨 id",
            // Guardian is the mother, not the head; the pupil typed 魯诺怡 (variant 魯).
            "第一组.xlsx:11 杨秀英@小寨 pupil",
            "第一组.xlsx:12 刘强云@小寨 id",
            // 張蘭永 = 张兰永 after variant folding.
            "第一组.xlsx:13 張蘭永@小寨 guardian",
            "第一组.xlsx:14 苏建@小寨 id", "第一组.xlsx:15 李志涛@小寨 id", "第一组.xlsx:16 李华刚@箐头 id",
            // Moved from 小寨 (the roster's hamlet) to 箐头: found by the ID number.
            "第一组.xlsx:17 白成涛@小寨 id",
            "第一组.xlsx:18 马金永@箐头 id", "第一组.xlsx:19 沈永红@箐头 id", "第一组.xlsx:20 字仙@箐头 id",
            // Three pupils on the return, four on the roster: one household, all covered.
            "第一组.xlsx:21 鲁成建@箐头 id",
            "第三组.csv:2 李延苏@大平掌 guardian", "第三组.csv:3 赵丽刚@大平掌 guardian",
            "第三组.csv:4 郭家发@大平掌 guardian", "第三组.csv:5 苏成@大平掌 guardian",
            "第三组.csv:6 陈海珍@大平掌 guardian", "第三组.csv:7 沈顺玉@大平掌 guardian",
            // Moved from 大平掌 to 麻栗坪, no ID: guardian and pupil both agree.
            "第三组.csv:8 李涛@大平掌 two-names",
            "第三组.csv:9 none", "第三组.csv:10 字海@麻栗坪 guardian", "第三组.csv:11 杨永丹@麻栗坪 guardian",
            "第三组.csv:12 none",
            "第二组.xlsx:2 杨平波@箐脚 guardian", "第二组.xlsx:3 刀宏@箐脚 guardian", "第二组.xlsx:4 胡坤军@箐脚 guardian",
            "第二组.xlsx:5 孙波光@箐脚 guardian", "第二组.xlsx:6 何仙国@箐脚 guardian", "第二组.xlsx:7 白顺富@新寨 guardian",
            // The head's ID lost its digits (lost-digits): hamlet and name still match.
            "第二组.xlsx:8 孙波梅@新寨 guardian",
            "第二组.xlsx:9 张德富@新寨 guardian", "第二组.xlsx:10 陈兰仙@新寨 guardian", "第二组.xlsx:11 普成家@新寨 guardian",
            "第二组.xlsx:12 李正@新寨 guardian", "第二组.xlsx:13 none",
            // Moved from 箐脚 to 岔河, the roster typing 高治国: one character off, the pupil's name exact.
            "第二组.xlsx:14 高治国@箐脚 two-names",
            "第二组.xlsx:15 孙发丹@岔河 guardian", "第二组.xlsx:16 刘仙贵@岔河 guardian", "第二组.xlsx:17 罗燕平@岔河 guardian",
            // The repeat of 李华刚 (duplicate-key) covers the same household.
            "第二组.xlsx:18 李华刚@箐头 id",
        ])
    }

    @Test(arguments: rosters) func reportsNotVisitedPupilsAndReturnsNotOnTheRoster(path: String, offset: Int) throws {
        let (_, report, _) = try run(path)
        let sheet = path.hasSuffix("xlsx") ? "花名册" : "学生名单"
        let roster = Repository.fixture(path)
        let lines = report.issues.filter { $0.code == .notVisited || $0.code == .notOnRoster }.map { issue in
            [issue.code.rawValue, issue.severity.rawValue, issue.location.file, issue.location.sheet ?? "-",
             issue.location.cell ?? "-", issue.field ?? "-", issue.value ?? "-"].joined(separator: " | ")
        }
        #expect(lines == [
            "not-on-roster | warning | \(Repository.fixture("returns/第三组.csv")) | 第三组 | D9 | head_name | 黄家明",
            "not-on-roster | warning | \(Repository.fixture("returns/第三组.csv")) | 第三组 | I12 | student_names | 何杰 何佳天",
            "not-on-roster | warning | \(Repository.fixture("returns/第二组.xlsx")) | Sheet1 | E13 | head_name | 陈林发",
            "not-visited | warning | \(roster) | \(sheet) | C\(16 + offset) | pupil_name | 普文杰",
            "not-visited | warning | \(roster) | \(sheet) | C\(29 + offset) | pupil_name | 罗小雨",
            "not-visited | warning | \(roster) | \(sheet) | C\(47 + offset) | pupil_name | 刘小军",
            "not-visited | warning | \(roster) | \(sheet) | C\(64 + offset) | pupil_name | 罗小云",
            "not-visited | warning | \(roster) | \(sheet) | C\(79 + offset) | pupil_name | 陶然",
        ])
        // Warnings only: the reference campaign's own 5 errors and 1 warning are unchanged.
        #expect(report.errorCount == 5)
        #expect(report.warningCount == 1 + 8)
        let pupil = try #require(report.issues.first { $0.code == .notVisited })
        #expect(pupil.message.zh == "学生「普文杰」（一年级，箐脚，监护人 普国华）的家庭没有走访记录：请在下一轮走访时补上；若已走访，请核对登记表上的户主、学生姓名和自然社是否与学生名单一致")
        #expect(pupil.message.en == "no return covers the household of pupil 普文杰 (一年级, 箐脚, guardian 普国华): visit it in the next round; if it was visited, check that the return's head, pupil names and hamlet agree with the roster")
    }

    @Test(arguments: rosters) func coveragePerRosterHamlet(path: String, offset: Int) throws {
        let (_, report, _) = try run(path)
        let coverage = try #require(report.coverage)
        let hamlets = coverage.hamlets.map { (hamlet: Coverage.Hamlet) -> String in
            "\(hamlet.name) \(hamlet.households) \(hamlet.visited) \(hamlet.percent.map { String($0) } ?? "-")"
        }
        #expect(hamlets == [
            "大寨 7 6 85.7", "小寨 7 6 85.7", "箐头 5 5 100.0", "大平掌 7 7 100.0", "箐脚 7 6 85.7", "新寨 6 6 100.0",
            "岔河 3 3 100.0", "麻栗坪 2 2 100.0", " 1 0 0.0",
        ])
        #expect(coverage.total == Coverage.Hamlet(name: "", households: 45, visited: 41))
        #expect(coverage.total.percent == 91.1)
        let unvisited = coverage.unvisited.map { (household: Coverage.Household) -> String in
            let pupils = household.pupils.map { "\($0.name ?? "")/\($0.location.row ?? 0)" }
            return "\(household.hamlet) \(household.guardian ?? "-") " + pupils.joined(separator: ",")
        }
        #expect(unvisited == [
            "大寨 罗春花 罗小雨/\(29 + offset),罗小云/\(64 + offset)", "小寨 刘强玉 刘小军/\(47 + offset)",
            "箐脚 普国华 普文杰/\(16 + offset)", " - 陶然/\(79 + offset)",
        ])
        #expect(coverage.summary(in: .zh) == "走访覆盖：学生名单 45 户，已走访 41 户（91.1%），未走访 4 户")
        #expect(coverage.summary(in: .en) == "Coverage: 45 household(s) on the roster, 41 visited (91.1%), 4 not visited")
    }

    @Test func withoutARosterNothingChanges() throws {
        let report = ReturnCheck(schema: try Schema.builtIn()).run(files: Self.returns, roster: nil)
        #expect(report.coverage == nil)
        #expect(report.warningCount == 1)
    }
}

/// A roster's own problems are reported at its cells; its extra columns are not.
@Suite struct RosterReadingTests {
    @Test func rosterProblemsAreReportedAtTheirCellsAndExtraColumnsAreNot() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = "学生姓名,性别,村民小组,家长姓名,户主身份证号\r\n李小明,男,上社,李延苏,530802197911145837\r\n,女,上社,王强,\r\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let roster = try Roster.read(path: path)
        #expect(roster.pupils.map(\.name) == ["李小明", nil])
        #expect(roster.pupils.map(\.guardian) == ["李延苏", "王强"])
        #expect(roster.pupils[0].guardianID == nil)
        #expect(roster.issues.map { "\($0.code.rawValue) \($0.location.cell ?? "-") \($0.field ?? "-")" } == [
            "constraint-error E2 guardian_id", "missing-value A3 pupil_name",
        ])
    }
}
