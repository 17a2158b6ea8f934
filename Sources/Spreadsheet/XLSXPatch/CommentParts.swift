/// A sheet's comments part (`xl/commentsN.xml`): written new, or an existing one with notes merged in.
/// A cell that already has a comment keeps it; the note is appended to its text, as Excel allows one
/// comment per cell.
enum CommentsPart {
    static func new(_ notes: [(CellAddress, String)], author: String) -> [UInt8] {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>"#
            + XMLText.escaped(author) + "</author></authors><commentList>"
        for (cell, text) in notes { xml += comment(cell, text, author: 0, prefix: "") }
        return Array((xml + "</commentList></comments>").utf8)
    }

    /// `existing` with an author added, notes on commented cells appended to their text and the others
    /// added as new comments. Returns the cells that got a new comment (they need a VML shape).
    static func merged(
        _ existing: [UInt8], notes: [(CellAddress, String)], author: String
    ) -> (bytes: [UInt8], added: [CellAddress]) {
        let textByCell = Dictionary(notes.map { ($0.0, $0.1) }) { first, _ in first }
        var authors = 0
        var commented: Set<CellAddress> = []
        for tag in XMLTags(existing) where tag.kind != .end {
            if tag.localName == "author" { authors += 1 }
            if tag.localName == "comment", let cell = tag.attribute("ref", in: existing).flatMap({ CellAddress($0) }) {
                commented.insert(cell)
            }
        }
        let added = notes.map(\.0).filter { !commented.contains($0) }
        var output: [UInt8] = []
        var copied = 0
        var current: CellAddress?
        func insert(_ text: String, before tag: XMLTag) {
            output += existing[copied..<tag.range.lowerBound] + Array(text.utf8)
            copied = tag.range.lowerBound
        }
        for tag in XMLTags(existing) {
            switch (tag.kind, tag.localName) {
            case (.end, "authors"):
                insert("<\(tag.prefix)author>\(XMLText.escaped(author))</\(tag.prefix)author>", before: tag)
            case (.start, "comment"):
                current = tag.attribute("ref", in: existing).flatMap { CellAddress($0) }
            case (.start, "rPh"), (.empty, "rPh"), (.end, "text"):
                if let cell = current, let text = textByCell[cell] {
                    insert("<\(tag.prefix)r><\(tag.prefix)t xml:space=\"preserve\">\n\n\(XMLText.escapedText(author)):\n"
                           + "\(XMLText.escapedText(text))</\(tag.prefix)t></\(tag.prefix)r>", before: tag)
                    current = nil
                }
            case (.end, "commentList"):
                insert(added.map { comment($0, textByCell[$0]!, author: authors, prefix: tag.prefix) }.joined(), before: tag)
            case (.empty, "commentList"):
                output += existing[copied..<tag.range.lowerBound]
                copied = tag.range.upperBound
                output += Array(("<\(tag.prefix)commentList>"
                    + added.map { comment($0, textByCell[$0]!, author: authors, prefix: tag.prefix) }.joined()
                    + "</\(tag.prefix)commentList>").utf8)
            default:
                break
            }
        }
        output += existing[copied...]
        return (output, added)
    }

    private static func comment(_ cell: CellAddress, _ text: String, author: Int, prefix: String) -> String {
        "<\(prefix)comment ref=\"\(cell)\" authorId=\"\(author)\"><\(prefix)text><\(prefix)t xml:space=\"preserve\">"
            + XMLText.escapedText(text) + "</\(prefix)t></\(prefix)text></\(prefix)comment>"
    }
}

/// The legacy VML drawing Excel needs to show a sheet's comments: one hidden note shape per comment,
/// as Excel, openpyxl and XlsxWriter write it.
enum CommentShapes {
    /// The three VML namespaces, with the prefixes Excel uses.
    private static let namespaces = [
        (prefix: "v", uri: "urn:schemas-microsoft-com:vml"), (prefix: "o", uri: "urn:schemas-microsoft-com:office:office"),
        (prefix: "x", uri: "urn:schemas-microsoft-com:office:excel"),
    ]

    /// Element prefixes for the VML (`v`), Office (`o`) and Excel (`x`) namespaces.
    private struct Prefixes {
        var v = "v", o = "o", x = "x"
    }

    /// A new drawing; `block` is its `o:idmap` number, unique in the workbook (shape ids are 1024 × block + n).
    static func new(_ cells: [CellAddress], block: Int) -> [UInt8] {
        let declarations = namespaces.map { " xmlns:\($0.prefix)=\"\($0.uri)\"" }.joined()
        let xml = "<xml\(declarations)>\n"
            + #"<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="\#(block)"/></o:shapelayout>"# + "\n"
            + shapeType(Prefixes()) + cells.enumerated().map { shape($1, id: block * 1024 + 1 + $0, Prefixes()) }.joined()
            + "</xml>"
        return Array(xml.utf8)
    }

    /// `existing` with shapes for `cells` added before its end, numbered after its highest shape id, written
    /// with the prefixes the drawing binds (openpyxl writes `ns0:`, `ns1:`); a namespace it lacks is declared
    /// on its root. Excel's VML is not always well-formed XML, so only the root tag is parsed.
    static func merged(_ existing: [UInt8], cells: [CellAddress]) -> [UInt8] {
        guard let end = XMLText.findLast("</xml>", in: existing),
              let root = XMLTags(existing).first(where: { $0.kind == .start && $0.localName == "xml" }) else { return existing }
        let declared = root.attributes(in: existing).filter { $0.name.hasPrefix("xmlns:") }
        var prefixes = Prefixes()
        var missing = ""
        for (index, namespace) in namespaces.enumerated() {
            let bound = declared.first { $0.value == namespace.uri }.map { String($0.name.dropFirst(6)) }
            var prefix = bound ?? namespace.prefix
            if bound == nil {
                while declared.contains(where: { $0.name == "xmlns:" + prefix }) { prefix += "z" }
                missing += " xmlns:\(prefix)=\"\(namespace.uri)\""
            }
            switch index {
            case 0: prefixes.v = prefix
            case 1: prefixes.o = prefix
            default: prefixes.x = prefix
            }
        }
        let text = String(decoding: existing, as: UTF8.self)
        let highest = text.components(separatedBy: "_x0000_s").dropFirst()
            .compactMap { Int($0.prefix { $0.isNumber }) }.max() ?? 1024
        let type = text.contains("\"_x0000_t202\"") ? "" : shapeType(prefixes)
        let shapes = cells.enumerated().map { shape($1, id: highest + 1 + $0, prefixes) }.joined()
        let rootEnd = root.range.upperBound - 1
        return Array(existing[..<rootEnd]) + Array(missing.utf8) + Array(existing[rootEnd..<end])
            + Array((type + shapes).utf8) + Array(existing[end...])
    }

    /// The `o:idmap` blocks a drawing already uses.
    static func blocks(in vml: [UInt8]) -> [Int] {
        XMLTags(vml).filter { $0.localName == "idmap" && $0.kind != .end }.flatMap { tag in
            (tag.attribute("data", in: vml) ?? "").split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }
    }

    private static func shapeType(_ p: Prefixes) -> String {
        #"<\#(p.v):shapetype id="_x0000_t202" coordsize="21600,21600" \#(p.o):spt="202" path="m,l,21600r21600,l21600,xe">"#
            + #"<\#(p.v):stroke joinstyle="miter"/><\#(p.v):path gradientshapeok="t" \#(p.o):connecttype="rect"/></\#(p.v):shapetype>"#
            + "\n"
    }

    /// A hidden note beside its cell, anchored as Excel places a new comment (one column right, one row up).
    private static func shape(_ cell: CellAddress, id: Int, _ p: Prefixes) -> String {
        let (row, column) = (cell.row - 1, cell.column - 1)
        let top = max(row - 1, 0)
        let (v, o, x) = (p.v, p.o, p.x)
        return ##"<\##(v):shape id="_x0000_s\##(id)" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:72pt;z-index:\##(id % 1024);visibility:hidden" fillcolor="#ffffe1" \##(o):insetmode="auto">"##
            + ##"<\##(v):fill color2="#ffffe1"/><\##(v):shadow on="t" color="black" obscured="t"/><\##(v):path \##(o):connecttype="none"/>"##
            + #"<\#(v):textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></\#(v):textbox>"#
            + #"<\#(x):ClientData ObjectType="Note"><\#(x):MoveWithCells/><\#(x):SizeWithCells/>"#
            + "<\(x):Anchor>\(column + 1), 15, \(top), 10, \(column + 4), 15, \(top + 5), 4</\(x):Anchor>"
            + "<\(x):AutoFill>False</\(x):AutoFill><\(x):Row>\(row)</\(x):Row><\(x):Column>\(column)</\(x):Column></\(x):ClientData>"
            + "</\(v):shape>\n"
    }
}
