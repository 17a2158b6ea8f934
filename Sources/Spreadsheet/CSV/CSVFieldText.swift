import Glibc

/// How one cell is written into a CSV field: the text Excel shows for it, quoted when needed.
enum CSVFieldText {
    /// The text a cell shows in Excel with the General format: numbers with up to 15 significant digits
    /// (Excel's precision), in scientific form only where Excel uses it; dates as ISO `YYYY-MM-DD`
    /// (plus ` HH:MM:SS`), which Excel and WPS read back as dates; booleans as TRUE/FALSE.
    static func displayed(_ value: CellValue) -> String {
        switch value {
        case .empty: return ""
        case .text(let text): return text
        case .number(let number): return general(number)
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        case .error(let code): return code
        case .date(let date):
            let day = String(date.description.prefix(10))
            guard date.hasTime else { return day }
            return day + " " + date.description.dropFirst(11)
        }
    }

    static func general(_ number: Double) -> String {
        guard number.isFinite else { return "#NUM!" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        var bytes = [CChar](repeating: 0, count: 40)
        _ = withVaList([number]) { vsnprintf(&bytes, bytes.count, "%.15G", $0) }
        let text = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let exponent = text.firstIndex(of: "E") else { return trimmedFraction(text) }
        return trimmedFraction(String(text[..<exponent])) + text[exponent...]
    }

    private static func trimmedFraction(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var trimmed = Substring(text)
        while trimmed.last == "0" { trimmed.removeLast() }
        if trimmed.last == "." { trimmed.removeLast() }
        return String(trimmed)
    }

    /// Appends the field for `value` to `output` (UTF-8), RFC 4180 quoted when it holds a quote, a line break
    /// or any delimiter our reader might sniff, and with a leading apostrophe when it is text Excel would take
    /// for a formula (OWASP's advice: Excel then shows `'=1+1` as text and never runs it).
    /// Numbers and dates never need either, so they are appended as they are shown, whole numbers and dates
    /// without making a String (明细.csv holds a million rows of them).
    static func append(_ value: CellValue, to output: inout [UInt8]) {
        switch value {
        case .number(let number) where number == number.rounded() && abs(number) < 1e15:
            appendDigits(Int64(number), to: &output)
            return
        case .date(let date):
            appendDate(date, to: &output)
            return
        case .text(let text) where text.utf8.first.map(startsFormula) ?? false:
            appendQuoted("'" + text, to: &output)
            return
        default:
            break
        }
        let text = displayed(value)
        if needsQuotes(text) {
            appendQuoted(text, to: &output)
        } else {
            output.append(contentsOf: text.utf8)
        }
    }

    /// Text starting with one of these is run as a formula by Excel, LibreOffice and WPS ("CSV injection").
    private static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"),
             UInt8(ascii: "\r"): true
        default: false
        }
    }

    private static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(CSVByte.quote)
        for byte in text.utf8 {
            if byte == CSVByte.quote { output.append(CSVByte.quote) }
            output.append(byte)
        }
        output.append(CSVByte.quote)
    }

    /// The digits of `general(Double(value))` for a whole number below 10^15.
    private static func appendDigits(_ value: Int64, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = output.count
        repeat {
            output.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        output[start...].reverse()
    }

    /// `displayed(.date(date))`: the ISO text with a space for its `T`, cut after the day when there is no time.
    /// Digit by digit in the common case (DateTime.description builds seven Strings).
    private static func appendDate(_ date: DateTime, to output: inout [UInt8]) {
        let twoDigits = 0...99
        guard (0...9999).contains(date.year), twoDigits.contains(date.month), twoDigits.contains(date.day),
              twoDigits.contains(date.hour), twoDigits.contains(date.minute), twoDigits.contains(date.second)
        else {
            let text = date.description
            output.append(contentsOf: text.utf8.prefix(10))
            guard date.hasTime else { return }
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: text.utf8.dropFirst(11))
            return
        }
        appendPadded(date.year, width: 4, to: &output)
        output.append(UInt8(ascii: "-"))
        appendPadded(date.month, width: 2, to: &output)
        output.append(UInt8(ascii: "-"))
        appendPadded(date.day, width: 2, to: &output)
        guard date.hasTime else { return }
        output.append(UInt8(ascii: " "))
        appendPadded(date.hour, width: 2, to: &output)
        output.append(UInt8(ascii: ":"))
        appendPadded(date.minute, width: 2, to: &output)
        output.append(UInt8(ascii: ":"))
        appendPadded(date.second, width: 2, to: &output)
    }

    private static func appendPadded(_ value: Int, width: Int, to output: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            output.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    /// One pass over the bytes: `String.contains("，")` goes through Foundation's locale-aware search, which
    /// took a sixth of `zoufang run`'s time writing 明细.csv (perf, 100,000 rows).
    private static func needsQuotes(_ text: String) -> Bool {
        var last = (UInt8(0), UInt8(0))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "|"), UInt8(ascii: "\t"),
                 UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                return true
            case 0x8C where last == (0xEF, 0xBC):  // "，", the full-width comma U+FF0C
                return true
            default:
                last = (last.1, byte)
            }
        }
        // A first line `sep=x` would be taken for Excel's delimiter line.
        return text.utf8.starts(with: "sep=".utf8)
    }
}
