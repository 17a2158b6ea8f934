import Questionnaire
import Testing
import TestSupport
import Validation

/// Nothing lost on any file the project keeps as a fixture: every sheet's rows are records, blank,
/// skipped or rejected, whatever the file (returns, reader edge cases, hostile files, schemas).
@Suite struct FixtureAccountingTests {
    /// Every fixture but the 500 × 5,000-cell amplification workbook: finding a header in it takes minutes
    /// in a debug build (the header search, not validation); the XLSX reader's tests cover it.
    static let files = ReturnFiles.expand([Repository.fixture("")]).filter { !$0.hasSuffix("hostile-amplification.xlsx") }

    @Test func fixturesAreFound() {
        #expect(Self.files.contains(Repository.fixture("returns/第一组.xlsx")))
        #expect(Self.files.contains(Repository.fixture("duplicates/第二组.csv")))
    }

    @Test func everyFixtureBalancesPerSheetPerFileAndInTotal() throws {
        let report = ReturnCheck(schema: try Schema.builtIn()).run(files: Self.files)
        #expect(report.inputs.count == Self.files.count)
        var sum = CheckReport.Totals()
        for input in report.inputs {
            for sheet in input.sheets {
                #expect(sheet.balances, "\(input.file) \(sheet.sheet): \(sheet)")
            }
            let totals = CheckReport.totals(of: input)
            #expect(totals.balances, "\(input.file)")
            sum.rows += totals.rows
            sum.records += totals.records
            sum.blankRows += totals.blankRows
            sum.skippedRows += totals.skippedRows
            sum.rejectedRows += totals.rejectedRows
        }
        #expect(report.totals == sum)
        #expect(report.totals.balances)
        #expect(report.totals.records > 0)
    }
}
