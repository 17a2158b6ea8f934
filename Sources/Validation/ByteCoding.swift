/// Numbers and texts packed end to end in bytes, for what validation keeps out of the way (first copies,
/// issues): a number as 7 bits a byte, low first, the high bit meaning "more"; a text as its UTF-8 length
/// and bytes.
extension [UInt8] {
    mutating func appendNumber(_ number: Int) {
        var rest = UInt(number)
        while rest >= 0x80 {
            append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        append(UInt8(rest))
    }

    mutating func appendText(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            appendNumber(bytes.count)
            append(contentsOf: bytes)
        }
    }
}

/// Reads back what `appendNumber` and `appendText` wrote, in order.
struct ByteReader {
    let bytes: [UInt8]
    var offset: Int

    init(_ bytes: [UInt8], from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    mutating func number() -> Int {
        var value = 0
        var shift = 0
        while true {
            let byte = bytes[offset]
            offset += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func text() -> String {
        let length = number()
        defer { offset += length }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    mutating func skipText() {
        offset += number()
    }
}
