import Testing
import Spreadsheet
import TestSupport
@testable import Questionnaire

/// Real text files through the CSV reader: the reference campaign's GB18030 return and a UTF-8 one.
@Suite struct TextFileTests {
    @Test func referenceCSVInGB18030WithTextDates() {
        let result = readFile(Repository.fixture("returns/第三组.csv"))
        #expect(result.account.sheets == [SheetAccount(sheet: "第三组", headerRow: 1, rows: 11, records: 11)])
        #expect(result.issueLines == ["type-error M2 letter_given", "missing-value H9 students"])
        #expect(result.issues[1].message.zh == "子女就读人数为空：这是必填项，请照纸质问卷补上")
    }

    @Test func duplicatesCSVTypesCleanly() {
        let result = readFile(Repository.fixture("duplicates/第二组.csv"))
        #expect(result.account.sheets == [SheetAccount(sheet: "第二组", headerRow: 1, rows: 5, records: 5)])
        #expect(result.issueLines == [])
    }

    @Test func textValuesInAUTF8CSV() {
        let result = readFile(Repository.fixture("questionnaire/text-values.csv"))
        #expect(result.account.sheets == [SheetAccount(sheet: "text-values", headerRow: 2, rows: 3, records: 3)])
        #expect(result.issueLines == ["lost-digits D3 head_id"])
        let index = { (field: String) in builtIn.fieldIndex(field)! }
        #expect(result.records.map { $0.values[index("head_name")] } == ["李明", "周平", "吴刚"].map { .text($0) })
        #expect(result.records.map { $0.values[index("students")] } == [3, 2, 2].map { .integer($0) })
        #expect(result.records.map { $0.values[index("phone")] } == ["13812345678", "08791234567", "13812345678"].map { .text($0) })
        #expect(result.records[1].values[index("head_id")] == .text("11010519491231002X"))
        #expect(result.records.map { $0.values[index("visit_date")] } == [17, 18, 19].map { .date(DateTime(year: 2018, month: 7, day: $0)) })
    }
}
