/// Bytes of XML being built, with the escaping SpreadsheetML needs. The hot path of the writer:
/// numbers and plain text are appended without allocating.
struct XMLBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends trusted text (names we generated, digits) as it is.
    mutating func appendRaw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    mutating func append(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            append(UInt64(value.magnitude))
        } else {
            append(UInt64(value))
        }
    }

    /// The decimal digits of `value`.
    static func decimal(_ value: Int) -> [UInt8] {
        var buffer = XMLBuffer(capacity: 20)
        buffer.append(value)
        return buffer.bytes
    }

    private mutating func append(_ value: UInt64) {
        var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)  // room for 20 digits
        withUnsafeMutableBytes(of: &digits) { scratch in
            var remaining = value
            var start = scratch.count
            repeat {
                start -= 1
                scratch[start] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
            } while remaining > 0
            bytes.append(contentsOf: scratch[start...])
        }
    }

    /// The shortest decimal text that reads back as the same Double (`1.5`, `12`, `1e-05`); whole
    /// numbers that fit an Int as plain digits.
    mutating func append(_ value: Double) {
        if value.rounded(.towardZero) == value, value.magnitude < 9e18 {
            append(Int(value))
        } else {
            appendRaw(value.description)
        }
    }

    /// Appends cell text: `& < >` as entities; CR as `&#13;` (a literal CR would be read as LF);
    /// other control characters and U+FFFE/U+FFFF as `_xHHHH_` (XML cannot hold them even as references;
    /// Excel, LibreOffice and calamine decode them); and an `_` that starts a literal `_xHHHH_` as
    /// `_x005F_`, so a reader does not decode text that was never escaped.
    mutating func appendEscapedText(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            guard utf8.contains(where: Self.needsEscaping) else {
                bytes.append(contentsOf: utf8)
                return
            }
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                switch byte {
                case UInt8(ascii: "&"): append("&amp;")
                case UInt8(ascii: "<"): append("&lt;")
                case UInt8(ascii: ">"): append("&gt;")
                case UInt8(ascii: "_") where Self.startsEscapeSequence(utf8, at: index): append("_x005F_")
                case 0x09, 0x0A: bytes.append(byte)
                case 0x0D: append("&#13;")
                case 0..<0x20: appendEscapeSequence(UInt16(byte))
                case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE:
                    appendEscapeSequence(0xFFC0 | UInt16(utf8[index + 2]))
                    index += 2
                default: bytes.append(byte)
                }
                index += 1
            }
        }
    }

    /// Appends an attribute value in double quotes' content: `& < > "` as entities; characters XML
    /// cannot hold are dropped (attributes carry names we validated or chose).
    mutating func appendEscapedAttribute(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "\""): append("&quot;")
            case 0x09, 0x0A, 0x0D: append("&#x"); appendHex(UInt16(byte), width: 1); append(";")
            case 0..<0x20: continue
            default: bytes.append(byte)
            }
        }
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A
            || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "_") || byte == 0xEF
    }

    /// True when `_xHHHH_` starts at `index`.
    private static func startsEscapeSequence(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 6 < utf8.count, utf8[index + 1] == UInt8(ascii: "x"), utf8[index + 6] == UInt8(ascii: "_")
        else { return false }
        return utf8[(index + 2)..<(index + 6)].allSatisfy { $0.isHexDigit }
    }

    private mutating func appendEscapeSequence(_ code: UInt16) {
        append("_x")
        appendHex(code, width: 4)
        append("_")
    }

    private mutating func appendHex(_ value: UInt16, width: Int) {
        let digits: StaticString = "0123456789ABCDEF"
        var shift = 12
        var started = false
        while shift >= 0 {
            let nibble = Int((value >> UInt16(shift)) & 0xF)
            if nibble != 0 || started || shift < 4 * width {
                started = true
                bytes.append(digits.utf8Start[nibble])
            }
            shift -= 4
        }
    }
}

private extension UInt8 {
    var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
            || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
    }
}
