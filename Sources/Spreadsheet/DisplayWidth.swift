/// How many columns a text takes in a terminal or a spreadsheet cell: East Asian wide and full-width
/// characters count two. Used for column widths in written workbooks and for aligned terminal tables.
public enum DisplayWidth {
    /// The width of the longest line, East Asian wide and fullwidth characters counting two.
    public static func columns(of text: String) -> Int {
        var longest = 0
        var current = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                longest = max(longest, current)
                current = 0
            } else {
                current += isWide(scalar.value) ? 2 : 1
            }
        }
        return max(longest, current)
    }

    /// East Asian Width W or F (Unicode UAX #11), by the blocks that matter in practice.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}
