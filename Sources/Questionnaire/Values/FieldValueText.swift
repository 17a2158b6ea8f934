import Spreadsheet

/// A typed value written for people: in messages, in extra text, in decoded strings.
enum FieldValueText {
    static func display(_ value: FieldValue) -> String {
        switch value {
        case .text(let text), .choice(let text): return text
        case .integer(let number): return String(number)
        case .decimal(let number): return CellText.display(number)
        case .boolean(let answer): return answer ? "是" : "否"
        case .date(let date): return date.description
        case .choices(let items), .list(let items): return items.joined(separator: "、")
        }
    }
}
