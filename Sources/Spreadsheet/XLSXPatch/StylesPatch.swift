/// How serious a note is: the fill its cell gets.
public enum NoteLevel: Sendable, Hashable, Comparable {
    case error, warning

    /// Excel's own "bad" (light red) and "neutral" (light yellow) fills.
    var fillColor: String {
        switch self {
        case .error: "FFFFC7CE"
        case .warning: "FFFFEB9C"
        }
    }
}

/// Appends to `xl/styles.xml` one solid fill per level and, for each existing cell format that a marked cell
/// uses, a copy of it (font, border, number format, alignment, protection kept) with the fill of its level.
/// Nothing already in the part changes, so every other cell keeps its look.
final class StylesPatch {
    private let bytes: [UInt8]
    private let file: String
    /// The existing `<xf>` elements of `<cellXfs>`, as bytes.
    private let formats: [ArraySlice<UInt8>]
    private let fillCount: Int
    /// A part without `<fills>` (some minimal writers) gets one with Excel's two required fills and ours.
    private let lacksFills: Bool
    private var added: [[UInt8]] = []
    private var indexByOrigin: [Origin: Int] = [:]

    private struct Origin: Hashable {
        var style: Int
        var level: NoteLevel
    }

    init(_ bytes: [UInt8], file: String) throws(SpreadsheetError) {
        self.bytes = bytes
        self.file = file
        var formats: [ArraySlice<UInt8>] = []
        var fills = 0
        var section = ""
        var depth = 0
        var formatStart: Int?
        var sawFormats = false
        for tag in XMLTags(bytes) {
            switch tag.kind {
            case .start, .empty:
                if depth == 1 { section = tag.localName }
                if depth == 1, tag.kind == .start, section == "cellXfs" { sawFormats = true }
                if depth == 2, section == "fills", tag.localName == "fill" { fills += 1 }
                if depth == 2, section == "cellXfs", tag.localName == "xf" {
                    if tag.kind == .empty { formats.append(bytes[tag.range]) } else { formatStart = tag.range.lowerBound }
                }
                if tag.kind == .start { depth += 1 }
            case .end:
                depth -= 1
                if depth == 2, section == "cellXfs", tag.localName == "xf", let start = formatStart {
                    formats.append(bytes[start..<tag.range.upperBound])
                    formatStart = nil
                }
            case .other:
                break
            }
        }
        guard sawFormats else {
            throw SpreadsheetError(.malformedXML, file: file, part: "xl/styles.xml", message: LocalizedText(
                zh: "工作簿的样式表缺少单元格格式，无法标注；请用 Excel、WPS 或 LibreOffice 打开后重新保存",
                en: "the workbook's styles lack cell formats, so cells cannot be marked: open it in Excel, WPS or LibreOffice and save it again"))
        }
        self.formats = formats
        lacksFills = fills == 0
        fillCount = lacksFills ? 2 : fills
    }

    /// True once a cell format was added (a cell was marked).
    var isUsed: Bool { !added.isEmpty }

    /// The index of the cell format to give a cell of format `style` marked at `level`, added on first use.
    func style(for style: Int, level: NoteLevel) -> Int {
        let origin = Origin(style: style, level: level)
        if let index = indexByOrigin[origin] { return index }
        let base = formats.indices.contains(style) ? formats[style] : formats.first ?? ArraySlice("<xf/>".utf8)
        let copy = Array(base)
        let head = XMLTags(copy).first { $0.kind != .other }!
        let fill = String(fillCount + (level == .error ? 0 : 1))
        var format = head.settingAttribute("fillId", to: fill, in: copy)
        format = XMLTags(format).first { $0.kind != .other }!.settingAttribute("applyFill", to: "1", in: format)
        added.append(format + copy[head.range.upperBound...])
        let index = formats.count + added.count - 1
        indexByOrigin[origin] = index
        return index
    }

    /// The part with the two fills and the new formats appended and both counts updated.
    func patched() -> [UInt8] {
        var output: [UInt8] = []
        var copied = 0
        var fillsToInsert = lacksFills
        for tag in XMLTags(bytes) where Self.rewritten.contains(tag.localName) && tag.kind != .other {
            output += bytes[copied..<tag.range.lowerBound]
            copied = tag.range.upperBound
            if fillsToInsert, tag.kind != .end, Self.afterFills.contains(tag.localName) {
                output += Array(#"<\#(tag.prefix)fills count="4"><\#(tag.prefix)fill><\#(tag.prefix)patternFill patternType="none"/></\#(tag.prefix)fill>"#.utf8)
                    + Array(#"<\#(tag.prefix)fill><\#(tag.prefix)patternFill patternType="gray125"/></\#(tag.prefix)fill>"#.utf8)
                    + ourFills(prefix: tag.prefix) + Array("</\(tag.prefix)fills>".utf8)
                fillsToInsert = false
            }
            switch (tag.kind, tag.localName) {
            case (.start, "fills"):
                output += tag.settingAttribute("count", to: String(fillCount + 2), in: bytes)
            case (.end, "fills"):
                output += ourFills(prefix: tag.prefix) + bytes[tag.range]
            case (.start, "cellXfs"):
                output += tag.settingAttribute("count", to: String(formats.count + added.count), in: bytes)
            case (.end, "cellXfs"):
                output += added.joined() + bytes[tag.range]
            default:
                output += bytes[tag.range]
            }
        }
        output += bytes[copied...]
        return output
    }

    /// The elements CT_Stylesheet puts after `<fills>`, and those the patch rewrites.
    private static let afterFills: Set<String> = ["borders", "cellStyleXfs", "cellXfs"]
    private static let rewritten: Set<String> = afterFills.union(["fills"])

    /// One solid fill per level, errors first.
    private func ourFills(prefix: String) -> [UInt8] {
        [NoteLevel.error, .warning].flatMap { level in
            Array(("<\(prefix)fill><\(prefix)patternFill patternType=\"solid\"><\(prefix)fgColor rgb=\""
                + level.fillColor + "\"/><\(prefix)bgColor indexed=\"64\"/></\(prefix)patternFill></\(prefix)fill>").utf8)
        }
    }
}
