import Spreadsheet

/// What every sheet of every file is read with: the schema and everything derived from it once.
struct ReadingContext: Sendable {
    let schema: Schema
    let headings: HeadingIndex
    /// Fields that place a row in the tables (`group_by`): a row without them is rejected.
    let groupFields: [Int]
    /// Key fields besides the group fields: a row needs at least one of them (a name or a valid ID).
    let identityFields: [Int]
    let sheetField: Int?
    /// The fields whose empty cell matters (required, group or identity fields), in schema order.
    let gapFields: [Int]

    init(schema: Schema) {
        self.schema = schema
        headings = HeadingIndex(schema: schema)
        groupFields = schema.groupByFieldIndexes
        identityFields = schema.keyFieldIndexes.filter { !schema.groupByFieldIndexes.contains($0) }
        sheetField = schema.settings.sheetField.flatMap(schema.fieldIndex)
        let placing = Set(groupFields + identityFields)
        gapFields = schema.fields.indices.filter { schema.fields[$0].required || placing.contains($0) }
    }

    /// The typer of one column: its heading names the field in messages, and a 是否… heading lets 是/否 answer a choice.
    func typer(field: Int, heading: String?) -> FieldTyper {
        FieldTyper(field: schema.fields[field], schema: schema, heading: heading)
    }

    func field(_ index: Int) -> Field { schema.fields[index] }
}

/// A sheet name that says nothing about a hamlet: Sheet1, 工作表1.
enum DefaultSheetName {
    static func matches(_ name: String) -> Bool {
        let key = TextFolding.key(name)
        let stem = key.prefix { !$0.isASCIIDigit }
        return (stem == "sheet" || stem == "工作表") && key.dropFirst(stem.count).allSatisfy(\.isASCIIDigit)
    }
}
