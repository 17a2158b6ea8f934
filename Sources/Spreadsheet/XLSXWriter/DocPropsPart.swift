/// What File ▸ Properties shows. With no `created` date the file carries no date at all, so writing
/// the same data twice gives the same bytes.
public struct DocumentProperties: Sendable, Hashable {
    public var title: String?
    public var creator: String
    public var created: DateTime?

    public init(title: String? = nil, creator: String = "zoufang", created: DateTime? = nil) {
        self.title = title
        self.creator = creator
        self.created = created
    }
}

/// docProps/core.xml and docProps/app.xml.
enum DocPropsPart {
    static func core(_ properties: DocumentProperties) -> [UInt8] {
        var xml = XMLBuffer(capacity: 1024)
        xml.append(xmlDeclaration)
        xml.append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
        xml.append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
        xml.append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        if let title = properties.title { xml.append("<dc:title>"); xml.appendEscapedText(title); xml.append("</dc:title>") }
        xml.append("<dc:creator>"); xml.appendEscapedText(properties.creator); xml.append("</dc:creator>")
        if let created = properties.created {
            // W3CDTF needs the time part even at midnight.
            let text = created.hasTime ? created.description + "Z" : created.description + "T00:00:00Z"
            for element: StaticString in ["created", "modified"] {
                xml.append("<dcterms:"); xml.append(element); xml.append(" xsi:type=\"dcterms:W3CDTF\">")
                xml.appendRaw(text); xml.append("</dcterms:"); xml.append(element); xml.append(">")
            }
        }
        xml.append("</cp:coreProperties>")
        return xml.bytes
    }

    static func app() -> [UInt8] {
        var xml = XMLBuffer(capacity: 256)
        xml.append(xmlDeclaration)
        xml.append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"")
        xml.append(" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">")
        xml.append("<Application>zoufang</Application></Properties>")
        return xml.bytes
    }
}
