import Spreadsheet

/// A CSV's rows, as our CSV reader reads them, in a one-sheet workbook: row N of the sheet is record N of
/// the file, so the issues' cells are the sheet's cells.
enum CSVWorkbook {
    static func write(
        _ reader: any SpreadsheetReader, of csv: String, sheet: String, to path: String, protectedPaths: [String]
    ) throws(SpreadsheetError) {
        let writer = try XLSXWriter(path: path, protectedPaths: protectedPaths)
        let output = try writer.addSheet(sheet)
        var written = 0
        do {
            try reader.forEachRow(sheet: 0) { row in
                while written < row.number - 1 {
                    try output.writeRow([])
                    written += 1
                }
                try output.writeRow(row.cells)
                written += 1
            }
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw SpreadsheetError(.undecodableText, file: csv, message: LocalizedText(
                zh: "无法读取：\(error)", en: "cannot be read: \(error)"))
        }
        try writer.close()
    }
}
