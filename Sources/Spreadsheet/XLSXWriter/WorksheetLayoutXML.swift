/// The parts of a worksheet's XML around `<sheetData>`, in the child order Excel requires:
/// sheetPr, dimension, sheetViews, sheetFormatPr, cols, (sheetData), autoFilter, mergeCells,
/// dataValidations, printOptions, pageMargins, pageSetup.
enum WorksheetLayoutXML {
    /// Everything up to and including `<sheetData>`.
    static func head(
        _ layout: SheetLayout, usedRange: CellRange?, selected: Bool, columnWidths: [Double?]
    ) -> [UInt8] {
        var xml = XMLBuffer(capacity: 1024)
        xml.append(xmlDeclaration)
        xml.append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
        xml.append(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        if layout.printSetup?.fitToWidth == true { xml.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>") }
        xml.append("<dimension ref=\""); xml.appendRaw(usedRange?.description ?? "A1"); xml.append("\"/>")
        xml.append("<sheetViews><sheetView")
        if selected { xml.append(" tabSelected=\"1\"") }
        xml.append(" workbookViewId=\"0\"")
        appendFrozenPane(rows: layout.frozenRows, columns: layout.frozenColumns, to: &xml)
        xml.append("</sheetViews><sheetFormatPr defaultRowHeight=\"14.25\"/>")
        appendColumns(columnWidths, to: &xml)
        xml.append("<sheetData>")
        return xml.bytes
    }

    /// Everything from `</sheetData>` to the end.
    static func tail(_ layout: SheetLayout, mergedRanges: [CellRange]) -> [UInt8] {
        var xml = XMLBuffer(capacity: 1024)
        xml.append("</sheetData>")
        if let filter = layout.autoFilter {
            xml.append("<autoFilter ref=\""); xml.appendRaw(filter.description); xml.append("\"/>")
        }
        if !mergedRanges.isEmpty {
            xml.append("<mergeCells count=\""); xml.append(mergedRanges.count); xml.append("\">")
            for range in mergedRanges {
                xml.append("<mergeCell ref=\""); xml.appendRaw(range.description); xml.append("\"/>")
            }
            xml.append("</mergeCells>")
        }
        DataValidationXML.append(layout.dataValidations, to: &xml)
        xml.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        if let print = layout.printSetup {
            xml.append("<pageSetup paperSize=\"9\"")
            if print.fitToWidth { xml.append(" fitToWidth=\"1\" fitToHeight=\"0\"") }
            xml.append(print.landscape ? " orientation=\"landscape\"/>" : " orientation=\"portrait\"/>")
        }
        xml.append("</worksheet>")
        return xml.bytes
    }

    private static func appendFrozenPane(rows: Int, columns: Int, to xml: inout XMLBuffer) {
        guard rows > 0 || columns > 0 else {
            xml.append("/>")
            return
        }
        let pane: StaticString = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight"
        let topLeft = CellAddress(row: rows + 1, column: columns + 1).description
        xml.append("><pane")
        if columns > 0 { xml.append(" xSplit=\""); xml.append(columns); xml.append("\"") }
        if rows > 0 { xml.append(" ySplit=\""); xml.append(rows); xml.append("\"") }
        xml.append(" topLeftCell=\""); xml.appendRaw(topLeft); xml.append("\" activePane=\""); xml.append(pane)
        xml.append("\" state=\"frozen\"/><selection pane=\""); xml.append(pane)
        xml.append("\" activeCell=\""); xml.appendRaw(topLeft); xml.append("\" sqref=\""); xml.appendRaw(topLeft)
        xml.append("\"/></sheetView>")
    }

    /// `<cols>`, one `<col>` per run of adjacent columns with the same explicit width.
    private static func appendColumns(_ widths: [Double?], to xml: inout XMLBuffer) {
        guard widths.contains(where: { $0 != nil }) else { return }
        xml.append("<cols>")
        var start = 0
        while start < widths.count {
            var end = start
            while end + 1 < widths.count, widths[end + 1] == widths[start] { end += 1 }
            if let width = widths[start] {
                xml.append("<col min=\""); xml.append(start + 1); xml.append("\" max=\""); xml.append(end + 1)
                xml.append("\" width=\""); xml.append(width); xml.append("\" customWidth=\"1\"/>")
            }
            start = end + 1
        }
        xml.append("</cols>")
    }
}
