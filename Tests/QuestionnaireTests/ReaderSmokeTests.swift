import Testing
import Spreadsheet
@testable import Questionnaire

@Suite struct ReaderSmokeTests {
    @Test func readsAPlainReturn() {
        let result = read([sheet([standardHeader, household(1), household(2, "下社", "张三", students: "三")])])
        #expect(result.issueLines == [])
        #expect(result.records.count == 2)
        #expect(result.value("students", record: 1) == .integer(3))
        #expect(result.value("hamlet", record: 1) == .text("下社"))
        #expect(result.account.sheets == [SheetAccount(sheet: "Sheet1", headerRow: 1, rows: 2, records: 2)])
    }
}
