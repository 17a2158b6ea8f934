import Questionnaire
import Spreadsheet

/// One column of the entry sheet, worked out from one field: its heading, width, cell format, what
/// may be typed (a dropdown, bounds) and the words that explain it in the cell's messages and on 说明.
struct TemplateColumn {
    enum Format {
        case general, text, date
    }

    /// `*` in front of a required field's label: the reader drops a leading or trailing `*` when it
    /// matches headings, and a Chinese form reader knows it.
    static let requiredMarker = "*"

    let field: Field
    let label: String
    var format: Format = .general
    /// Nil when anything may be typed (the cell still gets its input message).
    var rule: DataValidation.Rule?
    var errorStyle: DataValidation.ErrorStyle = .stop
    /// What to type, for the input message and 说明.
    var hint: String
    /// What is wrong with a refused value, for the error message.
    var problem: String = ""
    /// The values a dropdown offers, for 说明; empty when there is no list.
    var allowedValues: [String] = []
    var example: String = ""
    /// The width the values need; the heading may need more.
    var valueWidth: Double

    var heading: String { (field.required ? Self.requiredMarker : "") + label }

    var width: Double { min(max(valueWidth, Double(DisplayWidth.columns(of: heading) + 2), 8), 40) }

    /// The validation of `rows` of column `column`: the rule with its messages, or only the input message.
    func validation(column: Int, rows: ClosedRange<Int>, words: TemplateWords) -> DataValidation {
        let range = CellRange(first: CellAddress(row: rows.lowerBound, column: column),
                              last: CellAddress(row: rows.upperBound, column: column))
        let input = DataValidation.Message(
            title: words.clipped(label, to: DataValidation.maxTitleLength),
            text: words.clipped((field.required ? words.required : "") + hint, to: DataValidation.maxMessageLength))
        let error = rule.map { _ in
            DataValidation.Message(
                title: words.errorTitle(errorStyle),
                text: words.clipped(words.errorText(label: label, problem: problem), to: DataValidation.maxMessageLength))
        }
        return DataValidation(ranges: [range], rule: rule ?? .anyValue, errorStyle: errorStyle,
                              inputMessage: input, errorMessage: error)
    }
}
