/// The relationship parts: _rels/.rels (package → workbook, properties) and
/// xl/_rels/workbook.xml.rels (workbook → sheets, styles, shared strings).
enum RelationshipsPart {
    static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    static func package() -> [UInt8] {
        xml([
            (officeDocument + "officeDocument", "xl/workbook.xml"),
            ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            (officeDocument + "extended-properties", "docProps/app.xml"),
        ])
    }

    /// Sheets are rId1…rIdN, in workbook order, as workbook.xml refers to them.
    static func workbook(sheetCount: Int, hasSharedStrings: Bool) -> [UInt8] {
        var targets = (0..<sheetCount).map { (officeDocument + "worksheet", "worksheets/sheet\($0 + 1).xml") }
        targets.append((officeDocument + "styles", "styles.xml"))
        if hasSharedStrings { targets.append((officeDocument + "sharedStrings", "sharedStrings.xml")) }
        return xml(targets)
    }

    private static func xml(_ targets: [(type: String, target: String)]) -> [UInt8] {
        var xml = XMLBuffer(capacity: 1024)
        xml.append(xmlDeclaration)
        xml.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        for (index, relationship) in targets.enumerated() {
            xml.append("<Relationship Id=\"rId"); xml.append(index + 1)
            xml.append("\" Type=\""); xml.appendRaw(relationship.type)
            xml.append("\" Target=\""); xml.appendRaw(relationship.target); xml.append("\"/>")
        }
        xml.append("</Relationships>")
        return xml.bytes
    }
}
