import Questionnaire
import Spreadsheet

/// The rows of 问题清单: every issue, one per row.
public enum IssueListing {
    public static func headings(in language: Language) -> [String] {
        IssueListHeadings.headings(in: language)
    }

    public static func row(_ issue: Issue, schema: Schema, language: Language) -> [CellValue] {
        let location = issue.location
        return [
            .text(location.file), text(location.sheet), location.row.map { .number(Double($0)) } ?? .empty,
            text(location.cell), text(issue.field.map { schema.field($0)?.label(in: language) ?? $0 }),
            .text(issue.code.rawValue), .text(severityWord(issue.severity, language)), text(issue.value),
            .text(issue.message.text(in: language)),
        ]
    }

    public static func severityWord(_ severity: Severity, _ language: Language) -> String {
        switch (severity, language) {
        case (.error, .zh): "错误"
        case (.warning, .zh): "警告"
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        }
    }
}

/// The rows of 明细: every record typed (numbers as numbers, dates as dates, ID numbers as text) with its
/// source file, sheet and row. Choice labels are looked up once, not per cell.
public struct RecordListing: Sendable {
    public let headings: [String]
    /// Per field, the label of each choice code (empty for fields without choices).
    private let choiceLabels: [[String: String]]
    private let yes: String
    private let no: String
    private let separator: String

    public init(schema: Schema, language: Language) {
        let zh = language == .zh
        headings = schema.fields.map { $0.label(in: language) }
            + (zh ? ["来源文件", "来源工作表", "来源行"] : ["Source file", "Source sheet", "Source row"])
        choiceLabels = schema.fields.map { field in
            Dictionary(choices(of: field, in: schema).map { ($0.code, $0.label(in: language)) }) { first, _ in first }
        }
        (yes, no, separator) = zh ? ("是", "否", "、") : ("yes", "no", ", ")
    }

    public func row(_ record: Record) -> [CellValue] {
        var row: [CellValue] = []
        row.reserveCapacity(headings.count)  // one allocation for the million rows of a large run
        for field in choiceLabels.indices {
            row.append(field < record.values.count ? cell(record.values[field], labels: choiceLabels[field]) : .empty)
        }
        row.append(.text(record.source.file))
        row.append(.text(record.source.sheet))
        row.append(.number(Double(record.source.row)))
        return row
    }

    private func cell(_ value: FieldValue?, labels: [String: String]) -> CellValue {
        switch value {
        case nil: .empty
        case .text(let text): .text(text)
        case .integer(let number): .number(Double(number))
        case .decimal(let number): .number(number)
        case .boolean(let flag): .text(flag ? yes : no)
        case .date(let date): .date(date)
        case .choice(let code): .text(labels[code] ?? code)
        case .choices(let codes): .text(codes.map { labels[$0] ?? $0 }.joined(separator: separator))
        case .list(let items): .text(items.joined(separator: separator))
        }
    }
}

private func text(_ value: String?) -> CellValue { value.map { .text($0) } ?? .empty }
