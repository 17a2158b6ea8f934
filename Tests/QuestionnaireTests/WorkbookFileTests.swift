import Testing
import Spreadsheet
import TestSupport
@testable import Questionnaire

/// Real files through the real readers: the reference campaign's returns and XLSForm workbooks.
@Suite struct WorkbookFileTests {
    @Test func referenceReturnWithTitleTwoLevelHeaderMergesAndTotals() {
        let result = readFile(Repository.fixture("returns/第一组.xlsx"))
        #expect(result.account.sheets == [SheetAccount(sheet: "走访登记表", headerRow: 4, rows: 19, records: 17, skippedRows: 2)])
        #expect(result.issueLines == ["missing-value P12 visit_date"])
        #expect(Set(result.records.compactMap { $0.values[builtIn.fieldIndex("village")!] }) == [.text("箐门口村")])
    }

    @Test func referenceReturnWithSerialsQuestionHeadingAndNumericPhones() {
        let result = readFile(Repository.fixture("returns/第二组.xlsx"))
        #expect(result.account.sheets == [SheetAccount(sheet: "Sheet1", headerRow: 1, rows: 17, records: 17)])
        #expect(result.issueLines == ["lost-digits F8 head_id"])
        #expect(result.issues[0].value == "5.30802198808063E+17")
    }

    @Test func duplicatesFixtureTypesCleanly() {
        let result = readFile(Repository.fixture("duplicates/第一组.xlsx"))
        #expect(result.account.sheets == [SheetAccount(sheet: "走访登记", headerRow: 1, rows: 10, records: 10)])
        #expect(result.issueLines == [])
    }

    @Test(arguments: ["questionnaire/several-sheets.xlsx", "questionnaire/several-sheets-libreoffice.xlsx"])
    func aReturnOfSeveralSheets(fixture: String) {
        let result = readFile(Repository.fixture(fixture))
        #expect(result.account.skippedSheets == ["说明", "旧表"])
        #expect(result.account.sheets == [
            SheetAccount(sheet: "上社", headerRow: 2, rows: 6, records: 3, blankRows: 1, skippedRows: 2),
            SheetAccount(sheet: "下社", headerRow: 2, rows: 3, records: 3),
            SheetAccount(sheet: "草稿"),
        ])
        #expect(result.issues.map { "\($0.code.rawValue) \($0.location.sheet ?? "") \($0.location.cell ?? "") \($0.field ?? "")" } == [
            "total-mismatch 上社 D7 students", "lost-digits 下社 C4 head_id", "old-id-card 下社 C5 head_id", "no-header 草稿  ",
        ])
        let index = { (field: String) in builtIn.fieldIndex(field)! }
        #expect(result.records.map { $0.values[index("hamlet")] } == Array(repeating: .text("上社"), count: 3) + Array(repeating: .text("下社"), count: 3))
        #expect(result.records.map { $0.values[index("head_name")] } == ["李延苏", "张三", "王五", "赵六", "钱七", "孙八"].map { .text($0) })
        #expect(result.records.map { $0.values[index("visit_date")] } == [17, 18, 19, 20, 20, 21].map { .date(DateTime(year: 2018, month: 7, day: $0)) })
        #expect(result.records.map { $0.values[index("students")] } == [2, 3, 1, 2, 1, 0].map { .integer($0) })
        #expect(result.records.map { $0.values[index("card_given")] } == [true, false, false, true, false, false].map { .boolean($0) })
        #expect(result.records[3].values[index("head_id")] == .text("532701198001011235"))
    }

    @Test func aKoBoToolboxFormWorkbookLoads() throws {
        let schema = try Schema.load(path: Repository.fixture("questionnaire/kobo-form.xlsx"))
        #expect(schema.fields.map(\.id) == ["start", "hamlet", "head_name", "poor", "children", "location", "visit_date"])
        #expect(schema.fields[3].type == .selectOne(list: "yes_no"))
        #expect(schema.fields[3].label(in: .zh) == "是否建档立卡贫困户")
        #expect(schema.fields[4].constraint == ". >= 0 and . < 10")
        #expect(schema.fields[4].constraintMessage(in: .en) == "Between 0 and 9")
        #expect(schema.fields[5].relevant == "${poor} = 'yes'")
        #expect(schema.settings.formID == "household_visit_kobo")
        #expect(schema.warnings.map { $0.place() } == ["survey!A2 (type)", "survey!A10 (type)"])
    }

    @Test func everyProblemOfASchemaWorkbookWithSheetRowAndColumn() {
        let (_, problems) = Schema.check(path: Repository.fixture("questionnaire/schema-with-errors.xlsx"))
        #expect(problems.map { "\($0.severity.rawValue) \($0.place())" } == [
            "error survey!D3 (required)", "error survey!E3 (min)", "error survey!H3 (constraint)", "error survey!A4 (type)",
            "error survey!B5 (name)", "error survey!B6 (name)", "warning survey!A7 (type)", "error survey!E8 (min)",
            "error survey!G8 (severity)", "error survey!H8 (constraint)", "error choices!B3 (name)",
            "error settings!B2 (window_start)", "error settings!C2 (group_by)",
        ])
    }
}
