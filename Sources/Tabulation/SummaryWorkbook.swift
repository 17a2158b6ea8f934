import Questionnaire
import Spreadsheet

/// The workbook that goes to the bureau (spec/outputs.md "Tables"): 汇总表, 按类别, 问题清单, 明细, in that order.
/// 明细 is written first: the caller streams every record into it with `addRecord` while reading (the records
/// need not be held in memory, nor read twice), then `close(table:issues:)` writes the three summary sheets,
/// which the workbook lists before 明细.
///
/// ```swift
/// let workbook = try SummaryWorkbook(path: "汇总.xlsx", schema: schema, language: .zh, protectedPaths: inputs)
/// for record in records { try workbook.addRecord(record) }
/// try workbook.close(table: table, issues: issues)
/// ```
public final class SummaryWorkbook {
    private let writer: XLSXWriter
    private let schema: Schema
    private let language: Language
    private let styles: SummaryStyles
    private let records: SheetWriter
    /// How records become 明细 rows: a caller that also writes 明细.csv makes each row once for both.
    public let listing: RecordListing
    private let recordStyles: [StyleID?]

    /// Opens the workbook and starts 明细 with its heading row.
    public init(path: String, schema: Schema, language: Language = .zh, protectedPaths: [String] = []) throws(SpreadsheetError) {
        writer = try XLSXWriter(path: path, protectedPaths: protectedPaths)
        self.schema = schema
        self.language = language
        let styles = SummaryStyles(writer)
        self.styles = styles
        listing = RecordListing(schema: schema, language: language)
        records = try writer.addSheet(
            SheetNames.records.text(in: language), layout: Self.listingLayout(columns: listing.headings.count), listedLast: true)
        try records.writeRow(listing.headings.map { .text($0) }, styles: Array(repeating: styles.heading, count: listing.headings.count))
        recordStyles = schema.fields.map { $0.type == .idCard || $0.type == .phone ? styles.text : nil }
    }

    /// Writes every record given, then closes the workbook.
    public static func write(
        to path: String, schema: Schema, table: Table, issues: [Issue], records: some Sequence<Record>,
        language: Language = .zh, protectedPaths: [String] = []
    ) throws(SpreadsheetError) {
        let workbook = try SummaryWorkbook(path: path, schema: schema, language: language, protectedPaths: protectedPaths)
        for record in records { try workbook.addRecord(record) }
        try workbook.close(table: table, issues: issues)
    }

    /// The next row of 明细.
    public func addRecord(_ record: Record) throws(SpreadsheetError) {
        try addListingRow(listing.row(record))
    }

    /// The next row of 明细 as this workbook's `listing` made it.
    public func addListingRow(_ row: [CellValue]) throws(SpreadsheetError) {
        try records.writeRow(row, styles: recordStyles)
    }

    /// Finishes 明细 (with filter buttons over all its rows), writes the summary sheets listed before it, writes
    /// the package and renames it into place. `issues` are listed in the order given: pass them sorted by file,
    /// sheet and row the way the check report sorts them (`CheckReport.issues`), so 问题清单 reads like
    /// `zoufang check`. With a roster's `coverage`, its two sheets (走访覆盖, 未走访名单) come after 明细.
    public func close(table: Table, issues: [Issue], coverage: Coverage? = nil) throws(SpreadsheetError) {
        records.autoFilter = Self.filterRange(rows: records.rowsWritten, columns: listing.headings.count)
        let summary = SummaryTable.byFirstDimension(table, settings: schema.settings, language: language)
        writer.properties = DocumentProperties(title: summary?.title)
        if let summary {
            try SummarySheet.write(summary, named: SheetNames.summary.text(in: language), to: writer, styles: styles,
                                   language: language)
        }
        if let byCategory = SummaryTable.bySecondDimension(table, settings: schema.settings, language: language) {
            try SummarySheet.write(byCategory, named: SheetNames.byCategory.text(in: language), to: writer, styles: styles,
                                   language: language)
        }
        try Self.writeIssues(issues, schema: schema, to: writer, styles: styles, language: language)
        if let coverage { try CoverageSheets.write(coverage, to: writer, styles: styles, language: language) }
        try writer.close()
    }

    /// The problem list alone, as a workbook of one sheet (问题清单).
    public static func writeIssueList(
        to path: String, issues: [Issue], schema: Schema, language: Language = .zh, protectedPaths: [String] = []
    ) throws(SpreadsheetError) {
        let writer = try XLSXWriter(path: path, protectedPaths: protectedPaths)
        try writeIssues(issues, schema: schema, to: writer, styles: SummaryStyles(writer), language: language)
        try writer.close()
    }

    private static func writeIssues(
        _ issues: [Issue], schema: Schema, to writer: XLSXWriter, styles: SummaryStyles, language: Language
    ) throws(SpreadsheetError) {
        let headings = IssueListing.headings(in: language)
        var layout = listingLayout(columns: headings.count)
        layout.autoFilter = filterRange(rows: issues.count + 1, columns: headings.count)
        let sheet = try writer.addSheet(SheetNames.issues.text(in: language), layout: layout)
        try sheet.writeRow(headings.map { .text($0) }, styles: Array(repeating: styles.heading, count: headings.count))
        for issue in issues {
            try sheet.writeRow(IssueListing.row(issue, schema: schema, language: language))
        }
    }

    /// The heading row and every row below it.
    private static func filterRange(rows: Int, columns: Int) -> CellRange {
        CellRange(first: CellAddress(row: 1, column: 1), last: CellAddress(row: rows, column: columns))
    }

    private static func listingLayout(columns: Int) -> SheetLayout {
        SheetLayout(columnWidths: Array(repeating: .fitContent, count: columns), frozenRows: 1,
                    printSetup: PrintSetup(landscape: true, fitToWidth: true, repeatedRows: 1...1))
    }
}

/// The sheet names of the summary workbook.
enum SheetNames {
    static let summary = LocalizedText(zh: "汇总表", en: "Summary")
    static let byCategory = LocalizedText(zh: "按类别", en: "By category")
    static let issues = LocalizedText(zh: "问题清单", en: "Issues")
    static let records = LocalizedText(zh: "明细", en: "Records")
}
