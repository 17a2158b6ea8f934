import Testing
import Spreadsheet
import TestSupport
@testable import Questionnaire

@Suite struct MarkdownSchemaTests {
    @Test func escapedBarsAndBacktickedCells() {
        let tables = MarkdownTables.parse("""
            # survey
            | type | name | headers | constraint |
            |:---|---:|---|---|
            | integer | n | 人数 \\| 数目 | `. <= ${m}` |

            | not | read |
            # Settings
            | setting | value |
            |---|---|
            | school | 思茅五小 |
            """)
        #expect(tables.map(\.name) == ["survey", "Settings"])
        #expect(tables[0].headerRow == 2)
        #expect(tables[0].rows.map(\.number) == [4])
        #expect(tables[0].rows[0].cells == ["integer", "n", "人数 | 数目", ". <= ${m}"])
        #expect(tables[1].rows[0].cells == ["school", "思茅五小"])
    }

    @Test func theBuiltInRoundTripsThroughMarkdown() throws {
        let again = try Schema.markdown(builtIn.markdown(), file: "shown.md")
        #expect(again.fields == builtIn.fields.map { field in
            var field = field
            field.schemaRow = again.field(field.id)?.schemaRow
            return field
        })
        #expect(again.choiceLists == builtIn.choiceLists)
        #expect(again.settings == builtIn.settings)
    }

    @Test func everyProblemOfAMarkdownSchemaWithItsPlace() throws {
        let (schema, problems) = Schema.check(path: Repository.fixture("questionnaire/schema-with-errors.md"))
        #expect(schema != nil)
        #expect(problems.map { "\($0.severity.rawValue) \($0.sheet!) \($0.row!) \($0.column!) \($0.columnName!)" } == [
            "error survey 6 4 required",
            "error survey 6 5 min",
            "error survey 6 8 constraint",
            "error survey 7 1 type",
            "error survey 8 2 name",
            "error survey 9 2 name",
            "warning survey 10 1 type",
            "error survey 11 5 min",
            "error survey 11 7 severity",
            "error survey 11 8 constraint",
            "error choices 18 2 name",
            "error settings 24 2 value",
            "error settings 25 2 value",
        ])
        #expect(problems[2].message.zh == "students 的 constraint 第 11 个字符处：表达式不完整（. < 10 and）")
        #expect(problems[3].message.zh == "choices 表中没有选项表 povrty")
        #expect(problems[6].message.zh == "类型 geopoint 不受支持，按文本读取")
        #expect(problems[9].message.zh == "note_text 的 constraint 第 1 个字符处：没有名为 studnts 的字段（${studnts} > 0）")
        #expect(problems[11].message.zh == "“2018-13-01”不是日期，如 2018-07-17")
        #expect(problems[12].message.zh == "没有名为 village 的字段")
        let path = Repository.fixture("questionnaire/schema-with-errors.md")
        #expect(problems[0].text(in: .zh) == "\(path) survey 第 6 行（required 列）: 错误: “maybe”无效：填 yes 或 no")
        #expect(problems[0].text(in: .en) == "\(path) survey line 6 (column required): error: “maybe” is not valid: use yes or no")
        #expect(throws: SchemaError.self) { try Schema.load(path: path) }
    }

    @Test func aHeadingTwoFieldsAcceptIsAWarning() throws {
        let schema = try Schema.markdown("""
            # survey
            | type | name | label | headers |
            |---|---|---|---|
            | text | village | 村 | 村委会 |
            | text | hamlet | 自然村 | 村 \\| 社 |
            """, file: "s.md")
        #expect(schema.warnings.map { "\($0.place()) \($0.message.zh)" } == ["survey 第 5 行（headers 列） 标题“村”同时属于字段 village 和 hamlet，读表时归 village"])
    }

    @Test func aMissingFileIsAProblemToo() {
        let (schema, problems) = Schema.check(path: "/nonexistent/schema.md")
        #expect(schema == nil)
        #expect(problems.map(\.message.zh) == ["无法读取问卷文件"])
    }
}

@Suite struct WorkbookSchemaTests {
    /// A form as KoBoToolbox exports it, as the sheets of a workbook.
    static var kobo: MemorySpreadsheet { MemorySpreadsheet([
        .init(name: "survey", rows: [
            ["type", "name", "label::English (en)", "label::中文 (zh)", "required", "relevant"],
            ["start", "start"],
            ["begin_group", "household", "Household", "户"],
            ["text", "hamlet", "Hamlet", "自然社", .bool(true)],
            ["select_one yes_no", "poor", "Registered poor?", "是否建档立卡贫困户", "true()"],
            ["integer", "children", "Children in school", "在校学生数", "yes"],
            ["note", "thanks", "Thank you", "谢谢"],
            ["end group"],
            ["geopoint", "location", "Location", "位置", .empty, "${poor} = 'yes'"],
        ].map { $0.map(Self.cell) }),
        .init(name: "choices", rows: [
            ["list_name", "name", "label::English (en)", "label::中文 (zh)"],
            ["yes_no", "yes", "Yes", "是"], ["yes_no", "no", "No", "否"],
        ].map { $0.map(Self.cell) }),
        .init(name: "settings", rows: [
            ["form_title", "form_id", "version"], ["Household visit", "hv", .number(2_018_071_701)],
        ].map { $0.map(Self.cell) }),
    ]) }

    static func cell(_ value: CellValue) -> CellValue { value }

    @Test func aKoBoToolboxFormLoads() throws {
        var builder = SchemaBuilder(file: "kobo.xlsx")
        let schema = builder.build(try SchemaTables.workbookTables(Self.kobo))
        #expect(schema.fields.map(\.id) == ["start", "hamlet", "poor", "children", "location"])
        #expect(schema.fields.map(\.type) == [.text, .text, .selectOne(list: "yes_no"), .integer, .text])
        #expect(schema.fields[1].labels == ["en": "Hamlet", "zh": "自然社"])
        #expect(schema.fields[1].label == "Hamlet")
        #expect(schema.fields.map(\.required) == [false, true, true, true, false])
        #expect(schema.fields[4].relevant == "${poor} = 'yes'")
        #expect(schema.choiceLists["yes_no"]?.choices.map { $0.label(in: .zh) } == ["是", "否"])
        #expect(schema.settings.formTitle == "Household visit")
        #expect(schema.settings.version == "2018071701")
        #expect(builder.problems.map { "\($0.severity.rawValue) \($0.place())" } == ["warning survey!A2 (type)", "warning survey!A9 (type)"])
        #expect(schema.warnings.count == 2)
    }

    @Test func aKoBoFormReadsReturnsByItsChineseLabels() throws {
        var builder = SchemaBuilder(file: "kobo.xlsx")
        let schema = builder.build(try SchemaTables.workbookTables(Self.kobo))
        let result = read([sheet([["自然社", "是否建档立卡贫困户", "Children in school"], ["上社", "是", "2"]])], schema: schema)
        #expect(result.records.count == 1)
        #expect(result.records[0].values[2] == .choice("yes"))
        #expect(result.records[0].values[3] == .integer(2))
    }
}

extension CellValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
}
