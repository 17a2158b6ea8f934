/// A cell's place as a person sees it in Excel: 1-based row and column.
public struct CellAddress: Sendable, Hashable, Comparable, CustomStringConvertible {
    public static let maxRow = 1_048_576
    public static let maxColumn = 16_384  // XFD

    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `C14` (letters then digits, any letter case). Nil for anything else or past XFD1048576.
    public init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var sawDigit = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where column > 0:
                sawDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
            if column > Self.maxColumn || row > Self.maxRow { return nil }
        }
        guard sawDigit, row >= 1 else { return nil }
        self.init(row: row, column: column)
    }

    /// Excel's column letters: 1 → A, 27 → AA.
    public static func columnLetters(_ column: Int) -> String {
        var number = column
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    public var columnLetters: String { Self.columnLetters(column) }

    public var description: String { columnLetters + String(row) }

    public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}

/// A rectangle of cells such as a merged range `B3:B9`.
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    public var first: CellAddress
    public var last: CellAddress

    public init(first: CellAddress, last: CellAddress) {
        self.first = CellAddress(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellAddress(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    /// Parses `A1:F1` or a single cell `A1`.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let first = CellAddress(parts[0]) else { return nil }
        guard parts.count == 2 else {
            self.init(first: first, last: first)
            return
        }
        guard let last = CellAddress(parts[1]) else { return nil }
        self.init(first: first, last: last)
    }

    public func contains(_ address: CellAddress) -> Bool {
        (first.row...last.row).contains(address.row) && (first.column...last.column).contains(address.column)
    }

    public var description: String {
        first == last ? first.description : first.description + ":" + last.description
    }
}
