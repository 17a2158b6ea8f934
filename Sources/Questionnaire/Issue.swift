import Spreadsheet

public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case error, warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
}

/// The catalogue of problems zoufang reports (spec/outputs.md "Issue codes"). Codes are stable.
public enum IssueCode: String, Sendable, Hashable, Codable, CaseIterable {
    case unreadableFile = "unreadable-file"
    case noHeader = "no-header"
    case missingColumn = "missing-column"
    case duplicateHeader = "duplicate-header"
    case unknownHeader = "unknown-header"
    case missingValue = "missing-value"
    case typeError = "type-error"
    case constraintError = "constraint-error"
    case lostDigits = "lost-digits"
    case ruleError = "rule-error"
    case ruleWarning = "rule-warning"
    case dateOutsideWindow = "date-outside-window"
    case duplicateRow = "duplicate-row"
    case duplicateKey = "duplicate-key"
    case conflict = "conflict"
    case oldIDCard = "old-id-card"
    case totalMismatch = "total-mismatch"
    case nearDuplicate = "near-duplicate"
    /// Extension: a quote inside an unquoted CSV field, kept as text (reader note).
    case strayQuote = "stray-quote"
    /// Extension: a WPS in-cell picture (`=_xlfn.DISPIMG(...)`), read as empty (reader note).
    case cellImage = "cell-image"
    /// Extension (`--roster`): a roster pupil whose household no return covers; at the roster's row.
    case notVisited = "not-visited"
    /// Extension (`--roster`): a return that matches no pupil of the roster; at the return's row.
    case notOnRoster = "not-on-roster"

    public var severity: Severity {
        switch self {
        case .duplicateHeader, .unknownHeader, .ruleWarning, .dateOutsideWindow, .duplicateRow,
             .oldIDCard, .totalMismatch, .nearDuplicate, .strayQuote, .cellImage:
            return .warning
        case .notVisited, .notOnRoster:
            return .warning
        default:
            return .error
        }
    }
}

/// Where a person finds the thing an issue is about. File-level issues leave row and column nil.
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var file: String
    public var sheet: String?
    public var row: Int?
    public var column: Int?

    public init(file: String, sheet: String? = nil, row: Int? = nil, column: Int? = nil) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    /// `C14` when both row and column are known.
    public var cell: String? {
        guard let row, let column else { return nil }
        return CellAddress(row: row, column: column).description
    }

    public var columnLetters: String? { column.map(CellAddress.columnLetters) }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.sheet ?? "", lhs.row ?? 0, lhs.column ?? 0)
            < (rhs.file, rhs.sheet ?? "", rhs.row ?? 0, rhs.column ?? 0)
    }
}

/// One problem, with its place, the field and value concerned, and a message in both languages.
public struct Issue: Sendable, Hashable {
    public var code: IssueCode
    public var severity: Severity
    public var location: SourceLocation
    public var field: String?
    public var value: String?
    /// Every field a rule or conflict concerns.
    public var fields: [String]?
    /// The earlier place of a duplicate or conflict.
    public var other: SourceLocation?
    public var message: LocalizedText

    public init(
        _ code: IssueCode, at location: SourceLocation, field: String? = nil, value: String? = nil,
        fields: [String]? = nil, other: SourceLocation? = nil, severity: Severity? = nil, message: LocalizedText
    ) {
        self.code = code
        self.severity = severity ?? code.severity
        self.location = location
        self.field = field
        self.value = value
        self.fields = fields
        self.other = other
        self.message = message
    }
}
