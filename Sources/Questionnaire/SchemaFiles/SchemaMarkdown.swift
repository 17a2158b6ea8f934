import Foundation

/// One table of a schema file: a sheet of the XLSForm workbook, a section of the Markdown twin.
public struct SchemaSheet: Sendable, Hashable {
    public var name: String
    public var headings: [String]
    public var rows: [[String]]
}

/// Writes a schema as its Markdown twin (`# survey`, `# choices`, `# settings`), the form the built-in
/// one is kept in: `schema show` prints it, and the text loads back as the same schema.
extension Schema {
    public func markdown() -> String {
        sheets(expression: Self.code).map { sheet in
            "# \(sheet.name)\n\n" + Self.table(sheet.headings, sheet.rows)
        }.joined(separator: "\n")
    }

    /// The three tables of the schema file (`survey`, `choices`, `settings`), as written to Markdown or to a
    /// workbook; `expression` spells a constraint or relevant expression for the target format.
    public func sheets(expression: (String?) -> String = { $0 ?? "" }) -> [SchemaSheet] {
        let languages = Self.languages(fields.map(\.labels) + choiceLists.values.flatMap { $0.choices.map(\.labels) })
        let messageLanguages = Self.languages(fields.map(\.constraintMessages))
        let measureLanguages = Self.languages(fields.map(\.measureLabels))
        let survey = SchemaSheet(
            name: "survey",
            headings: ["type", "name"] + Self.columns("label", languages) + ["required", "headers", "key", "measure",
                "measure_id"] + Self.columns("measure_label", measureLanguages) + ["min", "max", "constraint"]
                + Self.columns("constraint_message", messageLanguages) + ["relevant", "severity"],
            rows: fields.map { field in
                [field.type.xlsform, field.id] + Self.texts(field.label, field.labels, languages)
                    + [field.required ? "yes" : "", field.headers.joined(separator: " | "), field.isKey ? "yes" : "",
                       field.measure?.rawValue ?? "", field.measureID ?? ""]
                    + Self.texts(field.measureLabel ?? "", field.measureLabels, measureLanguages)
                    + [field.min ?? "", field.max ?? "", expression(field.constraint)]
                    + Self.texts(field.constraintMessage ?? "", field.constraintMessages, messageLanguages)
                    + [expression(field.relevant), field.constraint == nil ? "" : field.severity.rawValue]
            })
        let lists = choiceLists.values.sorted { $0.name < $1.name }
        let choices = SchemaSheet(
            name: "choices",
            headings: ["list_name", "name"] + Self.columns("label", languages) + ["aliases", "yes_no"],
            rows: lists.flatMap { list in
                list.choices.map { choice in
                    [list.name, choice.code] + Self.texts(choice.label, choice.labels, languages)
                        + [choice.aliases.joined(separator: " | "), choice.yesNo.map { $0 ? "yes" : "no" } ?? ""]
                }
            })
        let entries: [(String, String?)] = [
            ("form_title", settings.formTitle), ("form_id", settings.formID), ("version", settings.version),
            ("default_language", settings.defaultLanguage), ("school", settings.school), ("village", settings.village),
            ("window_start", settings.windowStart?.description), ("window_end", settings.windowEnd?.description),
            ("group_by", settings.groupBy.isEmpty ? nil : settings.groupBy.joined(separator: ",")),
            ("hamlet_order", settings.hamletOrder.isEmpty ? nil : settings.hamletOrder.joined(separator: " | ")),
            ("sheet_field", settings.sheetField),
        ]
        let settingsSheet = SchemaSheet(
            name: "settings", headings: ["setting", "value"],
            rows: entries.compactMap { key, value in value.map { [key, $0] } })
        return [survey, choices, settingsSheet]
    }

    /// Language codes used anywhere, Chinese and English first.
    private static func languages(_ maps: [[String: String]]) -> [String] {
        let all = Set(maps.flatMap(\.keys))
        return ["zh", "en"].filter(all.contains) + all.subtracting(["zh", "en"]).sorted()
    }

    private static func columns(_ base: String, _ languages: [String]) -> [String] {
        guard !languages.isEmpty else { return [base] }
        return languages.map { base + "::" + ($0 == "zh" ? "中文" : $0 == "en" ? "English" : $0) }
    }

    private static func texts(_ first: String, _ byLanguage: [String: String], _ languages: [String]) -> [String] {
        guard !languages.isEmpty else { return [first] }
        // A label given without a language stands in the first language column.
        return languages.enumerated().map { index, language in byLanguage[language] ?? (index == 0 ? first : "") }
    }

    /// An expression in backticks, so Markdown shows `*` and `|` as written.
    private static func code(_ expression: String?) -> String {
        guard let expression, !expression.isEmpty else { return "" }
        return expression.contains("`") ? expression : "`" + expression + "`"
    }

    private static func table(_ headings: [String], _ rows: [[String]]) -> String {
        let line = { (cells: [String]) in
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        return line(headings) + "|" + String(repeating: "---|", count: headings.count) + "\n" + rows.map(line).joined()
    }
}

extension FieldType {
    /// The XLSForm spelling: `integer`, `select_one poverty`, `name_list`.
    public var xlsform: String {
        switch self {
        case .text: return "text"
        case .integer: return "integer"
        case .decimal: return "decimal"
        case .date: return "date"
        case .boolean: return "boolean"
        case .name: return "name"
        case .nameList: return "name_list"
        case .textList: return "text_list"
        case .idCard: return "id_card"
        case .phone: return "phone"
        case .selectOne(let list): return "select_one " + list
        case .selectMultiple(let list): return "select_multiple " + list
        }
    }
}
