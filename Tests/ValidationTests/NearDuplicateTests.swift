import Questionnaire
import Spreadsheet
import Testing
@testable import Validation

@Suite struct NearDuplicateTests {
    typealias H = HouseholdSchema

    @Test func oneCharacterApartSharingAPhoneIsANearDuplicate() {
        var validator = Validator(schema: H.make())
        _ = validator.check(H.record(H.household("李延苏", studentNames: ["李一"]), file: "一组.csv", sheet: "一组", row: 7))
        let check = validator.check(H.record(H.household("李廷苏", studentNames: ["李二"]), file: "二组.xlsx", row: 4))
        #expect(check.isCountedInTables)
        #expect(check.issues == [Issue(
            .nearDuplicate, at: SourceLocation(file: "二组.xlsx", sheet: "Sheet1", row: 4, column: 2),
            field: "head_name", value: "李廷苏", fields: ["phone"],
            other: SourceLocation(file: "一组.csv", sheet: "一组", row: 7),
            message: LocalizedText(
                zh: "可能与 一组.csv「一组」第 7 行 的「李延苏」是同一户：同一自然社，户主姓名只差一个字，且联系电话相同。请核对；若是同一户，改正姓名并删除多余的一行。",
                en: "This may be the household 李延苏 on row 7 of sheet 一组 in 一组.csv: same hamlet, the head names differ by one character, sharing: Phone. Check; if it is one household, correct the name and delete the extra row."))])
    }

    @Test func traditionalAndSimplifiedFormsWithTheSameStudentsAreNearDuplicates() {
        let issues = validate([
            H.record(H.household("陳國華", phone: nil, studentNames: ["陈小兵", "陈小英"]), row: 3),
            H.record(H.household("陈国华", phone: "13900000000", studentNames: ["陈小英", "陈小兵"]), row: 4),
        ])
        #expect(issues.map(\.code) == [.nearDuplicate])
        #expect(issues.first?.fields == ["student_names"])
        #expect(issues.first?.message.zh.contains("户主姓名只是繁简写法不同") == true)
    }

    @Test func oneStudentNameInCommonIsNotEnough() {
        let issues = validate([
            H.record(H.household("王萍", phone: nil, studentNames: ["王欣"]), row: 3),
            H.record(H.household("王顺", phone: "13900000000", studentNames: ["王欣", "王浩"]), row: 4),
        ])
        #expect(issues.isEmpty)
    }

    @Test func sharingAnIDNumberAcrossDifferentKeysIsANearDuplicate() {
        var first = H.household("李延苏", phone: nil, studentNames: [])
        first["head_id"] = .text("53010219800101001X")
        var record = H.record(first, row: 3)
        record.invalidFields = []
        var second = H.household("李廷苏", phone: nil, studentNames: [])
        second["head_id"] = .text("53010219800101001X")
        var later = H.record(second, row: 4)
        later.invalidFields = [2]
        #expect(validate([record, later]).map(\.code) == [.nearDuplicate])
    }

    /// The other way round: the earlier household's ID number is invalid, the later one's keys it.
    @Test func sharingAnIDNumberThatKeysTheLaterHouseholdIsANearDuplicate() {
        var first = H.household("李延苏", phone: nil, studentNames: [])
        first["head_id"] = .text("53010219800101001X")
        var record = H.record(first, row: 3)
        record.invalidFields = [2]
        var second = H.household("李廷苏", phone: nil, studentNames: [])
        second["head_id"] = .text("53010219800101001X")
        var later = H.record(second, row: 4)
        later.invalidFields = []
        #expect(validate([record, later]).map(\.code) == [.nearDuplicate])
    }

    @Test(arguments: [
        ("李明", "李华", "上社", nil, nil),
        ("李明", "李华", "下社", "13812345678", nil),
        ("李明", "王明华", "上社", "13812345678", nil),
        ("李延苏", "张廷苏", "上社", "13812345678", nil),
        ("李明", "李华", "上社", nil, "李小红"),
        ("李明", "李华", "下社", nil, "李小红"),
    ] as [(String, String, String, String?, String?)])
    func ordinaryNeighboursAreNotFlagged(first: String, second: String, hamlet: String, phone: String?, student: String?) {
        let issues = validate([
            H.record(H.household(first, phone: "13812345678", studentNames: ["李小红"]), row: 3),
            H.record(H.household(second, hamlet: hamlet, phone: phone, studentNames: student.map { [$0] } ?? ["王小兵"]), row: 4),
        ])
        let expected: [IssueCode] = student != nil && hamlet == "上社" ? [.nearDuplicate] : []
        #expect(issues.map(\.code) == expected)
    }

    @Test func sameNameTwiceWithDifferentIDsIsNotANearDuplicate() {
        let issues = validate([
            H.record(H.household("李明", id: "53010219800101001X"), row: 3),
            H.record(H.household("李明", id: "530102198001010029"), row: 4),
        ])
        #expect(issues.isEmpty)
    }

    @Test func onlyTheEarliestLookAlikeIsReported() {
        let issues = validate([
            H.record(H.household("李延苏"), row: 3),
            H.record(H.household("李廷苏"), row: 4),
            H.record(H.household("李建苏"), row: 5),
        ])
        #expect(issues.map(\.code) == [.nearDuplicate, .nearDuplicate])
        #expect(issues.map { $0.other?.row } == [3, 3])
    }

    @Test func likenessOfNames() {
        #expect(NearDuplicateFinder.likeness("李延苏", "李廷苏") == .oneCharacter)
        #expect(NearDuplicateFinder.likeness("張偉", "张伟") == .variantForm)
        #expect(NearDuplicateFinder.likeness("張偉", "张伟华") == nil)
        #expect(NearDuplicateFinder.likeness("李明", "李明") == nil)
        #expect(NearDuplicateFinder.likeness("欧阳明", "欧阳华") == .oneCharacter)
        #expect(NearDuplicateFinder.likeness("李延苏", "王廷苏") == nil)
    }
}
