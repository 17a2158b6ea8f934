import Questionnaire
import Spreadsheet
import Tabulation
import Validation

/// One pass over the returns: every record checked, the first copy of each household tabulated.
/// `tabulate` and `run` share it; `check` needs only the report.
struct ReturnReading {
    let reader: ReturnReader
    let files: [String]
    let report: CheckReport
    let tabulator: Tabulator

    /// `onRecord` sees every record in input order with what validation found (for listings written while
    /// reading).
    init(
        schema: Schema, options: ReadOptions, files: [String], layout: TableLayout,
        onRecord: (Record, RecordCheck) -> Void = { _, _ in }
    ) {
        reader = ReturnReader(schema: schema, options: options)
        self.files = files
        var tabulator = Tabulator(layout: layout)
        report = ReturnCheck(schema: schema, options: options).run(files: files, onRecord: { record, check in
            if check.isCountedInTables { tabulator.add(record) }
            onRecord(record, check)
        })
        self.tabulator = tabulator
    }

    /// Reads the returns again, handing every record to `write` in input order (for 明细, so that records
    /// are never all held in memory); stops at the first write error and throws it.
    func replayRecords(_ write: (Record) throws(SpreadsheetError) -> Void) throws(SpreadsheetError) {
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
