/// The workbook's shared strings, one entry per `<si>` in order (an empty `<si/>` included).
/// Cells get the table's `String`s, which share storage: a thousand cells pointing at one long
/// string hold one copy of it, not a thousand.
struct SharedStringTable {
    private(set) var strings: [String] = []

    init(strings: [String] = []) {
        self.strings = strings
    }

    /// Reads the part; its `count`/`uniqueCount` attributes are not trusted for anything, so the table
    /// grows only with strings actually present.
    init(parts: PackageParts, part: String, limit: Int) throws(SpreadsheetError) {
        let handler = SharedStringsHandler(limit: limit, file: parts.file, part: part)
        try parts.parse(part, with: handler)
        strings = handler.strings
    }

    var count: Int { strings.count }

    subscript(index: Int) -> String? {
        index >= 0 && index < strings.count ? strings[index] : nil
    }
}

/// `<si>` holds a plain `<t>` or rich-text runs `<r><t>…</t></r>` (concatenated), and phonetic
/// guides `<rPh><t>…</t></rPh>` that are not part of the value and are skipped.
private final class SharedStringsHandler: XMLEventHandler {
    var strings: [String] = []
    private(set) var stopReason: SpreadsheetError?
    private let limit: Int
    private let file: String
    private let part: String
    private var totalBytes = 0
    private var current: [UInt8] = []
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    init(limit: Int, file: String, part: String) {
        self.limit = limit
        self.file = file
        self.part = part
    }

    func start(_ element: XMLElement) {
        if element.is("si") {
            inItem = true
            current.removeAll(keepingCapacity: true)
        } else if element.is("rPh") {
            phoneticDepth += 1
        } else if element.is("t") {
            inText = inItem && phoneticDepth == 0
        }
    }

    func end(_ localName: UnsafePointer<UInt8>) {
        if XMLName.equal(localName, "si") {
            inItem = false
            strings.append(ExcelText.string(current))
        } else if XMLName.equal(localName, "rPh") {
            phoneticDepth -= 1
        } else if XMLName.equal(localName, "t") {
            inText = false
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        guard inText else { return }
        totalBytes += text.count
        if totalBytes > limit {
            stopReason = XLSXErrors.tooLong(file: file, part: part)
            return
        }
        current.append(contentsOf: text)
    }
}
