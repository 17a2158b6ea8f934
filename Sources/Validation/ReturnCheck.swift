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

    /// Checks the files in order; an unreadable file is reported and the others are still read.
    /// `onFile` is called before each file is read (for progress); `onRecord` with each record and what
    /// validation found (whether it counts in tables), for a caller that also tabulates or lists records.
    public func run(
        files: [String], onFile: (String) -> Void = { _ in }, onRecord: (Record, RecordCheck) -> Void = { _, _ in }
    ) -> CheckReport {
        run(files, onRecord: onRecord) { reader, file, onRecord, onIssue in
            onFile(file)
            return reader.read(file: file, onRecord: onRecord, onIssue: onIssue)
        }
    }

    /// The same with the files read on `jobs` threads ahead of validation (jobs 1: the sequential read above).
    /// Records, issues and the report are exactly those of the sequential read, in the same order; `onFile`
    /// and `onRecord` are called on the calling thread.
    public func run(
        files: [String], jobs: Int, onFile: (String) -> Void = { _ in },
        onRecord: (Record, RecordCheck) -> Void = { _, _ in }
    ) -> CheckReport {
        guard jobs > 1 else { return run(files: files, onFile: onFile, onRecord: onRecord) }
        let readAhead = ReadAhead(files: files, reader: ReturnReader(schema: schema, options: options), jobs: jobs)
        return run(Array(files.indices), onRecord: onRecord) { _, index, onRecord, onIssue in
            onFile(files[index])
            return readAhead.take(index, onRecord: onRecord, onIssue: onIssue)
        }
    }

    /// The same over workbooks already open (in memory, or opened by the caller), named by their file.
    public func run(
        workbooks: [(file: String, reader: any SpreadsheetReader)], onRecord: (Record, RecordCheck) -> Void = { _, _ in }
    ) -> CheckReport {
        run(workbooks, onRecord: onRecord) { reader, workbook, onRecord, onIssue in
            reader.read(file: workbook.file, reader: workbook.reader, onRecord: onRecord, onIssue: onIssue)
        }
    }

    private func run<Input>(
        _ inputs: [Input], onRecord: (Record, RecordCheck) -> Void,
        read: (ReturnReader, Input, (Record) -> Void, (Issue) -> Void) -> FileAccount
    ) -> CheckReport {
        let reader = ReturnReader(schema: schema, options: options)
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
