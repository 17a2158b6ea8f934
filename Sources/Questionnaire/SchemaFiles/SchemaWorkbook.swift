import Spreadsheet

extension Schema {
    /// Writes the schema as an XLSForm workbook (sheets `survey`, `choices`, `settings`) a coordinator can edit
    /// in Excel or WPS and load back with `--schema`.
    public func writeWorkbook(to path: String) throws(SpreadsheetError) {
        let writer = try XLSXWriter(path: path, properties: DocumentProperties(title: settings.formTitle))
        let heading = writer.addStyle(CellStyle(bold: true, fillColor: RGBColor(0xDDEBF7), border: .thin))
        for sheet in sheets() {
            let layout = Spreadsheet.SheetLayout(
                columnWidths: Array(repeating: .fitContent, count: sheet.headings.count), frozenRows: 1)
            let out = try writer.addSheet(sheet.name, layout: layout)
            try out.writeRow(sheet.headings.map { .text($0) }, styles: Array(repeating: heading, count: sheet.headings.count))
            for row in sheet.rows {
                try out.writeRow(row.map { $0.isEmpty ? .empty : .text($0) })
            }
        }
        try writer.close()
    }
}
