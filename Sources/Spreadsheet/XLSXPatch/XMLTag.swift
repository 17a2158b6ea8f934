/// One tag found in XML bytes by `XMLTags`: where it lies and what it is. A patch copies the bytes between
/// tags untouched and rewrites only the tags it must, so everything it does not understand survives.
struct XMLTag {
    enum Kind { case start, end, empty, other }

    /// From `<` to just past `>`.
    var range: Range<Int>
    var kind: Kind
    /// The name without its namespace prefix.
    var localName: String
    /// The prefix with its colon (`x:`), or empty.
    var prefix: String

    /// The value of an attribute named exactly `name` (`r`, `r:id`), entities decoded.
    func attribute(_ name: String, in bytes: [UInt8]) -> String? {
        attributes(in: bytes).first { $0.name == name }?.value
    }

    /// The first attribute whose name ends with `:suffix` or equals it (`id` finds `r:id` whatever the prefix).
    func attribute(endingWith suffix: String, in bytes: [UInt8]) -> (name: String, value: String)? {
        attributes(in: bytes).first { $0.name == suffix || $0.name.hasSuffix(":" + suffix) }
    }

    func attributes(in bytes: [UInt8]) -> [(name: String, value: String)] {
        var result: [(String, String)] = []
        var index = range.lowerBound + 1 + prefix.utf8.count + localName.utf8.count
        let end = range.upperBound - 1
        while index < end {
            while index < end, isSpace(bytes[index]) { index += 1 }
            let nameStart = index
            while index < end, bytes[index] != UInt8(ascii: "="), !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "/") {
                index += 1
            }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
            while index < end, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "'") { index += 1 }
            guard index < end else { break }
            let quote = bytes[index]
            let valueStart = index + 1
            index = valueStart
            while index < end, bytes[index] != quote { index += 1 }
            if !name.isEmpty { result.append((name, XMLText.decode(bytes[valueStart..<Swift.min(index, end)]))) }
            index += 1
        }
        return result
    }

    /// The tag's bytes with `name` set to `value` (replaced in place, or added at the end), and with the
    /// attributes in `removing` left out.
    func settingAttribute(_ name: String, to value: String?, removing: Set<String> = [], in bytes: [UInt8]) -> [UInt8] {
        var output = Array("<\(prefix)\(localName)".utf8)
        var replaced = false
        for attribute in attributes(in: bytes) where !removing.contains(attribute.name) {
            let newValue = attribute.name == name ? value : attribute.value
            if attribute.name == name { replaced = true }
            if let newValue { output += XMLText.attribute(attribute.name, newValue) }
        }
        if !replaced, let value { output += XMLText.attribute(name, value) }
        output += Array((kind == .empty ? "/>" : ">").utf8)
        return output
    }
}

/// Walks the tags of XML bytes in order. Comments, CDATA, processing instructions and DOCTYPE come out
/// as `.other`; a `>` inside a quoted attribute value does not end a tag.
struct XMLTags: Sequence, IteratorProtocol {
    let bytes: [UInt8]
    private var position: Int

    init(_ bytes: [UInt8], from position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    mutating func next() -> XMLTag? {
        guard let open = bytes[position...].firstIndex(of: UInt8(ascii: "<")) else { return nil }
        if let special = specialEnd(at: open) {
            position = special
            return XMLTag(range: open..<special, kind: .other, localName: "", prefix: "")
        }
        var index = open + 1
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            }
            index += 1
        }
        let end = Swift.min(index + 1, bytes.count)
        position = end
        let isEnd = bytes[open + 1] == UInt8(ascii: "/")
        let nameStart = open + (isEnd ? 2 : 1)
        var nameEnd = nameStart
        while nameEnd < end - 1, !isSpace(bytes[nameEnd]), bytes[nameEnd] != UInt8(ascii: "/"), bytes[nameEnd] != UInt8(ascii: ">") {
            nameEnd += 1
        }
        let qualified = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
        let colon = qualified.lastIndex(of: ":")
        let prefix = colon.map { String(qualified[...$0]) } ?? ""
        let localName = colon.map { String(qualified[qualified.index(after: $0)...]) } ?? qualified
        let kind: XMLTag.Kind = isEnd ? .end : (end >= 2 && bytes[end - 2] == UInt8(ascii: "/") ? .empty : .start)
        return XMLTag(range: open..<end, kind: kind, localName: localName, prefix: prefix)
    }

    /// Where a comment, CDATA section, processing instruction or declaration starting at `open` ends.
    private func specialEnd(at open: Int) -> Int? {
        guard open + 1 < bytes.count else { return bytes.count }
        let terminator: String
        switch bytes[open + 1] {
        case UInt8(ascii: "?"): terminator = "?>"
        case UInt8(ascii: "!"):
            terminator = bytes[open...].starts(with: "<!--".utf8) ? "-->" : bytes[open...].starts(with: "<![CDATA[".utf8) ? "]]>" : ">"
        default: return nil
        }
        return XMLText.find(terminator, in: bytes, from: open + 2).map { $0 + terminator.utf8.count } ?? bytes.count
    }
}

private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
}

/// Small text helpers for the patch: escaping, entity decoding, byte search.
enum XMLText {
    static func escaped(_ text: String) -> String {
        var buffer = XMLBuffer()
        buffer.appendEscapedAttribute(text)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    /// Element text escaped (newlines kept as they are).
    static func escapedText(_ text: String) -> String {
        var buffer = XMLBuffer()
        buffer.appendEscapedText(text)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    /// ` name="value"` with the value escaped.
    static func attribute(_ name: String, _ value: String) -> [UInt8] {
        Array(" \(name)=\"\(escaped(value))\"".utf8)
    }

    /// Decodes the five named entities and character references; anything else is kept as written.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { break }
            let name = rest[rest.index(after: amp)..<semicolon]
            let named: [Substring: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            if let value = named[name] {
                result += value
            } else if name.hasPrefix("#"), let code = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : UInt32(name.dropFirst()),
                      let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else {
                result += rest[amp...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    /// The index where `needle` starts in `bytes` at or after `start`.
    static func find(_ needle: String, in bytes: [UInt8], from start: Int = 0) -> Int? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            guard let candidate = bytes[index...(bytes.count - pattern.count)].firstIndex(of: first) else { return nil }
            if bytes[candidate..<(candidate + pattern.count)].elementsEqual(pattern) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// The index where `needle` last starts in `bytes`.
    static func findLast(_ needle: String, in bytes: [UInt8]) -> Int? {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return nil }
        var index = bytes.count - pattern.count
        while index >= 0 {
            if bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index -= 1
        }
        return nil
    }
}
