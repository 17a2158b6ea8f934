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

    /// Whether `column` (1 for A) is fitted to its content, so its cells are measured.
    func fits(_ column: Int) -> Bool {
        column - 1 < fitted.count && fitted[column - 1]
    }

    /// Takes a cell of a fitted column into account.
    mutating func measure(_ value: CellValue, column: Int, fontSize: Double, bold: Bool) {
        let index = column - 1
        let scale = fontSize / 11 * (bold ? 1.1 : 1)
        let characters: Int
        switch value {
        case .empty: return
        case .text(let text), .error(let text):
            // A text is never wider than its UTF-8 length: most cells are skipped without measuring.
            guard Double(text.utf8.count) * scale > widest[index] else { return }
            characters = DisplayWidth.columns(of: text)
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
}
