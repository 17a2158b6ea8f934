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
        let reader = ReturnReader(schema: schema, options: options)
        var validator = Validator(schema: schema)
        var report = CheckReport()
        for file in files {
            onFile(file)
            let account = reader.read(
                file: file,
                onRecord: { record in report.add(validator.check(record)) },
                onIssue: { issue in report.add(issue) })
            report.add(account)
        }
        return report
    }
}
