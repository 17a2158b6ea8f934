/// How a sheet is laid out around its cells: column widths, frozen panes, autofilter, merged ranges,
/// print setup, visibility. Everything here is known before the rows are written.
public struct SheetLayout: Sendable, Hashable {
    /// Widths of columns A, B, C, …; columns past the list keep Excel's default width.
    public var columnWidths: [ColumnWidth]
    /// Rows at the top kept in view when scrolling (the header).
    public var frozenRows: Int
    /// Columns at the left kept in view when scrolling.
    public var frozenColumns: Int
    /// The filter buttons' range, usually the header row through the last data row.
    public var autoFilter: CellRange?
    /// Ranges merged into one cell; more can be added while writing with `SheetWriter.merge`.
    public var mergedRanges: [CellRange]
    /// Nil: Excel's defaults (portrait, the printer's paper, 100 %).
    public var printSetup: PrintSetup?
    /// A hidden sheet is still in the workbook; at least one sheet must stay visible.
    public var hidden: Bool
    /// Dropdowns and bounds on what may be typed, e.g. in the empty rows of an entry template.
    public var dataValidations: [DataValidation]

    public init(
        columnWidths: [ColumnWidth] = [], frozenRows: Int = 0, frozenColumns: Int = 0, autoFilter: CellRange? = nil,
        mergedRanges: [CellRange] = [], printSetup: PrintSetup? = nil, hidden: Bool = false,
        dataValidations: [DataValidation] = []
    ) {
        self.columnWidths = columnWidths
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
        self.autoFilter = autoFilter
        self.mergedRanges = mergedRanges
        self.printSetup = printSetup
        self.hidden = hidden
        self.dataValidations = dataValidations
    }
}

/// A column's width, in Excel's unit: the width of one digit of the default font.
public enum ColumnWidth: Sendable, Hashable {
    /// Excel's default width (8.43).
    case standard
    case fixed(Double)
    /// Wide enough for the longest value written in the column (East Asian wide characters count
    /// double, the longest line of multi-line text counts), from 4 to 80. Cells in ranges merged before
    /// their row is written do not count, so a title spread over several columns does not widen the first.
    case fitContent
}

/// Printing: always A4.
public struct PrintSetup: Sendable, Hashable {
    public var landscape: Bool
    /// Scale to one page wide (as many pages tall as needed).
    public var fitToWidth: Bool
    /// Rows printed at the top of every page, 1-based, e.g. `1...3` for a title and a two-level header.
    public var repeatedRows: ClosedRange<Int>?

    public init(landscape: Bool = true, fitToWidth: Bool = true, repeatedRows: ClosedRange<Int>? = nil) {
        self.landscape = landscape
        self.fitToWidth = fitToWidth
        self.repeatedRows = repeatedRows
    }
}
