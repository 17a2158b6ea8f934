import Foundation
import Spreadsheet

/// A cell as a person sees it, for text fields, extra columns and the `value` of an issue.
enum CellText {
    static func display(_ cell: CellValue) -> String {
        switch cell {
        case .empty: return ""
        case .text(let text): return text
        case .number(let number): return display(number)
        case .bool(let value): return value ? "TRUE" : "FALSE"
        case .date(let date): return date.description
        case .error(let code): return code
        }
    }

    /// 3.0 → "3"; other numbers to the 15 significant digits Excel keeps (4.2E+17, 0.3).
    static func display(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return String(format: "%.15G", number)
    }

    /// The cell's text with white space trimmed; nil when nothing is left.
    static func trimmed(_ cell: CellValue) -> String? {
        let text: String
        if case .text(let value) = cell { text = TextFolding.trim(value) } else { text = display(cell) }
        return text.isEmpty ? nil : text
    }
}
