/// Reads an .xlsx/.xlsm workbook (placeholder until the XLSX reader lands).
public final class XLSXReader: SpreadsheetReader {
    public let sheets: [SheetInfo] = []
    public let notes: [ReaderNote] = []

    public init(path: String) throws(SpreadsheetError) {
        throw SpreadsheetError(.notSpreadsheet, file: path, message: LocalizedText(zh: "尚未实现", en: "not implemented yet"))
    }

    public func mergedRanges(sheet index: Int) throws(SpreadsheetError) -> [CellRange] { [] }

    public func forEachRow(sheet index: Int, _ body: (SheetRow) throws -> Void) throws {}
}
