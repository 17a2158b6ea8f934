/// Measures the columns a sheet asked to fit to content, as rows pass, so `<cols>` can be written
/// before `<sheetData>` without a second pass over the data.
struct ColumnWidthMeter {
    static let minimumWidth = 4.0
    static let maximumWidth = 80.0

    private let fitted: [Bool]
    /// The widest value seen per fitted column, in digit widths of an 11-point font.
    private var widest: [Double]
    private var scratch = XMLBuffer(capacity: 32)

    init(_ widths: [ColumnWidth]) {
        fitted = widths.map { $0 == .fitContent }
        widest = Array(repeating: 0, count: widths.count)
    }

    var isMeasuring: Bool { fitted.contains(true) }

    mutating func measure(_ value: CellValue, column: Int, fontSize: Double, bold: Bool) {
        let index = column - 1
        guard index < fitted.count, fitted[index] else { return }
        let scale = fontSize / 11 * (bold ? 1.1 : 1)
        let characters: Int
        switch value {
        case .empty: return
        case .text(let text), .error(let text):
            // A text is never wider than its UTF-8 length: most cells are skipped without measuring.
            guard Double(text.utf8.count) * scale > widest[index] else { return }
            characters = Self.displayWidth(of: text)
        case .number(let number):
            scratch.bytes.removeAll(keepingCapacity: true)
            scratch.append(number)
            characters = scratch.bytes.count
        case .bool: characters = 5
        case .date(let date): characters = date.hasTime ? 19 : 10
        }
        widest[index] = max(widest[index], Double(characters) * scale)
    }

    /// The width to write for each column: nil keeps Excel's default.
    func resolvedWidths(_ requested: [ColumnWidth]) -> [Double?] {
        requested.enumerated().map { index, width in
            switch width {
            case .standard: nil
            case .fixed(let value): value
            case .fitContent:
                widest[index] == 0 ? nil
                    : min(Self.maximumWidth, max(Self.minimumWidth, ((widest[index] + 2) * 10).rounded(.up) / 10))
            }
        }
    }

    /// The width of the longest line, East Asian wide and fullwidth characters counting two.
    static func displayWidth(of text: String) -> Int {
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
