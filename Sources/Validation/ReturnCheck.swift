import Questionnaire
import Spreadsheet

/// Reads every return in input order and validates all their records together: what `zoufang check` runs.
public struct ReturnCheck {
    public var schema: Schema
    public var options: ReadOptions

    public init(schema: Schema, options: ReadOptions = ReadOptions()) {
        self.schema = schema
        self.options = options
    }

    /// Checks the files in order; an unreadable file is reported and the others are still read. With `jobs` > 1
    /// the files are read on that many threads ahead of validation; records, issues and the report are exactly
    /// those of the sequential read, in the same order. With a roster every record is also matched to it: the
    /// report then holds the roster's issues, `not-on-roster`, `not-visited` and the coverage.
    /// `onFile` is called before each file is read (for progress); `onRecord` with each record and what
    /// validation found (whether it counts in tables), for a caller that also tabulates or lists records. Both
    /// are called on the calling thread.
    public func run(
        files: [String], jobs: Int = 1, roster: Roster? = nil, onFile: (String) -> Void = { _ in },
        onRecord: (Record, RecordCheck) -> Void = { _, _ in }
    ) -> CheckReport {
        let reader = ReturnReader(schema: schema, options: options)
        var rosterCheck = roster.map { RosterCheck(roster: $0, schema: schema) }
        let onEachRecord: (Record, RecordCheck) -> Void = { record, check in
            rosterCheck?.add(record, check)
            onRecord(record, check)
        }
        var report: CheckReport
        if jobs > 1 {
            let readAhead = ReadAhead(files: files, reader: reader, jobs: jobs)
            report = run(Array(files.indices), reader: reader, onRecord: onEachRecord) { _, index, onRecord, onIssue in
                onFile(files[index])
                return readAhead.take(index, onRecord: onRecord, onIssue: onIssue)
            }
        } else {
            report = run(files, reader: reader, onRecord: onEachRecord) { reader, file, onRecord, onIssue in
                onFile(file)
                return reader.read(file: file, onRecord: onRecord, onIssue: onIssue)
            }
        }
        rosterCheck?.finish(into: &report)
        return report
    }

    /// The same over workbooks already open (in memory, or opened by the caller), named by their file.
    public func run(
        workbooks: [(file: String, reader: any SpreadsheetReader)], onRecord: (Record, RecordCheck) -> Void = { _, _ in }
    ) -> CheckReport {
        run(workbooks, reader: ReturnReader(schema: schema, options: options), onRecord: onRecord) { reader, workbook, onRecord, onIssue in
            reader.read(file: workbook.file, reader: workbook.reader, onRecord: onRecord, onIssue: onIssue)
        }
    }

    private func run<Input>(
        _ inputs: [Input], reader: ReturnReader, onRecord: (Record, RecordCheck) -> Void,
        read: (ReturnReader, Input, (Record) -> Void, (Issue) -> Void) -> FileAccount
    ) -> CheckReport {
        var validator = Validator(schema: schema)
        var report = CheckReport()
        // Neither closure outlives this call; the compiler cannot see that through `read`.
        withoutActuallyEscaping(onRecord) { onRecord in
            for input in inputs {
                let account = read(reader, input, { record in
                    let check = validator.check(record)
                    report.add(check)
                    onRecord(record, check)
                }, { issue in report.add(issue) })
                report.add(account)
            }
        }
        return report
    }
}
