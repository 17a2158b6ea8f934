import Foundation

/// Reading the plain values a cell's `<v>` holds: numbers, shared-string indexes, ISO dates.
enum CellText {
    private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

    /// An XML Schema double (`-1.5`, `4.2E+17`, `.5`), surrounding spaces allowed. Nil for anything else,
    /// `INF`, `NaN` and hex floats included, so such a `<v>` reads as text. Exactly rounded: a fast path for
    /// up to 15 significant digits and a power of ten ≤ 22, `strtod` otherwise.
    static func number(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        var end = text.count
        while index < end, XMLByteScanner.isSpace(text[index]) { index += 1 }
        while end > index, XMLByteScanner.isSpace(text[end - 1]) { end -= 1 }
        let first = index
        var negative = false
        if index < end, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
            negative = text[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var significant = 0
        var digits = 0
        var exponent = 0
        var sawPoint = false
        while index < end {
            let byte = text[index]
            if byte == UInt8(ascii: ".") {
                if sawPoint { return nil }
                sawPoint = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits += 1
                if mantissa != 0 || byte != UInt8(ascii: "0") {
                    significant += 1
                    if significant <= 19 { mantissa = mantissa &* 10 &+ UInt64(byte - UInt8(ascii: "0")) } else if !sawPoint { exponent += 1 }
                }
                if sawPoint && significant <= 19 { exponent -= 1 }
            } else {
                break
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        if index < end {
            guard text[index] | 0x20 == UInt8(ascii: "e"), let power = exponentPart(text, from: index + 1, to: end) else { return nil }
            exponent += power
        }
        if significant <= 15, abs(exponent) <= 22 {
            let magnitude = exponent < 0 ? Double(mantissa) / powersOfTen[-exponent] : Double(mantissa) * powersOfTen[exponent]
            return negative ? -magnitude : magnitude
        }
        let value = withUnsafeTemporaryAllocation(of: CChar.self, capacity: end - first + 1) { copy in
            for offset in 0..<(end - first) { copy[offset] = CChar(bitPattern: text[first + offset]) }
            copy[end - first] = 0
            return strtod(copy.baseAddress!, nil)
        }
        return value.isFinite ? value : nil
    }

    private static func exponentPart(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var index = start
        var negative = false
        if index < end, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
            negative = text[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < end else { return nil }
        var value = 0
        while index < end {
            let byte = text[index]
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = min(value * 10 + Int(byte - UInt8(ascii: "0")), 100_000)
            index += 1
        }
        return negative ? -value : value
    }

    /// A non-negative decimal integer such as a shared-string index.
    static func index(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0
        var digits = 0
        for byte in text where !XMLByteScanner.isSpace(byte) {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"), digits < 18 else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    /// An ISO 8601 date or date-time as `t="d"` cells hold it (`2018-07-17`, `2018-07-17T08:30:00Z`);
    /// fractions of a second and a time zone are dropped.
    static func isoDate(_ text: String) -> DateTime? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "T", maxSplits: 1)
        guard let datePart = parts.first else { return nil }
        let fields = datePart.split(separator: "-").compactMap { Int($0) }
        guard fields.count == 3, DateTime.isValidDate(year: fields[0], month: fields[1], day: fields[2]) else { return nil }
        var time = [0, 0, 0]
        if parts.count == 2 {
            let clock = parts[1].prefix { $0.isNumber || $0 == ":" || $0 == "." }
            let numbers = clock.split(separator: ":").map { Double($0) ?? -1 }
            guard (2...3).contains(numbers.count), numbers.allSatisfy({ $0 >= 0 }) else { return nil }
            time = [Int(numbers[0]), Int(numbers[1]), numbers.count == 3 ? Int(numbers[2]) : 0]
        }
        return DateTime(year: fields[0], month: fields[1], day: fields[2], hour: time[0], minute: time[1], second: time[2])
    }
}
