/// Tells date and time number formats from the others.
enum NumberFormat {
    /// Built-in ids that are dates or times: 14–22 and 45–47 everywhere, and in Chinese (and other CJK)
    /// Excel 27–36 and 50–58 (31 is `yyyy"年"m"月"d"日"`). WPS uses 58 without defining it.
    static func isBuiltInDate(id: Int) -> Bool {
        switch id {
        case 14...22, 27...36, 45...47, 50...58: true
        default: false
        }
    }

    /// A custom format is a date when a date or time token (y m d h s) appears outside quoted literals,
    /// `\`-escaped characters, `_x` spacers, `*x` fills and bracketed codes such as `[Red]`, `[$-804]` or
    /// `[DBNum1]`. An elapsed-time format (`[h]:mm:ss`) shows a duration, not a point in time: its cell
    /// stays a number (the serial, in days), as calamine and openpyxl also read it.
    static func isDate(code: String) -> Bool {
        var bytes = code.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "\""):
                while let inner = bytes.next(), inner != UInt8(ascii: "\"") {}
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                _ = bytes.next()
            case UInt8(ascii: "["):
                var bracket: [UInt8] = []
                while let inner = bytes.next(), inner != UInt8(ascii: "]") { bracket.append(inner | 0x20) }
                if !bracket.isEmpty, bracket.allSatisfy({ [UInt8(ascii: "h"), UInt8(ascii: "m"), UInt8(ascii: "s")].contains($0) }) {
                    return false
                }
            default:
                switch byte | 0x20 {
                case UInt8(ascii: "y"), UInt8(ascii: "m"), UInt8(ascii: "d"), UInt8(ascii: "h"), UInt8(ascii: "s"): return true
                default: continue
                }
            }
        }
        return false
    }
}
