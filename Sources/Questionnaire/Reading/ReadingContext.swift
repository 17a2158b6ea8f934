import Spreadsheet

/// What every sheet of every file is read with: the schema and everything derived from it once.
struct ReadingContext: Sendable {
    let schema: Schema
    let headings: HeadingIndex
    let typers: [FieldTyper]
    /// The same typers for columns whose heading asks a question (是否…): there 是/否 answer a choice.
    let questionTypers: [FieldTyper]
    /// Fields that place a row in the tables (`group_by`): a row without them is rejected.
    let groupFields: [Int]
    /// Key fields besides the group fields: a row needs at least one of them (a name or a valid ID).
    let identityFields: [Int]
    let sheetField: Int?

    init(schema: Schema) {
        self.schema = schema
        headings = HeadingIndex(schema: schema)
        typers = schema.fields.map { FieldTyper(field: $0, schema: schema) }
        questionTypers = schema.fields.map { FieldTyper(field: $0, schema: schema, underQuestion: true) }
        groupFields = schema.groupByFieldIndexes
        identityFields = schema.keyFieldIndexes.filter { !schema.groupByFieldIndexes.contains($0) }
        sheetField = schema.settings.sheetField.flatMap(schema.fieldIndex)
    }

    func typer(field: Int, heading: String) -> FieldTyper {
        QuestionHeading.isQuestion(heading) ? questionTypers[field] : typers[field]
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
