import Questionnaire
import Spreadsheet
import Testing
@testable import Validation

@Suite struct DuplicateTests {
    typealias H = HouseholdSchema

    @Test func identicalRowInTheSameSheetIsADuplicateRowNotCounted() {
        var validator = Validator(schema: H.make())
        let first = validator.check(H.record(H.household("李延苏"), row: 3))
        let second = validator.check(H.record(H.household("李延苏"), row: 9))
        #expect(first == RecordCheck(issues: [], isCountedInTables: true))
        #expect(second.isCountedInTables == false)
        #expect(second.issues == [Issue(
            .duplicateRow, at: SourceLocation(file: "一组.xlsx", sheet: "Sheet1", row: 9, column: 2),
            field: "head_name", value: "李延苏", other: SourceLocation(file: "一组.xlsx", sheet: "Sheet1", row: 3),
            message: LocalizedText(
                zh: "这一行与 一组.xlsx「Sheet1」第 3 行 完全相同，是重复录入。请删除这一行（汇总表只计第一行）。",
                en: "This row repeats row 3 of sheet Sheet1 in 一组.xlsx exactly. Delete it (tables count the first copy only)."))])
    }

    @Test func identicalRowInAnotherFileIsADuplicateKey() {
        let issues = validate([
            H.record(H.household("李延苏"), row: 3),
            H.record(H.household("李延苏"), file: "二组.csv", sheet: "二组", row: 4),
        ])
        #expect(issues == [Issue(
            .duplicateKey, at: SourceLocation(file: "二组.csv", sheet: "二组", row: 4, column: 2),
            field: "head_name", value: "李延苏", other: SourceLocation(file: "一组.xlsx", sheet: "Sheet1", row: 3),
            message: LocalizedText(
                zh: "同一户（李延苏）已在 一组.xlsx「Sheet1」第 3 行 登记，内容没有不同。请删除重复的一份（汇总表只计第一份）。",
                en: "The same household (李延苏) is already on row 3 of sheet Sheet1 in 一组.xlsx with the same values. Delete the extra copy (tables count the first copy only)."))])
    }

    @Test func aRowRepeatedInASecondSheetIsADuplicateRowThereToo() {
        let issues = validate([
            H.record(H.household("李延苏"), sheet: "一", row: 3),
            H.record(H.household("李延苏"), sheet: "二", row: 3),
            H.record(H.household("李延苏"), sheet: "二", row: 4),
        ])
        #expect(issues.map(\.code) == [.duplicateKey, .duplicateRow])
        #expect(issues.map { $0.other?.sheet } == ["一", "二"])
    }

    @Test func aValueMissingInOneCopyIsNotAConflict() {
        var second = H.household("李延苏")
        second["phone"] = nil
        second["visitors"] = .list(["张老师"])
        let issues = validate([H.record(H.household("李延苏"), row: 3), H.record(second, sheet: "Sheet2", row: 3)])
        #expect(issues.map(\.code) == [.conflict])
        #expect(issues.first?.fields == ["visitors"])
    }

    @Test func sameKeyWithDifferentValuesIsAConflictListingEveryField() {
        var second = H.household("李延苏", phone: "13900000000", students: 3, studentNames: ["李小红", "李小明", "李小刚"])
        second["poverty"] = .choice("registered_poor")
        var validator = Validator(schema: H.make())
        _ = validator.check(H.record(H.household("李延苏"), file: "一组.csv", sheet: "一组", row: 7))
        let check = validator.check(H.record(second, file: "二组.xlsx", row: 12))
        #expect(check.isCountedInTables == false)
        #expect(check.issues == [Issue(
            .conflict, at: SourceLocation(file: "二组.xlsx", sheet: "Sheet1", row: 12, column: 2),
            field: "head_name", value: "李延苏", fields: ["phone", "poverty", "students", "student_names"],
            other: SourceLocation(file: "一组.csv", sheet: "一组", row: 7),
            message: LocalizedText(
                zh: "同一户（李延苏）已在 一组.csv「一组」第 7 行 登记，但这些值不同：联系电话：本行「13900000000」，那里「13812345678」；贫困户类别：本行「建档立卡贫困户」，那里「非贫困户」；在校学生数：本行「3」，那里「2」；学生姓名：本行「李小刚、李小明、李小红」，那里「李小明、李小红」。请核对纸质问卷，改正后删除多余的一份（汇总表只计第一份）。",
                en: "The same household (李延苏) is already on row 7 of sheet 一组 in 一组.csv with different values: Phone: here '13900000000', there '13812345678'; Poverty status: here 'Registered poor', there 'Not poor'; Students: here '3', there '2'; Student names: here '李小刚, 李小明, 李小红', there '李小明, 李小红'. Check the paper forms, correct the right copy and delete the other (tables count the first copy only)."))])
    }

    @Test func validIDCardKeyWinsOverHamletAndName() {
        let id = "53010219800101001X"
        let issues = validate([
            H.record(H.household("李延苏", hamlet: "上社", id: id), row: 3),
            H.record(H.household("李廷苏", hamlet: "下社", id: id), sheet: "Sheet2", row: 3),
            H.record(H.household("李延苏", hamlet: "上社", id: "530102198001010029"), sheet: "Sheet3", row: 3),
        ])
        #expect(issues.map(\.code) == [.conflict])
        #expect(issues.first?.fields == ["hamlet", "head_name"])
    }

    @Test func invalidIDCardFallsBackToHamletAndName() {
        var bad = H.household("李延苏", id: "123")
        var record = H.record(bad, sheet: "Sheet2", row: 3)
        record.invalidFields = [2]
        bad["head_id"] = nil
        let issues = validate([H.record(H.household("李延苏", id: "53010219800101001X"), row: 3), record,
                               H.record(bad, sheet: "Sheet3", row: 3)])
        #expect(issues.map(\.code) == [.duplicateKey])
        #expect(issues.first?.location.sheet == "Sheet3")
        #expect(issues.first?.other?.sheet == "Sheet2")
    }

    @Test func thirdCopyIsComparedWithTheFirst() {
        var validator = Validator(schema: H.make())
        let checks = [3, 4, 5].map { row in
            validator.check(H.record(H.household("李延苏", students: row - 1), sheet: "S\(row)", row: row))
        }
        #expect(checks.map(\.isCountedInTables) == [true, false, false])
        #expect(checks[2].issues.first?.other == SourceLocation(file: "一组.xlsx", sheet: "S3", row: 3))
    }

    @Test func recordsWithoutAKeyAreCountedAndOnlyRepeatedRowsFlagged() {
        let schema = HouseholdSchema.make(keys: false)
        var plain = schema
        plain.fields.removeAll { ["hamlet", "head_name", "head_id"].contains($0.id) }
        var validator = Validator(schema: plain)
        let values: [FieldValue?] = plain.fields.map { _ in nil }
        var record = Record(source: RecordSource(file: "a.csv", sheet: "a", row: 2), values: values, columns: values.map { _ in nil })
        record.values[0] = .text("13812345678")
        let first = validator.check(record)
        record.source.row = 3
        let second = validator.check(record)
        record.source.sheet = "b"
        let third = validator.check(record)
        #expect([first, second, third].map(\.isCountedInTables) == [true, false, true])
        #expect(second.issues.map(\.code) == [.duplicateRow])
        #expect(second.issues.first?.field == nil)
        #expect(second.issues.first?.location.cell == nil)
        #expect(third.issues.isEmpty)
    }

    @Test func withoutKeyColumnsTheBuiltInKeyIsUsed() {
        let schema = HouseholdSchema.make(keys: false)
        let issues = validate([
            H.record(H.household("李延苏"), row: 3, schema: schema),
            H.record(H.household("李延苏", students: 3), sheet: "Sheet2", row: 3, schema: schema),
        ], schema: schema)
        #expect(issues.map(\.code) == [.conflict])
    }
}
