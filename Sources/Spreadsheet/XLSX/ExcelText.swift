/// Text as OOXML stores it: UTF-8 where characters XML cannot hold are written `_xHHHH_`
/// (`_x000D_` a carriage return, `_x005F_` a literal underscore that protects a following `_x…_`).
enum ExcelText {
    static func string(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { string($0) }
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "_")) else { return String(decoding: bytes, as: UTF8.self) }
        return unescaped(bytes)
    }

    private static func unescaped(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        var literalStart = 0
        var index = 0
        func flushLiteral(upTo end: Int) {
            scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[literalStart..<end]), as: UTF8.self).unicodeScalars)
        }
        while index < bytes.count {
            guard let unit = escape(bytes, at: index) else {
                index += 1
                continue
            }
            flushLiteral(upTo: index)
            index += 7
            if (0xD800..<0xDC00).contains(unit), let low = escape(bytes, at: index), (0xDC00..<0xE000).contains(low) {
                index += 7
                scalars.append(Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!)
            } else {
                scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
            }
            literalStart = index
        }
        flushLiteral(upTo: bytes.count)
        return String(scalars)
    }

    /// The UTF-16 unit of an `_xHHHH_` escape starting at `index`, if there is one.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index + 7 <= bytes.count, bytes[index] == UInt8(ascii: "_"), bytes[index + 1] == UInt8(ascii: "x"),
              bytes[index + 6] == UInt8(ascii: "_") else { return nil }
        var value: UInt32 = 0
        for offset in 2..<6 {
            guard let digit = hexDigit(bytes[index + offset]) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
