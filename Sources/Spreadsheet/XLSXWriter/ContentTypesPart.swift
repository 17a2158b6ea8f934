/// [Content_Types].xml: the media type of every part in the package.
enum ContentTypesPart {
    static func xml(sheetCount: Int, hasSharedStrings: Bool) -> [UInt8] {
        let main = "application/vnd.openxmlformats-officedocument.spreadsheetml."
        var overrides = [("/xl/workbook.xml", main + "sheet.main+xml")]
        for index in 0..<sheetCount {
            overrides.append(("/xl/worksheets/sheet\(index + 1).xml", main + "worksheet+xml"))
        }
        overrides.append(("/xl/styles.xml", main + "styles+xml"))
        if hasSharedStrings { overrides.append(("/xl/sharedStrings.xml", main + "sharedStrings+xml")) }
        overrides.append(("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"))
        overrides.append(("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"))
        var xml = XMLBuffer(capacity: 2048)
        xml.append(xmlDeclaration)
        xml.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        xml.append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        xml.append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        for (part, type) in overrides {
            xml.append("<Override PartName=\""); xml.appendRaw(part)
            xml.append("\" ContentType=\""); xml.appendRaw(type); xml.append("\"/>")
        }
        xml.append("</Types>")
        return xml.bytes
    }
}
