/// Turns what a `<c>` element held into a cell value: its `t` type, its style's number format, the text
/// of `<v>` and of an inline `<is>` string.
struct CellDecoder {
    enum CellType { case number, shared, inline, formulaText, boolean, error, isoDate }

    /// Why a cell cannot be read; the sheet is then malformed.
    enum Failure: Error {
        case pastSharedStrings
        /// libxml2 refuses bytes that are not UTF-8 in every other part; text cells must not silently
        /// become U+FFFD either. Only text is checked: numbers and shared-string indexes are parsed as ASCII.
        case notUTF8
    }

    let sharedStrings: SharedStringTable
    let styles: CellStyles
    let date1904: Bool

    static func cellType(_ bytes: UnsafeBufferPointer<UInt8>) -> CellType {
        switch bytes.count {
        case 1:
            switch bytes[0] {
            case UInt8(ascii: "s"): .shared
            case UInt8(ascii: "b"): .boolean
            case UInt8(ascii: "e"): .error
            case UInt8(ascii: "d"): .isoDate
            default: .number
            }
        case 3 where equal(bytes, "str"): .formulaText
        case 9 where equal(bytes, "inlineStr"): .inline
        default: .number
        }
    }

    /// Compares with the bytes of a static string: `elementsEqual(_:)` against a `String.UTF8View` took a generic
    /// path for every `t="inlineStr"` cell.
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        bytes.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    func value(
        type: CellType, style: Int, value: UnsafeBufferPointer<UInt8>?, inline: UnsafeBufferPointer<UInt8>?
    ) throws(Failure) -> CellValue {
        if let inline, type == .inline || value == nil { return try text(inline) }
        guard let value else { return .empty }
        switch type {
        case .number:
            guard let number = CellText.number(value) else { return try text(value) }
            if styles.isDate(style: style), let date = ExcelDate.dateTime(serial: number, date1904: date1904) {
                return .date(date)
            }
            return .number(number)
        case .shared:
            guard let index = CellText.index(value) else {
                guard value.allSatisfy(XMLByteScanner.isSpace) else { throw .pastSharedStrings }
                return .empty
            }
            guard let string = sharedStrings[index] else { throw .pastSharedStrings }
            return string.isEmpty ? .empty : .text(string)
        case .inline, .formulaText:
            return try text(value)
        case .boolean:
            switch try Self.string(value).lowercased() {
            case "1", "true": return .bool(true)
            case "0", "false": return .bool(false)
            default: return try text(value)
            }
        case .error:
            return value.isEmpty ? .empty : .error(try Self.string(value))
        case .isoDate:
            if let date = CellText.isoDate(try Self.string(value)) { return .date(date) }
            return try text(value)
        }
    }

    /// A text cell; no text at all is an empty cell.
    private func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> CellValue {
        guard !bytes.isEmpty else { return .empty }
        try Self.checkUTF8(bytes)
        return .text(ExcelText.string(bytes))
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> String {
        try checkUTF8(bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func checkUTF8(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) {
        guard let base = bytes.baseAddress, UTF8Validation.check(base, count: bytes.count) != .valid else { return }
        throw .notUTF8
    }

    /// WPS stores an in-cell picture as `<f>_xlfn.DISPIMG("ID_…",1)</f><v>=DISPIMG("ID_…",1)</v>`.
    static func isPicture(formulaHead: [UInt8], value: UnsafeBufferPointer<UInt8>?) -> Bool {
        formulaHead.starts(with: "_xlfn.DISPIMG(".utf8) || (value?.starts(with: "=DISPIMG(".utf8) ?? false)
    }
}

extension CellAddress {
    /// Parses a reference such as `AB12` from raw bytes; nil for anything else or past XFD1048576.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CellAddress? {
        var column = 0
        var row = 0
        var index = 0
        while index < bytes.count {
            let letter = bytes[index] | 0x20
            guard letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "z") else { break }
            column = column * 26 + Int(letter - UInt8(ascii: "a")) + 1
            if column > maxColumn { return nil }
            index += 1
        }
        guard column > 0, index < bytes.count else { return nil }
        while index < bytes.count {
            let digit = bytes[index]
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
            row = row * 10 + Int(digit - UInt8(ascii: "0"))
            if row > maxRow { return nil }
            index += 1
        }
        return row >= 1 ? CellAddress(row: row, column: column) : nil
    }
}
