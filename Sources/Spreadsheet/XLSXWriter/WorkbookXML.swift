/// xl/workbook.xml: the sheets in order, which one is shown first, and the defined names Excel uses
/// for autofilters (`_xlnm._FilterDatabase`) and rows repeated on every printed page (`_xlnm.Print_Titles`).
enum WorkbookXML {
    static func xml(_ sheets: [FinishedSheet]) -> [UInt8] {
        var xml = XMLBuffer(capacity: 1024)
        xml.append(xmlDeclaration)
        xml.append("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
        xml.append(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        xml.append("<workbookPr/><bookViews><workbookView")
        let active = sheets.firstIndex { !$0.layout.hidden } ?? 0
        if active > 0 { xml.append(" activeTab=\""); xml.append(active); xml.append("\"") }
        xml.append("/></bookViews><sheets>")
        for (index, sheet) in sheets.enumerated() {
            xml.append("<sheet name=\""); xml.appendEscapedAttribute(sheet.name)
            xml.append("\" sheetId=\""); xml.append(index + 1)
            if sheet.layout.hidden { xml.append("\" state=\"hidden") }
            xml.append("\" r:id=\"rId"); xml.append(index + 1); xml.append("\"/>")
        }
        xml.append("</sheets>")
        let names = definedNames(sheets)
        if !names.isEmpty {
            xml.append("<definedNames>")
            for name in names {
                xml.append("<definedName name=\""); xml.append(name.name)
                xml.append("\" localSheetId=\""); xml.append(name.sheet)
                if name.hidden { xml.append("\" hidden=\"1") }
                xml.append("\">"); xml.appendEscapedText(name.formula); xml.append("</definedName>")
            }
            xml.append("</definedNames>")
        }
        xml.append("</workbook>")
        return xml.bytes
    }

    private struct DefinedName {
        var name: StaticString
        var sheet: Int
        var hidden: Bool
        var formula: String
    }

    /// In Excel's order: by name (`_FilterDatabase` before `Print_Titles`), then by sheet.
    private static func definedNames(_ sheets: [FinishedSheet]) -> [DefinedName] {
        let filters = sheets.enumerated().compactMap { index, sheet in
            sheet.layout.autoFilter.map {
                DefinedName(name: "_xlnm._FilterDatabase", sheet: index, hidden: true,
                            formula: SheetName.reference(sheet.name) + absolute($0.first) + ":" + absolute($0.last))
            }
        }
        let titles = sheets.enumerated().compactMap { index, sheet in
            sheet.layout.printSetup?.repeatedRows.map {
                DefinedName(name: "_xlnm.Print_Titles", sheet: index, hidden: false,
                            formula: SheetName.reference(sheet.name) + "$\($0.lowerBound):$\($0.upperBound)")
            }
        }
        return filters + titles
    }

    static func absolute(_ address: CellAddress) -> String {
        "$" + address.columnLetters + "$" + String(address.row)
    }
}
