import Spreadsheet

extension SchemaBuilder {
    mutating func readChoices(_ table: SchemaTable) -> [String: ChoiceList] {
        guard let listColumn = table.columnIndex("list_name") ?? table.columnIndex("listname"),
              let nameColumn = table.columnIndex("name") else {
            report(.error, table, row: table.headerRow, column: nil,
                   zh: "choices 表缺少 list_name 或 name 列", en: "the choices sheet lacks a list_name or name column")
            return [:]
        }
        let labels = table.languageColumns("label")
        let aliasColumn = table.columnIndex("aliases")
        let yesNoColumn = table.columnIndex("yes_no")
        var lists: [String: ChoiceList] = [:]
        for row in table.rows {
            guard let list = row.text(listColumn) else { continue }
            guard let code = row.text(nameColumn) else {
                report(.error, table, row: row.number, column: nameColumn,
                       zh: "选项缺少 name（代码）", en: "the choice has no name (code)")
                continue
            }
            var choice = Choice(code: code, label: code)
            for column in labels {
                guard let text = row.text(column.index) else { continue }
                if choice.label == code && choice.labels.isEmpty { choice.label = text }
                if let language = column.language { choice.labels[language] = text }
            }
            choice.aliases = (row.text(aliasColumn) ?? "").split(separator: "|")
                .map { TextFolding.trim(String($0)) }.filter { !$0.isEmpty }
            if let text = row.text(yesNoColumn) {
                choice.yesNo = SchemaFlag.parse(text)
                if choice.yesNo == nil {
                    report(.error, table, row: row.number, column: yesNoColumn,
                           zh: "yes_no “\(text)”无效：填 yes 或 no", en: "yes_no “\(text)” is not valid: use yes or no")
                }
            }
            var choices = lists[list]?.choices ?? []
            if choices.contains(where: { $0.code == code }) {
                report(.error, table, row: row.number, column: nameColumn,
                       zh: "选项表 \(list) 中代码 \(code) 重复了", en: "code \(code) appears twice in list \(list)")
                continue
            }
            choices.append(choice)
            lists[list] = ChoiceList(name: list, choices: choices)
        }
        return lists
    }

    /// Settings as XLSForm writes them (a heading row and one row of values) or as a two-column
    /// `setting | value` table, which reads better in Markdown.
    mutating func readSettings(_ table: SchemaTable, fields: [Field]) -> Settings {
        var entries: [(key: String, value: String, row: Int, column: Int)] = []
        let keys = table.headings.map(TextFolding.key)
        if keys.count >= 2, ["setting", "key", "name"].contains(keys[0]), keys[1] == "value" {
            for row in table.rows {
                guard let key = row.text(0), let value = row.text(1) else { continue }
                entries.append((TextFolding.key(key), value, row.number, 1))
            }
        } else if let row = table.rows.first {
            for (index, key) in keys.enumerated() {
                guard let value = row.text(index) else { continue }
                entries.append((key, value, row.number, index))
            }
        }
        var settings = Settings()
        for entry in entries {
            var invalid: (zh: String, en: String)?
            switch entry.key {
            case "form_title": settings.formTitle = entry.value
            case "form_id": settings.formID = entry.value
            case "version": settings.version = entry.value
            case "default_language": settings.defaultLanguage = entry.value
            case "school": settings.school = entry.value
            case "village": settings.village = entry.value
            case "window_start", "window_end":
                guard case .date(let date) = DateText.parse(entry.value, campaignYear: nil) else {
                    invalid = ("“\(entry.value)”不是日期，如 2018-07-17", "“\(entry.value)” is not a date such as 2018-07-17")
                    break
                }
                if entry.key == "window_start" { settings.windowStart = date } else { settings.windowEnd = date }
            case "group_by", "sheet_field":
                let names = entry.value.split(separator: ",").map { TextFolding.trim(String($0)) }
                if let unknown = names.first(where: { name in !fields.contains { $0.id == name } }) {
                    invalid = ("没有名为 \(unknown) 的字段", "there is no field named \(unknown)")
                } else if entry.key == "group_by" {
                    settings.groupBy = names
                } else {
                    settings.sheetField = names.first
                }
            case "hamlet_order":
                settings.hamletOrder = entry.value.split(separator: "|").map { TextFolding.trim(String($0)) }
            default:
                continue
            }
            if let invalid {
                report(.error, table, row: entry.row, column: entry.column, zh: invalid.zh, en: invalid.en)
            }
        }
        if let start = settings.windowStart, let end = settings.windowEnd, end < start {
            report(.error, table, row: nil, column: nil,
                   zh: "window_end 早于 window_start", en: "window_end is before window_start")
        }
        return settings
    }
}
