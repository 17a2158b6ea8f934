import Spreadsheet

/// The columns of a survey sheet, found once, and the reading of one row into a Field.
struct SurveyColumns {
    let table: SchemaTable
    let labels: [(index: Int, language: String?)]
    let constraintMessages: [(index: Int, language: String?)]
    let measureLabels: [(index: Int, language: String?)]
    let required, headers, key, measure, measureID, minimum, maximum, constraint, relevant, severity: Int?

    init(_ table: SchemaTable) {
        self.table = table
        labels = table.languageColumns("label")
        constraintMessages = table.languageColumns("constraint_message")
        measureLabels = table.languageColumns("measure_label")
        required = table.columnIndex("required")
        headers = table.columnIndex("headers")
        key = table.columnIndex("key")
        measure = table.columnIndex("measure")
        measureID = table.columnIndex("measure_id")
        minimum = table.columnIndex("min")
        maximum = table.columnIndex("max")
        constraint = table.columnIndex("constraint")
        relevant = table.columnIndex("relevant")
        severity = table.columnIndex("severity")
    }

    func field(name: String, type: FieldType, row: SchemaTable.Row, builder: inout SchemaBuilder) -> Field {
        var field = Field(id: name, type: type, label: name, schemaRow: row.number)
        let (label, labels) = texts(labels, in: row)
        field.label = label ?? name
        field.labels = labels
        let (message, messages) = texts(constraintMessages, in: row)
        field.constraintMessage = message
        field.constraintMessages = messages
        field.headers = (row.text(headers) ?? "").split(separator: "|").map { TextFolding.trim(String($0)) }
            .filter { !$0.isEmpty }
        field.required = flag(required, in: row, builder: &builder)
        field.isKey = flag(key, in: row, builder: &builder)
        field.constraint = row.text(constraint)
        field.relevant = row.text(relevant)
        if let text = row.text(measure) {
            field.measure = Measure(rawValue: text.lowercased())
            if field.measure == nil {
                builder.report(.error, table, row: row.number, column: measure,
                    zh: "measure “\(text)”无效：可用 sum、count_true、count_each、count_nonempty",
                    en: "measure “\(text)” is not valid: use sum, count_true, count_each or count_nonempty")
            }
        }
        field.measureID = row.text(measureID)
        if let id = field.measureID, !FieldName.isValid(id) {
            builder.report(.error, table, row: row.number, column: measureID,
                zh: "measure_id “\(id)”无效：只能用字母、数字和 _，以字母开头",
                en: "measure_id “\(id)” is not valid: letters, digits and _, starting with a letter")
        }
        (field.measureLabel, field.measureLabels) = texts(measureLabels, in: row)
        if let text = row.text(severity) {
            switch text.lowercased() {
            case "error": field.severity = .error
            case "warning": field.severity = .warning
            default:
                builder.report(.error, table, row: row.number, column: severity,
                    zh: "severity “\(text)”无效：填 error 或 warning", en: "severity “\(text)” is not valid: use error or warning")
            }
        }
        field.min = bound(minimum, of: type, in: row, builder: &builder)
        field.max = bound(maximum, of: type, in: row, builder: &builder)
        return field
    }

    /// The first non-empty text among language columns, and the texts by language code.
    private func texts(_ columns: [(index: Int, language: String?)], in row: SchemaTable.Row) -> (String?, [String: String]) {
        var first: String?
        var byLanguage: [String: String] = [:]
        for column in columns {
            guard let text = row.text(column.index) else { continue }
            if first == nil { first = text }
            if let language = column.language { byLanguage[language] = text }
        }
        return (first, byLanguage)
    }

    private func flag(_ column: Int?, in row: SchemaTable.Row, builder: inout SchemaBuilder) -> Bool {
        guard let text = row.text(column) else { return false }
        if let value = SchemaFlag.parse(text) { return value }
        builder.report(.error, table, row: row.number, column: column,
            zh: "“\(text)”无效：填 yes 或 no", en: "“\(text)” is not valid: use yes or no")
        return false
    }

    private func bound(_ column: Int?, of type: FieldType, in row: SchemaTable.Row, builder: inout SchemaBuilder) -> String? {
        guard let text = row.text(column) else { return nil }
        let usable = [.integer, .decimal, .date].contains(type)
        if usable, Bound.parse(text, for: type) != nil { return text }
        let wanted = type == .date ? ("日期，如 2018-07-17", "a date such as 2018-07-17") : ("数字", "a number")
        builder.report(.error, table, row: row.number, column: column,
            zh: usable ? "“\(text)”不是\(wanted.0)" : "只有整数、小数和日期字段可以有 min/max",
            en: usable ? "“\(text)” is not \(wanted.1)" : "only integer, decimal and date fields take min/max")
        return nil
    }
}

/// XLSForm yes/no cells: `yes`, `true()`, `1`, …
enum SchemaFlag {
    static func parse(_ text: String) -> Bool? {
        switch TextFolding.key(text) {
        case "yes", "true", "true()", "1", "y", "是": return true
        case "no", "false", "false()", "0", "n", "否": return false
        default: return nil
        }
    }
}
