/// A note to put on one cell of a workbook: the cell is filled by level and gets a comment holding `text`.
public struct CellNote: Sendable, Hashable {
    public var sheet: String
    public var address: CellAddress
    public var level: NoteLevel
    public var text: String

    public init(sheet: String, address: CellAddress, level: NoteLevel, text: String) {
        self.sheet = sheet
        self.address = address
        self.level = level
        self.text = text
    }
}

/// A sheet added to an annotated workbook listing the notes: rows of values, some cells linking to a
/// place in the workbook (an internal hyperlink, which needs no relationship).
public struct NoteListing: Sendable {
    public struct Link: Sendable, Hashable {
        /// The linking cell in the listing.
        public var cell: CellAddress
        public var sheet: String
        public var target: CellAddress

        public init(cell: CellAddress, sheet: String, target: CellAddress) {
            self.cell = cell
            self.sheet = sheet
            self.target = target
        }
    }

    public var name: String
    public var rows: [[CellValue]]
    public var links: [Link]
    public var columnWidths: [Double]

    public init(name: String, rows: [[CellValue]], links: [Link], columnWidths: [Double] = []) {
        self.name = name
        self.rows = rows
        self.links = links
        self.columnWidths = columnWidths
    }

    /// The worksheet part: inline strings (the shared strings stay untouched), the heading row frozen.
    func worksheetXML() -> [UInt8] {
        var xml = XMLBuffer(capacity: 4096)
        xml.append(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#)
        xml.append("\n")
        xml.append(#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#)
        xml.append(#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#)
        xml.append(#"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#)
        if !columnWidths.isEmpty {
            xml.append("<cols>")
            for (index, width) in columnWidths.enumerated() {
                xml.appendRaw("<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>")
            }
            xml.append("</cols>")
        }
        xml.append("<sheetData>")
        for (rowIndex, row) in rows.enumerated() {
            xml.appendRaw("<row r=\"\(rowIndex + 1)\">")
            for (columnIndex, value) in row.enumerated() {
                let reference = CellAddress(row: rowIndex + 1, column: columnIndex + 1).description
                switch value {
                case .empty:
                    continue
                case .number(let number):
                    xml.appendRaw("<c r=\"\(reference)\"><v>")
                    xml.append(number)
                    xml.append("</v></c>")
                case .text, .bool, .date, .error:
                    xml.appendRaw("<c r=\"\(reference)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                    xml.appendEscapedText(CSVFieldText.displayed(value))
                    xml.append("</t></is></c>")
                }
            }
            xml.append("</row>")
        }
        xml.append("</sheetData>")
        if !links.isEmpty {
            xml.append("<hyperlinks>")
            for link in links {
                xml.appendRaw("<hyperlink ref=\"\(link.cell)\" location=\"")
                xml.appendEscapedAttribute(SheetName.reference(link.sheet) + link.target.description)
                xml.append("\" display=\"")
                xml.appendEscapedAttribute(link.sheet + "!" + link.target.description)
                xml.append("\"/>")
            }
            xml.append("</hyperlinks>")
        }
        xml.append(#"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>"#)
        return xml.bytes
    }
}
