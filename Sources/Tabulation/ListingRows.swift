import Questionnaire
import Spreadsheet

/// The rows of 问题清单: every issue, one per row.
public enum IssueListing {
    public static func headings(in language: Language) -> [String] {
        language == .zh
            ? ["文件", "工作表", "行", "单元格", "字段", "代码", "级别", "值", "说明"]
            : ["File", "Sheet", "Row", "Cell", "Field", "Code", "Severity", "Value", "Message"]
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

    private static func severityWord(_ severity: Severity, _ language: Language) -> String {
        switch (severity, language) {
        case (.error, .zh): "错误"
        case (.warning, .zh): "警告"
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        }
    }
}

/// The rows of 明细: every record typed (numbers as numbers, dates as dates, ID numbers as text) with its
/// source file, sheet and row.
public enum RecordListing {
    public static func headings(schema: Schema, language: Language) -> [String] {
        schema.fields.map { $0.label(in: language) }
            + (language == .zh ? ["来源文件", "来源工作表", "来源行"] : ["Source file", "Source sheet", "Source row"])
    }

    public static func row(_ record: Record, schema: Schema, language: Language) -> [CellValue] {
        zip(schema.fields, record.values).map { field, value in cell(value, of: field, schema: schema, language: language) }
            + [.text(record.source.file), .text(record.source.sheet), .number(Double(record.source.row))]
    }

    private static func cell(_ value: FieldValue?, of field: Field, schema: Schema, language: Language) -> CellValue {
        let separator = language == .zh ? "、" : ", "
        switch value {
        case nil: return .empty
        case .text(let text): return .text(text)
        case .integer(let number): return .number(Double(number))
        case .decimal(let number): return .number(number)
        case .boolean(let flag): return .text(flag ? (language == .zh ? "是" : "yes") : (language == .zh ? "否" : "no"))
        case .date(let date): return .date(date)
        case .choice(let code): return .text(choiceLabel(code, of: field, schema: schema, language: language))
        case .choices(let codes):
            return .text(codes.map { choiceLabel($0, of: field, schema: schema, language: language) }.joined(separator: separator))
        case .list(let items): return .text(items.joined(separator: separator))
        }
    }

    private static func choiceLabel(_ code: String, of field: Field, schema: Schema, language: Language) -> String {
        choices(of: field, in: schema).first { $0.code == code }?.label(in: language) ?? code
    }
}

private func text(_ value: String?) -> CellValue { value.map { .text($0) } ?? .empty }
