import Questionnaire
import Spreadsheet
import Tabulation
import Validation

/// One pass over the returns: every record checked, the first copy of each household tabulated.
/// `tabulate` and `run` share it; `check` needs only the report.
struct ReturnReading {
    let schema: Schema
    let reader: ReturnReader
    let files: [String]
    let report: CheckReport
    let tabulator: Tabulator

    /// `onRecord` sees every record in input order with what validation found (for listings written while
    /// reading); `onFile` each file as it starts. Files are read on `jobs` threads.
    init(
        schema: Schema, options: ReadOptions, files: [String], layout: TableLayout, jobs: Int,
        onFile: (String) -> Void = { _ in }, onRecord: (Record, RecordCheck) -> Void = { _, _ in }
    ) {
        self.schema = schema
        reader = ReturnReader(schema: schema, options: options)
        self.files = files
        var tabulator = Tabulator(layout: layout)
        report = ReturnCheck(schema: schema, options: options).run(files: files, jobs: jobs, onFile: onFile, onRecord: { record, check in
            if check.isCountedInTables { tabulator.add(record) }
            onRecord(record, check)
        })
        self.tabulator = tabulator
    }

    /// The bureau's workbook: the summary sheets from this reading's table and issues, then 明细 from a second
    /// read of the returns (its sheet comes last, so records are never all held in memory).
    func writeSummaryWorkbook(to path: String, language: Language) throws(SpreadsheetError) {
        let workbook = try SummaryWorkbook(
            path: path, schema: schema, table: tabulator.table, issues: report.issues, language: language,
            protectedPaths: files)
        try replayRecords { record throws(SpreadsheetError) in try workbook.addRecord(record) }
        try workbook.close()
    }

    /// Reads the returns again, handing every record to `write` in input order; stops at the first write
    /// error and throws it.
    private func replayRecords(_ write: (Record) throws(SpreadsheetError) -> Void) throws(SpreadsheetError) {
        var failure: SpreadsheetError?
        for file in files where failure == nil {
            _ = reader.read(file: file, onRecord: { record in
                guard failure == nil else { return }
                do throws(SpreadsheetError) { try write(record) } catch { failure = error }
            }, onIssue: { _ in })
        }
        if let failure { throw failure }
    }

    /// One line for stderr: households tabulated, records read, errors and warnings found.
    func summary(_ language: Language) -> String {
        let records = report.totals.records
        return language == .zh
            ? "汇总了 \(report.countedRecords) 户（读取记录 \(records) 条；错误 \(report.errorCount) 个，警告 \(report.warningCount) 个，详见 zoufang check）"
            : "Tabulated \(report.countedRecords) household(s) from \(records) record(s); \(report.errorCount) error(s), \(report.warningCount) warning(s): see zoufang check"
    }
}
