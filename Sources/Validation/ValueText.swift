import Questionnaire
import Spreadsheet

/// Field values as text: a canonical form for comparing two copies of a household, and the form people read.
enum ValueText {
    /// Separates the items of a list in the canonical form; never left inside an item.
    static let itemSeparator: Character = "\u{1D}"

    /// The same text for values a person would call the same: lists and multiple choices in sorted order,
    /// booleans as 1/0, choices by code. Empty for a missing value (typed values are never empty).
    static func canonical(_ value: FieldValue?) -> String {
        switch value {
        case nil: return ""
        case .text(let text), .choice(let text): return clean(text)
        case .integer(let number): return String(number)
        case .decimal(let number): return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .boolean(let flag): return flag ? "1" : "0"
        case .date(let date): return date.description
        case .choices(let items), .list(let items):
            return items.map(clean).sorted().joined(separator: String(itemSeparator))
        }
    }

    /// A canonical value as people read it: choice labels, 是/否, list items joined with 、.
    static func display(_ canonical: String, of field: Field, in schema: Schema) -> LocalizedText {
        let items = canonical.split(separator: itemSeparator).map(String.init)
        switch field.type {
        case .boolean:
            return canonical == "1" ? LocalizedText(zh: "是", en: "yes") : LocalizedText(zh: "否", en: "no")
        case .selectOne(let list), .selectMultiple(let list):
            let choices = schema.choiceLists[list]?.choices ?? []
            func labels(_ language: Language) -> String {
                items.map { code in choices.first { $0.code == code }?.label(in: language) ?? code }
                    .joined(separator: language == .zh ? "、" : ", ")
            }
            return LocalizedText(zh: labels(.zh), en: labels(.en))
        default:
            return LocalizedText(zh: items.joined(separator: "、"), en: items.joined(separator: ", "))
        }
    }

    static func display(_ value: FieldValue?, of field: Field, in schema: Schema) -> LocalizedText {
        display(canonical(value), of: field, in: schema)
    }

    /// Control characters used as separators cannot come through from a hostile cell.
    private static func clean(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x1D || $0 == 0x1F }) else { return text }
        return String(text.map { $0 == "\u{1D}" || $0 == "\u{1F}" ? " " : $0 })
    }
}

extension SourceLocation {
    /// `returns/一组.csv「一组」第 7 行` / `row 7 of sheet 一组 in returns/一组.csv`.
    var rowDescription: LocalizedText {
        let sheetName = sheet ?? ""
        let rowNumber = row.map(String.init) ?? "?"
        return LocalizedText(
            zh: "\(file)「\(sheetName)」第 \(rowNumber) 行", en: "row \(rowNumber) of sheet \(sheetName) in \(file)")
    }
}

extension LocalizedText {
    /// Joins texts language by language.
    static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(zh: lhs.zh + rhs.zh, en: lhs.en + rhs.en)
    }

    static func joined(_ parts: [LocalizedText], zh: String, en: String) -> LocalizedText {
        LocalizedText(zh: parts.map(\.zh).joined(separator: zh), en: parts.map(\.en).joined(separator: en))
    }
}

extension Field {
    var labelText: LocalizedText { LocalizedText(zh: label(in: .zh), en: label(in: .en)) }
}
