/// The workbook's styles (xl/styles.xml): fonts, fills, borders and number formats, each stored once,
/// and the cell formats (`cellXfs`) that combine them; a `StyleID` is an index into `cellXfs`.
final class StyleTable {
    // Read for every date and measured cell, never re-entrantly: no dynamic exclusivity checks (see SheetWriter).
    @exclusivity(unchecked) private(set) var styles: [CellStyle] = [CellStyle()]
    private var ids: [CellStyle: StyleID] = [CellStyle(): .default]
    /// The date variant of each style, for date cells whose style has no number format.
    @exclusivity(unchecked) private var dateStyles: [DateStyleKey: StyleID] = [:]

    static let defaultFontName = "等线"
    static let dateFormat = "yyyy-mm-dd"
    static let dateTimeFormat = "yyyy-mm-dd hh:mm:ss"

    private struct DateStyleKey: Hashable {
        var style: StyleID
        var hasTime: Bool
    }

    func add(_ style: CellStyle) -> StyleID {
        if let id = ids[style] { return id }
        let id = StyleID(index: styles.count)
        styles.append(style)
        ids[style] = id
        return id
    }

    func style(_ id: StyleID) -> CellStyle {
        styles[id.index]
    }

    /// The style to show a date with: `id` itself when it has a number format, else its date variant.
    func dateStyle(_ id: StyleID, hasTime: Bool) -> StyleID {
        if styles[id.index].numberFormat != nil { return id }
        let key = DateStyleKey(style: id, hasTime: hasTime)
        if let known = dateStyles[key] { return known }
        var style = styles[id.index]
        style.numberFormat = hasTime ? Self.dateTimeFormat : Self.dateFormat
        let dated = add(style)
        dateStyles[key] = dated
        return dated
    }

    /// xl/styles.xml.
    func xml() -> [UInt8] {
        var numberFormats = IndexedSet<String>(firstIndex: 164)
        var fonts = IndexedSet<FontKey>()
        var fills = IndexedSet<RGBColor?>(firstIndex: 2)  // 0 and 1 are the two fills Excel requires
        var borders = IndexedSet<CellStyle.Border>()
        _ = fonts.index(of: FontKey(CellStyle()))
        _ = borders.index(of: .none)
        let formats = styles.map { style in
            CellFormat(
                numberFormat: style.numberFormat.map { Self.builtInNumberFormats[$0] ?? numberFormats.index(of: $0) } ?? 0,
                font: fonts.index(of: FontKey(style)),
                fill: style.fillColor == nil ? 0 : fills.index(of: style.fillColor),
                border: borders.index(of: style.border),
                style: style)
        }
        var xml = XMLBuffer(capacity: 4096)
        xml.append(xmlDeclaration)
        xml.append("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        if !numberFormats.items.isEmpty {
            xml.append("<numFmts count=\""); xml.append(numberFormats.items.count); xml.append("\">")
            for (offset, code) in numberFormats.items.enumerated() {
                xml.append("<numFmt numFmtId=\""); xml.append(164 + offset)
                xml.append("\" formatCode=\""); xml.appendEscapedAttribute(code); xml.append("\"/>")
            }
            xml.append("</numFmts>")
        }
        xml.append("<fonts count=\""); xml.append(fonts.items.count); xml.append("\">")
        fonts.items.forEach { $0.write(to: &xml) }
        xml.append("</fonts><fills count=\""); xml.append(2 + fills.items.count)
        xml.append("\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>")
        for case let color? in fills.items {
            xml.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\""); xml.append(color)
            xml.append("\"/><bgColor indexed=\"64\"/></patternFill></fill>")
        }
        xml.append("</fills><borders count=\""); xml.append(borders.items.count); xml.append("\">")
        borders.items.forEach { Self.write($0, to: &xml) }
        xml.append("</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
        xml.append("<cellXfs count=\""); xml.append(formats.count); xml.append("\">")
        formats.forEach { $0.write(to: &xml) }
        xml.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
        xml.append("<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>")
        return xml.bytes
    }

    /// Formats Excel knows by number; anything else gets an ID from 164 up.
    private static let builtInNumberFormats: [String: Int] = [
        "General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "0.00E+00": 11, "@": 49,
    ]

    private static func write(_ border: CellStyle.Border, to xml: inout XMLBuffer) {
        guard border != .none else {
            xml.append("<border><left/><right/><top/><bottom/><diagonal/></border>")
            return
        }
        xml.append("<border>")
        for side: StaticString in ["left", "right", "top", "bottom"] {
            xml.append("<"); xml.append(side); xml.append(" style=\""); xml.appendRaw(border.rawValue)
            xml.append("\"><color indexed=\"64\"/></"); xml.append(side); xml.append(">")
        }
        xml.append("<diagonal/></border>")
    }
}

/// Items numbered in order of first use.
private struct IndexedSet<Item: Hashable> {
    private(set) var items: [Item] = []
    private var indices: [Item: Int] = [:]
    let firstIndex: Int

    init(firstIndex: Int = 0) {
        self.firstIndex = firstIndex
    }

    mutating func index(of item: Item) -> Int {
        if let index = indices[item] { return index }
        let index = firstIndex + items.count
        items.append(item)
        indices[item] = index
        return index
    }
}

private struct FontKey: Hashable {
    var name: String
    var size: Double
    var bold: Bool
    var italic: Bool
    var color: RGBColor?

    init(_ style: CellStyle) {
        name = style.fontName ?? StyleTable.defaultFontName
        size = style.fontSize
        bold = style.bold
        italic = style.italic
        color = style.fontColor
    }

    func write(to xml: inout XMLBuffer) {
        xml.append("<font>")
        if bold { xml.append("<b/>") }
        if italic { xml.append("<i/>") }
        xml.append("<sz val=\""); xml.append(size); xml.append("\"/>")
        if let color { xml.append("<color rgb=\""); xml.append(color); xml.append("\"/>") }
        xml.append("<name val=\""); xml.appendEscapedAttribute(name); xml.append("\"/><family val=\"2\"/>")
        if name.utf8.contains(where: { $0 >= 0x80 }) { xml.append("<charset val=\"134\"/>") }
        xml.append("</font>")
    }
}

/// One `<xf>` of cellXfs: indices into the tables plus the alignment.
private struct CellFormat {
    var numberFormat: Int
    var font: Int
    var fill: Int
    var border: Int
    var style: CellStyle

    func write(to xml: inout XMLBuffer) {
        xml.append("<xf numFmtId=\""); xml.append(numberFormat)
        xml.append("\" fontId=\""); xml.append(font)
        xml.append("\" fillId=\""); xml.append(fill)
        xml.append("\" borderId=\""); xml.append(border); xml.append("\" xfId=\"0\"")
        if numberFormat != 0 { xml.append(" applyNumberFormat=\"1\"") }
        if font != 0 { xml.append(" applyFont=\"1\"") }
        if fill != 0 { xml.append(" applyFill=\"1\"") }
        if border != 0 { xml.append(" applyBorder=\"1\"") }
        let aligned = style.horizontalAlignment != nil || style.verticalAlignment != nil || style.wrapText
        guard aligned else {
            xml.append("/>")
            return
        }
        xml.append(" applyAlignment=\"1\"><alignment")
        if let horizontal = style.horizontalAlignment {
            xml.append(" horizontal=\""); xml.appendRaw(horizontal.rawValue); xml.append("\"")
        }
        if let vertical = style.verticalAlignment {
            xml.append(" vertical=\""); xml.appendRaw(vertical.rawValue); xml.append("\"")
        }
        if style.wrapText { xml.append(" wrapText=\"1\"") }
        xml.append("/></xf>")
    }
}

extension XMLBuffer {
    /// An opaque ARGB colour attribute value, `FFRRGGBB`.
    mutating func append(_ color: RGBColor) {
        let digits = Array("0123456789ABCDEF".utf8)
        append("FF")
        for shift in stride(from: 20, through: 0, by: -4) {
            bytes.append(digits[Int((color.rgb >> UInt32(shift)) & 0xF)])
        }
    }
}

let xmlDeclaration: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
