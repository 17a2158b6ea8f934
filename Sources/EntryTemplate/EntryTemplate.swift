import Questionnaire
import Spreadsheet

/// The blank workbook teachers type a campaign's households into, made from a schema so that most
/// mistakes are stopped at the keyboard: a title, the header with required fields marked, dropdowns,
/// bounds, text-formatted ID and phone columns, date-formatted date columns, and a 说明 sheet.
///
/// ```swift
/// try EntryTemplate(schema: try Schema.builtIn(), hamlets: ["大寨社", "小河边社"]).write(to: "走访登记表.xlsx")
/// ```
///
/// Sheets: 登记表 (the entry sheet, title in rows 1–2, header in row 3, `rows` pre-formatted rows
/// below), 说明, and a hidden 列表 only when a dropdown list is longer than Excel's 255 characters.
public struct EntryTemplate {
    /// The header's row; the title and the campaign line are above it.
    public static let headerRow = 3

    public var schema: Schema
    /// The hamlet (自然社) dropdown; empty for a free-text hamlet column.
    public var hamlets: [String]
    /// How many rows below the header get the formats and validations.
    public var rows: Int
    public var language: Language

    /// `hamlets` nil: the schema's `hamlet_order`.
    public init(schema: Schema, hamlets: [String]? = nil, rows: Int = 1000, language: Language = .zh) {
        self.schema = schema
        self.hamlets = hamlets ?? schema.settings.hamletOrder
        self.rows = rows
        self.language = language
    }

    /// Writes the workbook (renamed into place when complete); refuses to write over `protectedPaths`.
    public func write(to path: String, protectedPaths: [String] = []) throws(SpreadsheetError) {
        let words = TemplateWords(language: language)
        var planner = ColumnPlanner(schema: schema, hamlets: hamlets, words: words)
        let columns = schema.fields.map { planner.column(for: $0) }
        let writer = try XLSXWriter(path: path, protectedPaths: protectedPaths,
                                    properties: DocumentProperties(title: title(words)))
        try writeEntrySheet(columns, to: writer, words: words)
        try InstructionsSheet(columns: columns, words: words, firstDataRow: Self.headerRow + 1).write(to: writer)
        try planner.lists.write(to: writer)
        try writer.close()
    }

    private func title(_ words: TemplateWords) -> String { schema.settings.formTitle ?? words.defaultTitle }

    private func writeEntrySheet(_ columns: [TemplateColumn], to writer: XLSXWriter, words: TemplateWords) throws(SpreadsheetError) {
        let dataRows = (Self.headerRow + 1)...(Self.headerRow + max(rows, 1))
        let lastColumn = max(columns.count, 1)
        let titleRanges = columns.count > 1 ? (1...2).map { row in
            CellRange(first: CellAddress(row: row, column: 1), last: CellAddress(row: row, column: lastColumn))
        } : []
        let sheet = try writer.addSheet(words.entrySheet, layout: SheetLayout(
            columnWidths: columns.map { .fixed($0.width) }, frozenRows: Self.headerRow, mergedRanges: titleRanges,
            printSetup: PrintSetup(landscape: true, fitToWidth: true, repeatedRows: Self.headerRow...Self.headerRow),
            dataValidations: columns.enumerated().map { $1.validation(column: $0 + 1, rows: dataRows, words: words) }))
        let styles = TemplateStyles(writer)
        let settings = schema.settings
        let window = settings.windowStart.flatMap { start in
            settings.windowEnd.map { words.span(start.description, $0.description) }
        }
        try sheet.writeRow([.text(title(words))], styles: [styles.title], height: 28)
        try sheet.writeRow([.text(words.subtitle(school: settings.school, village: settings.village, window: window))],
                           styles: [styles.subtitle], height: 20)
        try sheet.writeRow(columns.map { .text($0.heading) },
                           styles: columns.map { $0.field.required ? styles.requiredHeader : styles.header }, height: 36)
        let cellStyles = columns.map { styles.cell($0.format) }
        let empty = [CellValue](repeating: .empty, count: columns.count)
        for _ in dataRows { try sheet.writeRow(empty, styles: cellStyles) }
    }
}
