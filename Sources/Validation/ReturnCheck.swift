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
    /// `onFile` is called before each file is read (for progress).
    public func run(files: [String], onFile: (String) -> Void = { _ in }) -> CheckReport {
        run(files) { reader, file, onRecord, onIssue in
            onFile(file)
            return reader.read(file: file, onRecord: onRecord, onIssue: onIssue)
        }
    }

    /// The same over workbooks already open (in memory, or opened by the caller), named by their file.
    public func run(workbooks: [(file: String, reader: any SpreadsheetReader)]) -> CheckReport {
        run(workbooks) { reader, workbook, onRecord, onIssue in
            reader.read(file: workbook.file, reader: workbook.reader, onRecord: onRecord, onIssue: onIssue)
        }
    }

    private func run<Input>(
        _ inputs: [Input],
        read: (ReturnReader, Input, (Record) -> Void, (Issue) -> Void) -> FileAccount
    ) -> CheckReport {
        let reader = ReturnReader(schema: schema, options: options)
        var validator = Validator(schema: schema)
        var report = CheckReport()
        for input in inputs {
            let account = read(reader, input, { record in report.add(validator.check(record)) }, { issue in report.add(issue) })
            report.add(account)
        }
        return report
    }
}
