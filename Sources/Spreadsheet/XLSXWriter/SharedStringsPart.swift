import Foundation

/// The workbook's shared strings (xl/sharedStrings.xml), streamed to a scratch file as cells arrive.
///
/// Every text cell refers to an entry here (`t="s"`): some readers show inline strings as blank cells.
/// Repeated strings share one entry, but only the first `rememberLimit` distinct strings (up to
/// `rememberLengthLimit` bytes each) are remembered; later new strings get fresh entries without being
/// remembered, so memory stays bounded however many rows are written, at worst at the cost of duplicates.
final class SharedStringsPart {
    static let rememberLimit = 100_000
    static let rememberLengthLimit = 256

    // Touched for every text cell, never re-entrantly: no dynamic exclusivity checks (see SheetWriter).
    @exclusivity(unchecked) private var remembered = RememberedStrings()
    private let file: CompressingFile
    @exclusivity(unchecked) private var buffer = XMLBuffer(capacity: 1 << 17)
    @exclusivity(unchecked) private(set) var uniqueCount = 0
    /// How many cells refer to the table.
    @exclusivity(unchecked) private(set) var count = 0

    init(file: CompressingFile) {
        self.file = file
    }

    /// The entry for `text`, adding one if it is new or no longer remembered.
    func index(of text: String) throws(SpreadsheetError) -> Int {
        count += 1
        var text = text
        let known: Int? = text.utf8.count > Self.rememberLengthLimit ? nil : text.withUTF8 { utf8 in
            let probe = remembered.find(utf8)
            if probe.index == nil, remembered.count < Self.rememberLimit { remembered.add(utf8, index: uniqueCount, at: probe) }
            return probe.index
        }
        if let known { return known }
        let index = uniqueCount
        uniqueCount += 1
        buffer.append(needsPreserve(text) ? "<si><t xml:space=\"preserve\">" : "<si><t>")
        buffer.appendEscapedText(text)
        buffer.append("</t></si>")
        if buffer.bytes.count >= 1 << 16 { try file.write(&buffer) }
        return index
    }

    /// Stops compressing, for a workbook that is given up.
    func abandon() {
        file.abandon()
    }

    /// The zip entry: the head with the counts, the streamed entries, the end.
    func entry(level: Int32) throws(SpreadsheetError) -> DeflatedEntry {
        try file.write(&buffer)
        let body = try file.finish()
        var head = XMLBuffer()
        head.append(xmlDeclaration)
        head.append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
        head.append(count); head.append("\" uniqueCount=\""); head.append(uniqueCount); head.append("\">")
        var tail = XMLBuffer()
        tail.append("</sst>")
        return DeflatedEntry([
            DeflateStream.compress(head.bytes, level: level, final: false), body,
            DeflateStream.compress(tail.bytes, level: level, final: true),
        ])
    }
}

/// True when the text starts or ends with white space, which XML readers may otherwise trim.
func needsPreserve(_ text: String) -> Bool {
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    guard let first = text.utf8.first, let last = text.utf8.last else { return false }
    return isSpace(first) || isSpace(last)
}
