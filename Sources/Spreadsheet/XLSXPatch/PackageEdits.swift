/// Small additive edits of a package's bookkeeping parts: new elements go just before a closing tag,
/// so everything already there stays as written.
enum PackageEdits {
    static let worksheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    static let stylesType = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
    static let commentsType = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
    static let vmlType = "application/vnd.openxmlformats-officedocument.vmlDrawing"
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// `xml` with `insertion` placed before the last closing tag named `localName` (any prefix), the
    /// prefix handed to `insertion`. An empty element (`<Types/>`) is opened up first.
    static func insert(_ xml: [UInt8], before localName: String, _ insertion: (String) -> String) -> [UInt8] {
        var last: XMLTag?
        for tag in XMLTags(xml) where tag.localName == localName && (tag.kind == .end || tag.kind == .empty) { last = tag }
        guard let tag = last else { return xml }
        if tag.kind == .empty {
            let opened = XMLTag(range: tag.range, kind: .start, localName: tag.localName, prefix: tag.prefix)
            return Array(xml[..<tag.range.lowerBound]) + opened.settingAttribute("", to: nil, in: xml)
                + Array((insertion(tag.prefix) + "</\(tag.prefix)\(localName)>").utf8) + Array(xml[tag.range.upperBound...])
        }
        return Array(xml[..<tag.range.lowerBound]) + Array(insertion(tag.prefix).utf8) + Array(xml[tag.range.lowerBound...])
    }

    /// [Content_Types].xml with overrides for new parts and a default for `.vml` when missing.
    static func contentTypes(_ xml: [UInt8], overrides: [(part: String, type: String)], needsVML: Bool) -> [UInt8] {
        let hasVML = XMLTags(xml).contains { tag in
            tag.localName == "Default" && tag.attribute("Extension", in: xml)?.lowercased() == "vml"
        }
        return insert(xml, before: "Types") { prefix in
            (needsVML && !hasVML ? "<\(prefix)Default Extension=\"vml\" ContentType=\"\(vmlType)\"/>" : "")
                + overrides.map { "<\(prefix)Override PartName=\"/\(XMLText.escaped($0.part))\" ContentType=\"\($0.type)\"/>" }.joined()
        }
    }

    /// A relationships part (or a new one when `xml` is nil) with relationships added; returns the part
    /// and the id given to each, numbered after the highest `rIdN` already there.
    static func relationships(_ xml: [UInt8]?, adding targets: [(kind: String, target: String)]) -> (xml: [UInt8], ids: [String]) {
        let base = xml ?? Array((#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>"#).utf8)
        let used = XMLTags(base).compactMap { $0.localName == "Relationship" ? $0.attribute("Id", in: base) : nil }
        let highest = used.compactMap { $0.hasPrefix("rId") ? Int($0.dropFirst(3)) : nil }.max() ?? 0
        let ids = targets.indices.map { "rId\(highest + 1 + $0)" }
        let patched = insert(base, before: "Relationships") { prefix in
            zip(ids, targets).map { id, item in
                "<\(prefix)Relationship Id=\"\(id)\" Type=\"\(relationshipType)\(item.kind)\" Target=\"/\(XMLText.escaped(item.target))\"/>"
            }.joined()
        }
        return (patched, ids)
    }

    /// xl/workbook.xml with a sheet appended to `<sheets>`, its id one past the highest.
    static func workbook(_ xml: [UInt8], addingSheet name: String, relationshipID: String) -> [UInt8] {
        let sheets = XMLTags(xml).filter { $0.localName == "sheet" && $0.kind != .end }
        let sheetID = (sheets.compactMap { $0.attribute("sheetId", in: xml).flatMap { Int($0) } }.max() ?? 0) + 1
        // The relationship id attribute keeps the prefix the workbook already binds to the namespace.
        let idAttribute = sheets.last?.attribute(endingWith: "id", in: xml)?.name
        let reference = idAttribute.map { "\($0)=\"\(relationshipID)\"" }
            ?? "xmlns:r=\"\(relationshipsNamespace)\" r:id=\"\(relationshipID)\""
        return insert(xml, before: "sheets") { prefix in
            "<\(prefix)sheet name=\"\(XMLText.escaped(name))\" sheetId=\"\(sheetID)\" \(reference)/>"
        }
    }

    /// docProps/app.xml with the new sheet's title added after the last worksheet title and the
    /// worksheet count raised; unchanged when its heading pairs are not the usual ones.
    static func appProperties(_ xml: [UInt8], addingSheet name: String) -> [UInt8] {
        let text = String(decoding: xml, as: UTF8.self)
        guard let pairs = text.range(of: "<HeadingPairs>"), let titles = text.range(of: "<TitlesOfParts>"),
              let pairsEnd = text.range(of: "</HeadingPairs>"), let titlesEnd = text.range(of: "</TitlesOfParts>")
        else { return xml }
        let pairText = String(text[pairs.upperBound..<pairsEnd.lowerBound])
        let values = pairText.components(separatedBy: "<vt:variant>").dropFirst().map { variant in
            variant.components(separatedBy: ">").dropFirst().first?.components(separatedBy: "<").first ?? ""
        }
        guard values.count >= 2, values.count % 2 == 0 else { return xml }
        var offset = 0
        var worksheets: (index: Int, before: Int, count: Int)?
        for pair in stride(from: 0, to: values.count, by: 2) {
            guard let count = Int(values[pair + 1]) else { return xml }
            if ["Worksheets", "工作表"].contains(values[pair]) { worksheets = (pair + 1, offset, count) }
            offset += count
        }
        guard let sheets = worksheets else { return xml }
        var items = String(text[titles.upperBound..<titlesEnd.lowerBound]).components(separatedBy: "<vt:lpstr>")
        let lastSheet = sheets.before + sheets.count
        guard items.count - 1 == offset, sheets.count > 0, let close = items[lastSheet].range(of: "</vt:lpstr>") else { return xml }
        items[lastSheet].replaceSubrange(close, with: "</vt:lpstr><vt:lpstr>\(XMLText.escaped(name))</vt:lpstr>")
        let titleText = items.joined(separator: "<vt:lpstr>")
            .replacingOccurrences(of: "size=\"\(offset)\"", with: "size=\"\(offset + 1)\"")
        var variants = pairText.components(separatedBy: "<vt:i4>")
        let target = sheets.index / 2 + 1
        let oldCount = "\(sheets.count)</vt:i4>"
        guard target < variants.count, variants[target].hasPrefix(oldCount) else { return xml }
        variants[target] = "\(sheets.count + 1)</vt:i4>" + variants[target].dropFirst(oldCount.count)
        return Array((String(text[..<pairs.upperBound]) + variants.joined(separator: "<vt:i4>")
            + String(text[pairsEnd.lowerBound..<titles.upperBound]) + titleText + String(text[titlesEnd.lowerBound...])).utf8)
    }
}
