import Questionnaire
import Testing
@testable import Validation

/// The matching rules one at a time, on small rosters in memory (docs/decisions.md "Roster").
@Suite struct RosterMatcherTests {
    static let schema = HouseholdSchema.make()

    static func pupil(
        _ name: String, hamlet: String? = "上社", guardian: String? = nil, guardianID: String? = nil, row: Int
    ) -> RosterPupil {
        RosterPupil(name: name, className: "三年级", hamlet: hamlet, guardian: guardian, guardianID: guardianID,
                    location: SourceLocation(file: "名单.xlsx", sheet: "Sheet1", row: row, column: 2))
    }

    static func check(_ pupils: [RosterPupil]) -> RosterCheck {
        RosterCheck(roster: Roster(file: "名单.xlsx", pupils: pupils, account: FileAccount(file: "名单.xlsx")), schema: schema)
    }

    /// `guardian@hamlet rule` for each household the return covers.
    static func matches(_ check: RosterCheck, _ values: [String: FieldValue]) -> [String] {
        check.matches(HouseholdSchema.record(values, row: 2)).map { match in
            let household = check.households[match.household]
            return "\(household.guardian ?? "-")@\(household.hamlet) \(match.rule.rawValue)"
        }
    }

    @Test func siblingsAreOneHouseholdWhereverTheRosterListsThem() {
        let check = Self.check([
            Self.pupil("李小明", guardian: "李延苏", row: 2), Self.pupil("王芳", guardian: "王强", row: 3),
            Self.pupil("李小红", guardian: "李 延苏", row: 4), Self.pupil("李小华", hamlet: "下社", guardian: "李延苏", row: 5),
        ])
        #expect(check.households.map(\.pupils) == [[0, 2], [1], [3]])
        // Named only one child, the return covers the household of both.
        #expect(Self.matches(check, HouseholdSchema.household("李延苏", studentNames: ["李小明"])) == ["李延苏@上社 guardian"])
    }

    @Test func variantCharactersAreTheSameName() {
        let check = Self.check([Self.pupil("陳國華", guardian: "張蘭永", row: 2)])
        #expect(Self.matches(check, HouseholdSchema.household("张兰永", studentNames: [])) == ["張蘭永@上社 guardian"])
        #expect(Self.matches(check, HouseholdSchema.household("王强", studentNames: ["陈国华"])) == ["張蘭永@上社 pupil"])
    }

    @Test func oneCharacterOffIsNotEnoughWithinAHamlet() {
        let check = Self.check([Self.pupil("刘小军", guardian: "刘强玉", row: 2)])
        #expect(Self.matches(check, HouseholdSchema.household("刘强云", studentNames: ["刘怡"])).isEmpty)
        #expect(Self.matches(check, HouseholdSchema.household("刘强云", studentNames: [])).isEmpty)
        // The child's name exact: the pupil rule matches, whatever the head's name.
        #expect(Self.matches(check, HouseholdSchema.household("刘强云", studentNames: ["刘小军"])) == ["刘强玉@上社 pupil"])
    }

    @Test func acrossHamletsTwoNamesMustAgree() {
        let check = Self.check([Self.pupil("高皓宇", hamlet: "箐脚", guardian: "高治国", row: 2)])
        // A household that moved: the guardian one character off, the pupil exact.
        #expect(Self.matches(check, HouseholdSchema.household("高志国", hamlet: "岔河", studentNames: ["高皓宇"]))
            == ["高治国@箐脚 two-names"])
        // The pupil one character off (siblings' names are often that close), or one name alone: not the same household.
        #expect(Self.matches(check, HouseholdSchema.household("高治国", hamlet: "岔河", studentNames: ["高浩宇"])).isEmpty)
        #expect(Self.matches(check, HouseholdSchema.household("高志国", hamlet: "岔河", studentNames: ["高浩宇"])).isEmpty)
        #expect(Self.matches(check, HouseholdSchema.household("高治国", hamlet: "岔河", studentNames: ["高明"])).isEmpty)
        #expect(Self.matches(check, HouseholdSchema.household("李华", hamlet: "岔河", studentNames: ["高皓宇"])).isEmpty)
    }

    @Test func anIDNumberMatchesInAnyHamletWithAnyNames() {
        let id = idNumber("53080219791114583")
        let check = Self.check([Self.pupil("李悦", hamlet: "大平掌", guardian: "李延苏", guardianID: id.lowercased(), row: 2)])
        #expect(Self.matches(check, HouseholdSchema.household("李廷苏", hamlet: "箐头", id: id, studentNames: []))
            == ["李延苏@大平掌 id"])
    }

    @Test func aReturnCoversEveryHouseholdItMatchesEachByItsStrongestRule() {
        let check = Self.check([
            Self.pupil("李小明", guardian: "李延苏", row: 2), Self.pupil("李小红", guardian: "王秀英", row: 3),
        ])
        #expect(Self.matches(check, HouseholdSchema.household("李延苏", studentNames: ["李小明", "李小红"]))
            == ["李延苏@上社 guardian", "王秀英@上社 pupil"])
    }

    @Test func onlyAFirstCopyMatchingNothingIsReported() {
        var check = Self.check([Self.pupil("李小明", guardian: "李延苏", row: 2), Self.pupil("陶然", hamlet: nil, row: 3)])
        let stranger = HouseholdSchema.record(HouseholdSchema.household("赵刚", studentNames: ["赵一"]), row: 7)
        check.add(stranger, RecordCheck(issues: [], isCountedInTables: false))
        check.add(stranger, RecordCheck(issues: [], isCountedInTables: true))
        check.add(HouseholdSchema.record(HouseholdSchema.household("李延苏"), row: 8), RecordCheck(issues: [], isCountedInTables: true))
        var report = CheckReport()
        check.finish(into: &report)
        #expect(report.issues.map { "\($0.code.rawValue) \($0.location.file) \($0.location.cell ?? "-") \($0.value ?? "-")" } == [
            "not-on-roster 一组.xlsx G7 赵一", "not-visited 名单.xlsx B3 陶然",
        ])
        #expect(report.coverage == Coverage(
            hamlets: [Coverage.Hamlet(name: "上社", households: 1, visited: 1), Coverage.Hamlet(name: "", households: 1, visited: 0)],
            unvisited: [Coverage.Household(hamlet: "", guardian: nil, pupils: [Self.pupil("陶然", hamlet: nil, row: 3)])]))
    }
}
