/// One row of a sheet, handed out one at a time by a reader.
/// `cells` is dense from column A to the row's last non-empty cell.
public struct SheetRow: Sendable, Hashable {
    /// The 1-based row number a person sees in Excel (for CSV: the record number, a multi-line record counting once).
    public var number: Int
    public var cells: [CellValue]

    public init(number: Int, cells: [CellValue]) {
        self.number = number
        self.cells = cells
    }

    public subscript(column: Int) -> CellValue {
        column >= 1 && column <= cells.count ? cells[column - 1] : .empty
    }

    public var isEmpty: Bool { cells.allSatisfy(\.isEmpty) }
}

public enum SheetVisibility: String, Sendable {
    case visible, hidden, veryHidden
}

public struct SheetInfo: Sendable, Hashable {
    public var name: String
    public var visibility: SheetVisibility

    public init(name: String, visibility: SheetVisibility = .visible) {
        self.name = name
        self.visibility = visibility
    }
}

/// Something the reader noticed that is not fatal, with its place (a stray quote in a CSV field,
/// a WPS in-cell picture read as empty).
public struct ReaderNote: Sendable, Hashable {
    public var code: String
    public var sheet: String
    public var address: CellAddress?
    public var message: LocalizedText

    public init(code: String, sheet: String, address: CellAddress?, message: LocalizedText) {
        self.code = code
        self.sheet = sheet
        self.address = address
        self.message = message
    }
}

/// A workbook or text file opened for reading. Rows stream one at a time; memory does not grow with rows.
public protocol SpreadsheetReader: AnyObject {
    /// Every sheet in workbook order, hidden ones included.
    var sheets: [SheetInfo] { get }

    /// The merged ranges of a sheet, available before its rows are read.
    func mergedRanges(sheet index: Int) throws(SpreadsheetError) -> [CellRange]

    /// Calls `body` with each row holding at least one value, in order.
    func forEachRow(sheet index: Int, _ body: (SheetRow) throws -> Void) throws

    /// Notes gathered so far by the reads.
    var notes: [ReaderNote] { get }
}
