import Questionnaire
import Spreadsheet
import Testing
@testable import Validation

/// Checks records one after another with a fresh validator; returns every issue.
func validate(_ records: [Record], schema: Schema = HouseholdSchema.make()) -> [Issue] {
    var validator = Validator(schema: schema)
    return records.flatMap { validator.check($0).issues }
}

@Suite struct RuleTests {
    @Test func boardersAboveStudentsIsARuleErrorOnBoarders() {
        var values = HouseholdSchema.household("李延苏", students: 2, boarders: 3)
        let issues = validate([HouseholdSchema.record(values, row: 5)])
        #expect(issues == [Issue(
            .ruleError, at: SourceLocation(file: "一组.xlsx", sheet: "Sheet1", row: 5, column: 8),
            field: "boarders", value: "3", fields: ["students", "boarders"],
            message: LocalizedText(
                zh: "住校生人数「3」：住校生人数不能多于在校学生数。请核对纸质问卷后改正。",
                en: "Boarders '3': 住校生人数不能多于在校学生数. Check the paper form and correct it."))])
        values["boarders"] = .integer(2)
        #expect(validate([HouseholdSchema.record(values, row: 5)]).isEmpty)
        values["students"] = nil
        #expect(validate([HouseholdSchema.record(values, row: 5)]).isEmpty)
    }

    @Test func registeredPoorWithoutCardIsARuleWarning() {
        var values = HouseholdSchema.household("李延苏")
        values["poverty"] = .choice("registered_poor")
        values["card_given"] = .boolean(false)
        let issues = validate([HouseholdSchema.record(values, row: 3)])
        #expect(issues.map(\.code) == [.ruleWarning])
        #expect(issues.first?.severity == .warning)
        #expect(issues.first?.location.cell == "I3")
        #expect(issues.first?.value == "否")
        #expect(issues.first?.fields == ["poverty", "card_given"])
        values["card_given"] = .boolean(true)
        #expect(validate([HouseholdSchema.record(values, row: 3)]).isEmpty)
        values["poverty"] = .choice("non_poor")
        values["card_given"] = .boolean(false)
        #expect(validate([HouseholdSchema.record(values, row: 3)]).isEmpty)
    }

    @Test func studentNamesWithZeroStudentsIsARuleErrorOnlyWhenNamesAreGiven() {
        var values = HouseholdSchema.household("李延苏", students: 0, boarders: 0)
        let issues = validate([HouseholdSchema.record(values, row: 4)])
        #expect(issues.map(\.code) == [.ruleError])
        #expect(issues.first?.location.cell == "G4")
        #expect(issues.first?.value == "李小明、李小红")
        #expect(issues.first?.fields == ["students", "student_names"])
        values["student_names"] = nil
        #expect(validate([HouseholdSchema.record(values, row: 4)]).isEmpty)
    }

    @Test func valueWhereNotRelevantIsARuleWarning() {
        var values = HouseholdSchema.household("李延苏", students: 0, studentNames: [], boarders: 0)
        values["suggestions"] = .text("希望修路")
        let issues = validate([HouseholdSchema.record(values, row: 9)])
        #expect(issues.map(\.code) == [.ruleWarning])
        #expect(issues.first?.location.cell == "L9")
        #expect(issues.first?.fields == ["students", "suggestions"])
        #expect(issues.first?.message.zh == "意见建议 填了「希望修路」，但按条件 ${students} > 0 这一项不用填写。请核对是否填错了列或行。")
        values["students"] = .integer(1)
        #expect(validate([HouseholdSchema.record(values, row: 9)]).isEmpty)
    }

    @Test func visitDateOutsideTheWindowIsAWarning() {
        var values = HouseholdSchema.household("李延苏")
        values["visit_date"] = .date(DateTime(year: 2018, month: 7, day: 25))
        let issues = validate([HouseholdSchema.record(values, row: 6)])
        #expect(issues == [Issue(
            .dateOutsideWindow, at: SourceLocation(file: "一组.xlsx", sheet: "Sheet1", row: 6, column: 10),
            field: "visit_date", value: "2018-07-25",
            message: LocalizedText(
                zh: "走访日期 2018-07-25 不在走访活动时间 2018-07-17 – 2018-07-22 内。请核对日期是否写错（年份、月日颠倒）。",
                en: "Visit date 2018-07-25 is outside the campaign's dates 2018-07-17 – 2018-07-22. Check the date for a wrong year or swapped month and day."))])
        for day in [DateTime(year: 2018, month: 7, day: 17), DateTime(year: 2018, month: 7, day: 22, hour: 18)] {
            values["visit_date"] = .date(day)
            #expect(validate([HouseholdSchema.record(values, row: 6)]).isEmpty)
        }
        values["visit_date"] = .date(DateTime(year: 2018, month: 7, day: 16, hour: 23))
        #expect(validate([HouseholdSchema.record(values, row: 6)]).map(\.code) == [.dateOutsideWindow])
    }

    @Test func constraintMessagesByLanguageAndTheRuleItselfWithoutOne() {
        var schema = HouseholdSchema.make()
        schema.fields[7].constraintMessage = nil
        schema.fields[7].constraintMessages = ["en": "too many boarders"]
        let record = HouseholdSchema.record(HouseholdSchema.household("李延苏", students: 1, boarders: 3), row: 2, schema: schema)
        #expect(validate([record], schema: schema).first?.message == LocalizedText(
            zh: "住校生人数「3」：too many boarders。请核对纸质问卷后改正。",
            en: "Boarders '3': too many boarders. Check the paper form and correct it."))
        schema.fields[7].constraintMessages = [:]
        #expect(validate([record], schema: schema).first?.message.en == "Boarders '3': breaks the rule . <= ${students}. Check the paper form and correct it.")
    }

    @Test func ruleThatDoesNotParseIsLeftToSchemaCheck() {
        var schema = HouseholdSchema.make()
        schema.fields[7].constraint = ". <= ${students"
        let values = HouseholdSchema.household("李延苏", students: 1, boarders: 3)
        #expect(validate([HouseholdSchema.record(values, row: 2, schema: schema)], schema: schema).isEmpty)
    }
}
