import Questionnaire
import Spreadsheet
import Tabulation
import Validation

/// One pass over the returns: every record checked, the first copy of each household tabulated and, when a
/// summary workbook is given, every record streamed into its 明细 sheet. `tabulate` and `run` share it;
/// `check` needs only the report.
struct ReturnReading {
    let schema: Schema
    let files: [String]
    let report: CheckReport
    let tabulator: Tabulator
    let roster: Roster?
    private let workbook: SummaryWorkbook?
    /// The first error writing 明细; the records after it are not written.
    private let workbookFailure: SpreadsheetError?

    /// `onRecord` sees every record in input order with what validation found (for listings written while
    /// reading); `onFile` each file as it starts. Files are read on `jobs` threads.
    init(
        schema: Schema, options: ReadOptions, files: [String], layout: TableLayout, jobs: Int, roster: Roster? = nil,
        workbook: SummaryWorkbook? = nil, onFile: (String) -> Void = { _ in },
        onRecord: (Record, RecordCheck) -> Void = { _, _ in }
    ) {
        self.schema = schema
        self.files = files
        self.roster = roster
        self.workbook = workbook
        var tabulator = Tabulator(layout: layout)
        var failure: SpreadsheetError?
        report = ReturnCheck(schema: schema, options: options).run(
            files: files, jobs: jobs, roster: roster, onFile: onFile, onRecord: { record, check in
                if check.isCountedInTables { tabulator.add(record) }
                if let workbook, failure == nil {
                    do throws(SpreadsheetError) { try workbook.addRecord(record) } catch { failure = error }
                }
                onRecord(record, check)
            })
        self.tabulator = tabulator
        workbookFailure = failure
    }

    /// Finishes the bureau's workbook the records were streamed into: the summary sheets from this reading's
    /// table and issues go before 明细 (spec/outputs.md "Tables").
    func closeWorkbook() throws(SpreadsheetError) {
        if let workbookFailure { throw workbookFailure }
        try workbook?.close(table: tabulator.table, issues: report.issues, coverage: report.coverage)
    }

    /// One line for stderr: households tabulated, records read, errors and warnings found.
    func summary(_ language: Language) -> String {
        let records = report.totals.records
        return language == .zh
            ? "汇总了 \(report.countedRecords) 户（读取记录 \(records) 条；错误 \(report.errorCount) 个，警告 \(report.warningCount) 个，详见 zoufang check）"
            : "Tabulated \(report.countedRecords) household(s) from \(records) record(s); \(report.errorCount) error(s), \(report.warningCount) warning(s): see zoufang check"
    }
}
