/// What became of one sheet's rows: rows = records + blankRows + skippedRows + rejectedRows.
public struct SheetAccount: Sendable, Hashable {
    public var sheet: String
    /// The row of the lowest heading; nil when the sheet has no header.
    public var headerRow: Int?
    /// Rows from the one below the header to the last row holding any value.
    public var rows: Int
    public var records: Int
    public var blankRows: Int
    /// Total and signature rows.
    public var skippedRows: Int
    public var rejectedRows: Int

    public init(sheet: String, headerRow: Int? = nil, rows: Int = 0, records: Int = 0, blankRows: Int = 0, skippedRows: Int = 0, rejectedRows: Int = 0) {
        self.sheet = sheet
        self.headerRow = headerRow
        self.rows = rows
        self.records = records
        self.blankRows = blankRows
        self.skippedRows = skippedRows
        self.rejectedRows = rejectedRows
    }

    public var balances: Bool { rows == records + blankRows + skippedRows + rejectedRows }
}

/// What became of one input file.
public struct FileAccount: Sendable, Hashable {
    public var file: String
    /// Sheets read as returns, in workbook order.
    public var sheets: [SheetAccount]
    /// Sheets passed over: hidden ones and those whose first rows match no heading (instructions, 说明).
    public var skippedSheets: [String]
    /// True when the file could not be read at all (an `unreadable-file` issue says why).
    public var unreadable: Bool

    public init(file: String, sheets: [SheetAccount] = [], skippedSheets: [String] = [], unreadable: Bool = false) {
        self.file = file
        self.sheets = sheets
        self.skippedSheets = skippedSheets
        self.unreadable = unreadable
    }
}
