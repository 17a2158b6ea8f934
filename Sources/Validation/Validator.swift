import Questionnaire

/// What validation found for one record.
public struct RecordCheck: Sendable, Hashable {
    public var issues: [Issue]
    /// False for a later copy of a household already seen (a repeated row, a repeated key or a conflict):
    /// tables count the first copy in input order only.
    public var isCountedInTables: Bool
}

/// Checks records of every input in input order: the schema's constraint and relevant rules, the campaign
/// window, repeated rows, repeated households, conflicts and near-duplicates across all inputs at once.
/// Required-field gaps and cell typing are the questionnaire stage's (ReturnReader reports them).
public struct Validator {
    private let rules: RuleChecker
    private var duplicates: DuplicateDetector

    public init(schema: Schema) {
        rules = RuleChecker(schema: schema)
        duplicates = DuplicateDetector(schema: schema)
    }

    /// Checks the next record; records must come in input order, every file's after the one before.
    public mutating func check(_ record: Record) -> RecordCheck {
        var issues: [Issue] = []
        rules.check(record, into: &issues)
        let counted = duplicates.check(record, into: &issues)
        return RecordCheck(issues: issues, isCountedInTables: counted)
    }

    /// Bytes of canonical values kept for first copies (the largest part of what validation holds).
    public var storedValueBytes: Int { duplicates.storedValueBytes }
}
