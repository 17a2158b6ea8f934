import Spreadsheet

/// Turns schema tables into a Schema, collecting every problem with its place rather than stopping
/// at the first: `schema check` lists them all.
struct SchemaBuilder {
    let file: String
    var problems: [SchemaProblem] = []

    init(file: String) {
        self.file = file
    }

    mutating func build(_ tables: [SchemaTable]) -> Schema {
        let table = { (name: String) in tables.first { TextFolding.key($0.name) == name } }
        let survey = table("survey")
        var fields: [Field] = []
        if let survey {
            fields = readSurvey(survey)
        } else {
            problems.append(SchemaProblem(.error, file: file, sheet: "survey", message: LocalizedText(
                zh: "找不到 survey 表（字段表）：XLSForm 需要 survey、choices、settings 三张表",
                en: "no survey sheet: an XLSForm needs the sheets survey, choices and settings")))
        }
        let choiceLists = table("choices").map { readChoices($0) } ?? [:]
        checkLists(of: fields, against: choiceLists, in: survey)
        let settings = table("settings").map { readSettings($0, fields: fields) } ?? Settings()
        for var problem in Schema(fields: fields, choiceLists: choiceLists, settings: settings).expressionProblems(file: file) {
            // The expression's own column, so that a workbook problem names its cell.
            problem.sheet = survey?.name ?? problem.sheet
            problem.column = problem.columnName.flatMap { survey?.columnIndex($0) }.map { $0 + 1 }
            problems.append(problem)
        }
        // In file order: survey, choices, settings, then by row and column.
        let rank = ["survey": 0, "choices": 1, "settings": 2]
        problems = problems.enumerated().sorted { left, right in
            let a = left.element, b = right.element
            let keyA = (rank[TextFolding.key(a.sheet ?? "")] ?? 3, a.row ?? 0, a.column ?? 0, left.offset)
            let keyB = (rank[TextFolding.key(b.sheet ?? "")] ?? 3, b.row ?? 0, b.column ?? 0, right.offset)
            return keyA < keyB
        }.map(\.element)
        return Schema(fields: fields, choiceLists: choiceLists, settings: settings,
                      warnings: problems.filter { $0.severity == .warning })
    }

    mutating func report(
        _ severity: Severity, _ table: SchemaTable, row: Int?, column: Int?, zh: String, en: String
    ) {
        problems.append(SchemaProblem(
            severity, file: file, sheet: table.name, row: row, column: column.map { $0 + 1 },
            columnName: column.map { table.headings[$0] }, message: LocalizedText(zh: zh, en: en)))
    }

    private mutating func readSurvey(_ table: SchemaTable) -> [Field] {
        guard let typeColumn = table.columnIndex("type"), let nameColumn = table.columnIndex("name") else {
            report(.error, table, row: table.headerRow, column: nil,
                   zh: "survey 表缺少 type 或 name 列", en: "the survey sheet lacks a type or name column")
            return []
        }
        let columns = SurveyColumns(table)
        var fields: [Field] = []
        var seen: Set<String> = []
        for row in table.rows {
            let name = row.text(nameColumn)
            guard let typeText = row.text(typeColumn) else {
                if name != nil {
                    report(.error, table, row: row.number, column: typeColumn,
                           zh: "字段 \(name!) 没有填写 type", en: "field \(name!) has no type")
                }
                continue
            }
            guard let type = fieldType(typeText, table: table, row: row.number, column: typeColumn) else { continue }
            guard let name, FieldName.isValid(name) else {
                report(.error, table, row: row.number, column: nameColumn,
                       zh: "name “\(name ?? "")”无效：须以字母开头，只含字母、数字和下划线",
                       en: "name “\(name ?? "")” is not valid: a letter followed by letters, digits or _")
                continue
            }
            guard seen.insert(name).inserted else {
                report(.error, table, row: row.number, column: nameColumn,
                       zh: "name “\(name)”重复了", en: "name “\(name)” is used twice")
                continue
            }
            fields.append(columns.field(name: name, type: type, row: row, builder: &self))
        }
        checkHeadings(of: fields, in: table)
        return fields
    }

    /// A heading two fields accept goes to the first of them: worth a warning, as the second never gets it.
    private mutating func checkHeadings(of fields: [Field], in table: SchemaTable) {
        var owners: [String: String] = [:]
        for field in fields {
            for heading in HeadingIndex.headings(of: field) {
                let key = HeadingKey.make(heading)
                guard let owner = owners[key] else {
                    owners[key] = field.id
                    continue
                }
                guard owner != field.id else { continue }
                report(.warning, table, row: field.schemaRow, column: table.columnIndex("headers"),
                       zh: "标题“\(heading)”同时属于字段 \(owner) 和 \(field.id)，读表时归 \(owner)",
                       en: "heading “\(heading)” belongs to both \(owner) and \(field.id): returns read it as \(owner)")
            }
        }
    }

    /// The XLSForm type; nil for rows that hold no data (notes, group markers) or cannot be read.
    private mutating func fieldType(_ text: String, table: SchemaTable, row: Int, column: Int) -> FieldType? {
        var words = TextFolding.clean(text).lowercased().split(separator: " ").map(String.init)
        if words.count > 1, words[0] == "begin" || words[0] == "end" {
            words = [words[0] + "_" + words[1]] + words.dropFirst(2)
        }
        let head = words[0]
        switch head {
        case "select_one", "select_multiple":
            guard words.count >= 2 else {
                report(.error, table, row: row, column: column,
                       zh: "\(head) 后面要写选项表名，如 select_one poverty",
                       en: "\(head) needs a choice list name, as in select_one poverty")
                return nil
            }
            return head == "select_one" ? .selectOne(list: words[1]) : .selectMultiple(list: words[1])
        case "note", "begin_group", "end_group", "begin_repeat", "end_repeat":
            return nil
        default:
            if let type = Self.plainTypes[head] { return type }
            report(.warning, table, row: row, column: column,
                   zh: "类型 \(head) 不受支持，按文本读取", en: "type \(head) is not supported: read as text")
            return .text
        }
    }

    private static let plainTypes: [String: FieldType] = [
        "text": .text, "integer": .integer, "int": .integer, "decimal": .decimal, "date": .date,
        "boolean": .boolean, "name": .name, "name_list": .nameList, "text_list": .textList,
        "id_card": .idCard, "phone": .phone,
    ]

    private mutating func checkLists(of fields: [Field], against lists: [String: ChoiceList], in survey: SchemaTable?) {
        guard let survey, let typeColumn = survey.columnIndex("type") else { return }
        for field in fields {
            switch field.type {
            case .selectOne(let list) where lists[list] == nil, .selectMultiple(let list) where lists[list] == nil:
                report(.error, survey, row: field.schemaRow, column: typeColumn,
                       zh: "choices 表中没有选项表 \(list)", en: "the choices sheet has no list \(list)")
            default:
                continue
            }
        }
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

/// Field ids (and measure ids): a letter followed by letters, digits or `_`.
enum FieldName {
    static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCIILetter else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "_" }
    }
}
