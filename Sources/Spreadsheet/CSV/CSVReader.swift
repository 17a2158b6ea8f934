/// Reads a CSV/TSV/TXT file as one sheet (placeholder until the CSV reader lands).
public final class CSVReader: SpreadsheetReader {
    public let sheets: [SheetInfo] = []
    public let notes: [ReaderNote] = []

    public init(path: String, options: ReadOptions) throws(SpreadsheetError) {
        throw SpreadsheetError(.notSpreadsheet, file: path, message: LocalizedText(zh: "尚未实现", en: "not implemented yet"))
    }

    public func mergedRanges(sheet index: Int) throws(SpreadsheetError) -> [CellRange] { [] }

    public func forEachRow(sheet index: Int, _ body: (SheetRow) throws -> Void) throws {}
}
