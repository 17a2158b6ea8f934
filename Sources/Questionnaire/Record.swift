import Spreadsheet

/// A typed value of one field.
public enum FieldValue: Sendable, Hashable {
    case text(String)
    case integer(Int)
    case decimal(Double)
    case boolean(Bool)
    case date(DateTime)
    /// The code of a `select_one` choice.
    case choice(String)
    /// The codes of a `select_multiple` answer.
    case choices([String])
    /// A name list or text list.
    case list([String])
}

/// Where a record came from.
public struct RecordSource: Sendable, Hashable {
    public var file: String
    public var sheet: String
    public var row: Int

    public init(file: String, sheet: String, row: Int) {
        self.file = file
        self.sheet = sheet
        self.row = row
    }

    public var location: SourceLocation { SourceLocation(file: file, sheet: sheet, row: row) }
}

/// One household: a typed value per schema field (by field index), with the column each came from.
public struct Record: Sendable, Hashable {
    public var source: RecordSource
    /// Typed values by field index; nil when missing or when the cell could not be typed.
    public var values: [FieldValue?]
    /// The column each field was read from, by field index; nil when the sheet has no such column.
    public var columns: [Int?]
    /// Field indexes whose cell held something that failed typing or a constraint (counted as nothing in tables).
    public var invalidFields: Set<Int>
    /// Text of the columns that matched no field, in column order.
    public var extras: [String?]
    /// The heading of each extra column (shared by every record of a sheet).
    public var extraHeadings: [String]
    /// Each field's cell exactly as read, by field index (`.empty` without a column), so that an issue
    /// found after typing (a rule, a repeat) shows the value as the person sees it in the file.
    public var cells: [CellValue]

    public init(
        source: RecordSource, values: [FieldValue?], columns: [Int?], invalidFields: Set<Int> = [], extras: [String?] = [],
        extraHeadings: [String] = [], cells: [CellValue] = []
    ) {
        self.source = source
        self.values = values
        self.columns = columns
        self.invalidFields = invalidFields
        self.extras = extras
        self.extraHeadings = extraHeadings
        self.cells = cells
    }

    /// The text of one field's cell as a person sees it (trimmed); nil when the cell is empty or unknown.
    public func cellText(ofField index: Int) -> String? {
        index < cells.count ? CellText.trimmed(cells[index]) : nil
    }

    /// The location of one field's cell.
    public func location(ofField index: Int) -> SourceLocation {
        SourceLocation(file: source.file, sheet: source.sheet, row: source.row, column: columns[index])
    }
}
