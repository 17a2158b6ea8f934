import Foundation

/// A small XML tokenizer over a worksheet's inflated bytes, for the one part where speed matters
/// (see docs/decisions.md, "XLSX reader"). It knows well-formed XML's lexical rules — both quote styles,
/// namespace prefixes (names are reported without them), character and predefined entity references,
/// CDATA, comments and processing instructions — and refuses any DOCTYPE, so no entity can be declared.
/// Names and text are byte offsets into the window, valid until the next call of `next()`.
struct XMLByteScanner {
    enum Token { case startTag, endTag, text, endOfStream }

    enum Failure: Error {
        case doctype
        case malformed(String)
        case tooLong
        case zip(ZipArchive.Failure)
    }

    struct Attribute {
        var nameStart: Int
        var nameEnd: Int
        var valueStart: Int
        var valueEnd: Int
    }

    let window: ByteWindow
    /// The current tag's local name.
    private(set) var nameStart = 0
    private(set) var nameEnd = 0
    private(set) var selfClosing = false
    /// The current text run; CDATA content is given as text that needs no entity decoding.
    private(set) var textStart = 0
    private(set) var textEnd = 0
    private(set) var textIsCDATA = false
    private let attributes = AttributeList()

    init(window: ByteWindow) {
        self.window = window
    }

    private enum TagResult { case token(Token, next: Int), skipped(next: Int), incomplete }

    mutating func next() throws(Failure) -> Token {
        while true {
            let base = window.base
            let position = window.start
            let end = window.end
            if position < end {
                if base[position] != UInt8(ascii: "<") {
                    if let lessThan = memchr(base + position, Int32(UInt8(ascii: "<")), end - position) {
                        return text(from: position, to: base.distance(to: lessThan.assumingMemoryBound(to: UInt8.self)), cdata: false)
                    }
                    if window.atEOF { return text(from: position, to: end, cdata: false) }
                } else {
                    switch try tag(base, at: position, end: end) {
                    case .token(let token, let next):
                        window.start = next
                        return token
                    case .skipped(let next):
                        window.start = next
                        continue
                    case .incomplete:
                        if window.atEOF { throw .malformed("the XML ends inside a tag") }
                    }
                }
            }
            try refill()
            if window.atEOF && window.start == window.end { return .endOfStream }
        }
    }

    private mutating func refill() throws(Failure) {
        let result: ByteWindow.RefillResult
        do {
            result = try window.refill()
        } catch {
            throw .zip(error)
        }
        if result == .tooLong { throw .tooLong }
    }

    private mutating func text(from start: Int, to end: Int, cdata: Bool) -> Token {
        textStart = start
        textEnd = end
        textIsCDATA = cdata
        window.start = end
        return .text
    }

    private mutating func tag(_ base: UnsafeMutablePointer<UInt8>, at start: Int, end: Int) throws(Failure) -> TagResult {
        var cursor = start + 1
        guard cursor < end else { return .incomplete }
        switch base[cursor] {
        case UInt8(ascii: "/"):
            cursor += 1
            let name = cursor
            while cursor < end, !Self.endsName(base[cursor]) { cursor += 1 }
            setName(base, from: name, to: cursor)
            guard let closing = Self.find(">", in: base, from: cursor, to: end) else { return .incomplete }
            return .token(.endTag, next: closing + 1)
        case UInt8(ascii: "?"):
            guard let closing = Self.find("?>", in: base, from: cursor, to: end) else { return .incomplete }
            return .skipped(next: closing + 2)
        case UInt8(ascii: "!"):
            return try declaration(base, at: start, end: end)
        default:
            return try startTag(base, at: cursor, end: end)
        }
    }

    private mutating func declaration(_ base: UnsafeMutablePointer<UInt8>, at start: Int, end: Int) throws(Failure) -> TagResult {
        guard end - start >= 9 else { return .incomplete }
        if Self.matches("<!--", base + start) {
            guard let closing = Self.find("-->", in: base, from: start + 4, to: end) else { return .incomplete }
            return .skipped(next: closing + 3)
        }
        if Self.matches("<![CDATA[", base + start) {
            guard let closing = Self.find("]]>", in: base, from: start + 9, to: end) else { return .incomplete }
            textStart = start + 9
            textEnd = closing
            textIsCDATA = true
            return .token(.text, next: closing + 3)
        }
        if Self.matches("<!DOCTYPE", base + start) { throw .doctype }
        throw .malformed("unexpected <! declaration")
    }

    private mutating func startTag(_ base: UnsafeMutablePointer<UInt8>, at nameFirst: Int, end: Int) throws(Failure) -> TagResult {
        var cursor = nameFirst
        while cursor < end, !Self.endsName(base[cursor]) { cursor += 1 }
        setName(base, from: nameFirst, to: cursor)
        attributes.count = 0
        while true {
            while cursor < end, Self.isSpace(base[cursor]) { cursor += 1 }
            guard cursor < end else { return .incomplete }
            switch base[cursor] {
            case UInt8(ascii: ">"):
                selfClosing = false
                return .token(.startTag, next: cursor + 1)
            case UInt8(ascii: "/"):
                guard cursor + 1 < end else { return .incomplete }
                guard base[cursor + 1] == UInt8(ascii: ">") else { throw .malformed("'/' inside a tag") }
                selfClosing = true
                return .token(.startTag, next: cursor + 2)
            default:
                let name = cursor
                while cursor < end, base[cursor] != UInt8(ascii: "="), !Self.isSpace(base[cursor]) { cursor += 1 }
                let nameEnd = cursor
                while cursor < end, Self.isSpace(base[cursor]) { cursor += 1 }
                guard cursor + 1 < end else { return .incomplete }
                guard base[cursor] == UInt8(ascii: "=") else { throw .malformed("attribute without a value") }
                cursor += 1
                while cursor < end, Self.isSpace(base[cursor]) { cursor += 1 }
                guard cursor < end else { return .incomplete }
                let quote = base[cursor]
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw .malformed("unquoted attribute") }
                // Attribute values are a few bytes long: a plain loop beats a call to memchr.
                var valueEnd = cursor + 1
                while valueEnd < end, base[valueEnd] != quote { valueEnd += 1 }
                guard valueEnd < end else { return .incomplete }
                attributes.append(Attribute(
                    nameStart: Self.localStart(base, from: name, to: nameEnd), nameEnd: nameEnd,
                    valueStart: cursor + 1, valueEnd: valueEnd))
                cursor = valueEnd + 1
            }
        }
    }

    private mutating func setName(_ base: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int) {
        nameStart = Self.localStart(base, from: start, to: end)
        nameEnd = end
    }

    /// Where a name's local part starts: after its prefix's colon, if any.
    private static func localStart(_ base: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var cursor = end
        while cursor > start {
            if base[cursor - 1] == UInt8(ascii: ":") { return cursor }
            cursor -= 1
        }
        return start
    }

    // MARK: Reading the current token

    @inline(__always) func nameIs(_ name: StaticString) -> Bool {
        nameEnd - nameStart == name.utf8CodeUnitCount && Self.equal(window.base + nameStart, name)
    }

    /// The value range of the current tag's attribute with this local name.
    @inline(__always) func attribute(_ name: StaticString) -> Range<Int>? {
        let count = name.utf8CodeUnitCount
        let base = window.base
        for index in 0..<attributes.count {
            let attribute = attributes.items[index]
            if attribute.nameEnd - attribute.nameStart == count && Self.equal(base + attribute.nameStart, name) {
                return attribute.valueStart..<attribute.valueEnd
            }
        }
        return nil
    }

    /// Names here are a few bytes long: a plain loop beats a call to memcmp.
    @inline(__always) private static func equal(_ bytes: UnsafeMutablePointer<UInt8>, _ name: StaticString) -> Bool {
        let expected = name.utf8Start
        for index in 0..<name.utf8CodeUnitCount where bytes[index] != expected[index] { return false }
        return true
    }

    var textRange: Range<Int> { textStart..<textEnd }

    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: window.base + range.lowerBound, count: range.count)
    }

    /// Appends the current text with entity references decoded.
    func appendText(to output: ByteAccumulator) throws(Failure) {
        let text = bytes(textRange)
        if textIsCDATA || memchr(text.baseAddress!, Int32(UInt8(ascii: "&")), text.count) == nil {
            output.append(text)
            return
        }
        try XMLEntities.decode(text, into: output)
    }

    // MARK: Byte classes

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    @inline(__always) private static func endsName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    private static func matches(_ literal: StaticString, _ pointer: UnsafeMutablePointer<UInt8>) -> Bool {
        memcmp(pointer, literal.utf8Start, literal.utf8CodeUnitCount) == 0
    }

    static func find(_ literal: StaticString, in base: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int) -> Int? {
        let count = literal.utf8CodeUnitCount
        var cursor = start
        while end - cursor >= count {
            guard let hit = memchr(base + cursor, Int32(literal.utf8Start[0]), end - cursor - count + 1) else { return nil }
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + offset, literal.utf8Start, count) == 0 { return offset }
            cursor = offset + 1
        }
        return nil
    }
}

/// The current tag's attributes, in storage reused from tag to tag (an array's copy-on-write checks
/// showed up in profiles of the sheet scan).
final class AttributeList {
    private(set) var items: UnsafeMutablePointer<XMLByteScanner.Attribute>
    private var capacity = 16
    var count = 0

    init() {
        items = .allocate(capacity: capacity)
    }

    deinit { items.deallocate() }

    @inline(__always) func append(_ attribute: XMLByteScanner.Attribute) {
        if count == capacity {
            let grown = UnsafeMutablePointer<XMLByteScanner.Attribute>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: items, count: count)
            items.deallocate()
            items = grown
            capacity *= 2
        }
        (items + count).initialize(to: attribute)
        count += 1
    }
}

extension XMLByteScanner {
    /// Jumps past the end of `<sheetData>` (or a self-closing `<sheetData/>`) by searching the bytes for the
    /// name instead of tokenizing every row, for the merged-range pre-pass. False when there is none.
    mutating func skipPastSheetData() throws(Failure) -> Bool {
        while true {
            let base = window.base
            let end = window.end
            var from = window.start
            while let hit = Self.find("sheetData", in: base, from: from, to: end) {
                guard hit + 12 <= end || window.atEOF else { break }
                if let after = Self.endOfSheetData(base, hit: hit, lowest: window.start, end: end) {
                    window.start = after
                    return true
                }
                from = hit + 9
            }
            if window.atEOF { return false }
            window.start = max(window.start, end - 64)
            try refill()
        }
    }

    /// Where the tag ends, if the name found at `hit` is in `</sheetData>` or `<sheetData/>` (any prefix).
    private static func endOfSheetData(_ base: UnsafeMutablePointer<UInt8>, hit: Int, lowest: Int, end: Int) -> Int? {
        var before = hit - 1
        if before >= lowest, base[before] == UInt8(ascii: ":") {
            before -= 1
            while before >= lowest, base[before] != UInt8(ascii: "<"), base[before] != UInt8(ascii: "/"),
                  !isSpace(base[before]), hit - before < 40 { before -= 1 }
        }
        guard before >= lowest else { return nil }
        let closing = base[before] == UInt8(ascii: "/") && before > lowest && base[before - 1] == UInt8(ascii: "<")
        let opening = base[before] == UInt8(ascii: "<")
        var cursor = hit + 9
        while cursor < end, isSpace(base[cursor]) { cursor += 1 }
        guard cursor < end else { return nil }
        if closing, base[cursor] == UInt8(ascii: ">") { return cursor + 1 }
        if opening, base[cursor] == UInt8(ascii: "/"), cursor + 1 < end, base[cursor + 1] == UInt8(ascii: ">") { return cursor + 2 }
        return nil
    }
}
