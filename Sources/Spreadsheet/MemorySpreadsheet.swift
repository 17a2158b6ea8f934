/// A workbook held in memory: for library users who build rows themselves, and for tests of later stages.
public final class MemorySpreadsheet: SpreadsheetReader {
    public struct Sheet: Sendable {
        public var info: SheetInfo
        public var rows: [SheetRow]
        public var merged: [CellRange]

        /// Rows given top to bottom from row 1; empty rows are dropped, as a reader would.
        public init(name: String, visibility: SheetVisibility = .visible, rows: [[CellValue]], merged: [CellRange] = []) {
            self.info = SheetInfo(name: name, visibility: visibility)
            self.rows = rows.enumerated().compactMap { index, cells in
                let row = SheetRow(number: index + 1, cells: cells)
                return row.isEmpty ? nil : row
            }
            self.merged = merged
        }
    }

    public let contents: [Sheet]
    public let notes: [ReaderNote] = []

    public init(_ sheets: [Sheet]) {
        self.contents = sheets
    }

    public var sheets: [SheetInfo] { contents.map(\.info) }

    public func mergedRanges(sheet index: Int) throws(SpreadsheetError) -> [CellRange] {
        contents[index].merged
    }

    public func forEachRow(sheet index: Int, _ body: (SheetRow) throws -> Void) throws {
        for row in contents[index].rows { try body(row) }
    }
}
