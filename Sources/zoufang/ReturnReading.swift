import Questionnaire
import Spreadsheet
import Tabulation
import Validation

/// One pass over the returns: every record checked and the first copy of each household tabulated. `tabulate`
/// and `run` share it; `check` needs only the report.
struct ReturnReading {
    let report: CheckReport
    let table: Table

    /// `onRecord` sees every record in input order with what validation found (for listings written while
    /// reading); `onFile` each file as it starts. Files are read on `jobs` threads.
    init(
        schema: Schema, options: ReadOptions, files: [String], layout: TableLayout, jobs: Int, roster: Roster?,
        onFile: (String) -> Void, onRecord: (Record, RecordCheck) -> Void
    ) {
        var tabulator = Tabulator(layout: layout)
        report = ReturnCheck(schema: schema, options: options).run(
            files: files, jobs: jobs, roster: roster, onFile: onFile, onRecord: { record, check in
                if check.isCountedInTables { tabulator.add(record) }
                onRecord(record, check)
            })
        table = tabulator.table
    }

    /// One line for stderr: households tabulated, records read, errors and warnings found.
    func summary(_ language: Language) -> String {
        let records = report.totals.records
        return language == .zh
            ? "汇总了 \(report.countedRecords) 户（读取记录 \(records) 条；错误 \(report.errorCount) 个，警告 \(report.warningCount) 个，详见 zoufang check）"
            : "Tabulated \(report.countedRecords) household(s) from \(records) record(s); \(report.errorCount) error(s), \(report.warningCount) warning(s): see zoufang check"
    }
}
