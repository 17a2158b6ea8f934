import Spreadsheet

/// The rows below a sheet's header: each becomes a record, a blank row, a skipped row (total,
/// signature) or a rejected row, and the sheet's account keeps count.
struct SheetRows {
    let context: ReadingContext
    let file: String
    let sheet: String
    private(set) var layout: SheetLayout
    private var columns: [(column: Int, field: Int, typer: FieldTyper)]
    /// Each field's typer, by field index; nil when the sheet has no column for it.
    private(set) var typers: [FieldTyper?] = []
    private let sheetValue: (field: Int, value: FieldValue)?
    private let extraHeadings: [String]
    private var totals: TotalCheck
    private var lastValueRow: Int
    /// Columns the header gives a meaning (field, extra, serial), by column - 1; values elsewhere are reported once.
    private var headedColumns: [Bool]
    private var account: SheetAccount

    init(context: ReadingContext, file: String, sheet: String, layout: SheetLayout) {
        self.context = context
        self.file = file
        self.sheet = sheet
        self.layout = layout
        columns = []
        if let field = context.sheetField, layout.fieldColumns[field] == nil, !DefaultSheetName.matches(sheet) {
            sheetValue = (field, .text(TextFolding.clean(sheet)))
        } else {
            sheetValue = nil
        }
        extraHeadings = layout.extras.map(\.heading)
        headedColumns = Array(repeating: false, count: layout.width)
        for column in layout.fieldColumns.compactMap({ $0 }) + layout.extras.map(\.column) + layout.serialColumns {
            headedColumns[column - 1] = true
        }
        totals = TotalCheck(schema: context.schema, layout: layout)
        lastValueRow = layout.headerRow
        account = SheetAccount(sheet: sheet, headerRow: layout.headerRow)
        mapColumns()
    }

    private mutating func mapColumns() {
        columns = layout.fieldColumns.enumerated().compactMap { field, column in
            guard let column else { return nil }
            return (column, field, context.typer(field: field, heading: layout.fieldHeadings[field]))
        }.sorted { $0.column < $1.column }
        typers = Array(repeating: nil, count: context.schema.fields.count)
        for entry in columns { typers[entry.field] = entry.typer }
    }

    /// The heading issues: unknown and duplicate headings, required fields without a column.
    func reportHeader(onIssue: (Issue) -> Void) {
        let issues = HeaderIssues(context: context, file: file, sheet: sheet, layout: layout)
        issues.report(hasSheetValue: sheetValue != nil, onIssue: onIssue)
    }

    var finishedAccount: SheetAccount {
        var result = account
        result.rows = lastValueRow - layout.headerRow
        result.blankRows = result.rows - result.records - result.skippedRows - result.rejectedRows
        return result
    }

    mutating func read(_ raw: SheetRow, filled: SheetRow, onRecord: (Record) -> Void, onIssue: (Issue) -> Void) {
        // Empty text and white space are no value: a stray space in row 1000 does not stretch the sheet.
        guard let first = raw.cells.lazy.compactMap(CellText.trimmed).first else { return }
        lastValueRow = raw.number
        if let candidate = layout.possibleSerial {
            if CellText.trimmed(raw[candidate.column]) == "1" { layout.makeSerial(candidate) } else { layout.possibleSerial = nil }
            mapColumns()
        }
        guard !isBlank(raw) else { return }
        reportUnheadedValues(raw, onIssue: onIssue)
        if let kind = RowKind.of(firstText: first) {
            account.skippedRows += 1
            if case .total(let grand) = kind { checkTotal(filled, grand: grand, onIssue: onIssue) }
            return
        }
        if isRepeatedHeader(raw) {
            account.skippedRows += 1
            return
        }
        var issues: [Issue] = []
        let record = type(filled, into: &issues)
        let rejected = gaps(of: record, into: &issues)
        // Typing problems and gaps together, left to right.
        for issue in issues.sorted(by: { ($0.location.column ?? 0) < ($1.location.column ?? 0) }) { onIssue(issue) }
        if rejected {
            account.rejectedRows += 1
            return
        }
        account.records += 1
        totals.add(record)
        onRecord(record)
    }

    /// The header pasted again below the data (one per printed page): its first field columns hold
    /// their own headings. Stops at the first cell that differs, so ordinary rows cost one comparison.
    private func isRepeatedHeader(_ row: SheetRow) -> Bool {
        for (column, field, _) in columns.prefix(HeaderFinder.minimumMatches) {
            guard case .text(let text) = row[column], TextFolding.trim(text) == layout.fieldHeadings[field] else {
                return false
            }
        }
        return columns.count >= HeaderFinder.minimumMatches
    }

    /// A value in a column with no heading is not read: say so once per column, at the first such value
    /// (often a row keyed one cell too far to the right).
    private mutating func reportUnheadedValues(_ row: SheetRow, onIssue: (Issue) -> Void) {
        for (offset, cell) in row.cells.enumerated() where offset >= headedColumns.count || !headedColumns[offset] {
            guard let text = CellText.trimmed(cell) else { continue }
            if offset >= headedColumns.count {
                headedColumns.append(contentsOf: repeatElement(false, count: offset + 1 - headedColumns.count))
            }
            headedColumns[offset] = true
            let letters = CellAddress.columnLetters(offset + 1)
            onIssue(Issue(.unknownHeader, at: location(layout.headerRow, offset + 1), value: text, message: LocalizedText(
                zh: "\(letters) 列没有栏目名称，其中的值（如 \(letters)\(row.number) 的“\(text)”）没有读入：请补上栏目名称，或检查是否错了列",
                en: "column \(letters) has no heading, so its values (such as “\(text)” in \(letters)\(row.number)) are not read: add a heading or check for a shifted row")))
        }
    }

    /// No value but a serial number (a pre-numbered empty line of the form counts as blank).
    private func isBlank(_ row: SheetRow) -> Bool {
        for (offset, cell) in row.cells.enumerated() {
            guard let text = CellText.trimmed(cell) else { continue }
            if layout.serialColumns.contains(offset + 1), text.allSatisfy(\.isASCIIDigit) { continue }
            return false
        }
        return true
    }

    func location(_ row: Int, _ column: Int?) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, row: row, column: column)
    }

    private func type(_ row: SheetRow, into issues: inout [Issue]) -> Record {
        var values = [FieldValue?](repeating: nil, count: context.schema.fields.count)
        var invalid: Set<Int> = []
        var cells = [CellValue](repeating: .empty, count: values.count)
        for (column, field, typer) in columns {
            let cell = row[column]
            cells[field] = cell
            let problem: CellProblem?
            switch typer.type(cell) {
            case .empty:
                problem = nil
            case .value(let value, let warning):
                values[field] = value
                problem = warning
            case .problem(let error):
                invalid.insert(field)
                problem = error
            }
            if let problem {
                issues.append(Issue(problem.code, at: location(row.number, column), field: context.field(field).id,
                                    value: CellText.trimmed(cell), message: problem.message))
            }
        }
        if let sheetValue { values[sheetValue.field] = sheetValue.value }
        let extras = layout.extras.map { CellText.trimmed(row[$0.column]) }
        return Record(source: RecordSource(file: file, sheet: sheet, row: row.number), values: values,
                      columns: layout.fieldColumns, invalidFields: invalid, extras: extras, extraHeadings: extraHeadings,
                      cells: cells)
    }

    private mutating func checkTotal(_ row: SheetRow, grand: Bool, onIssue: (Issue) -> Void) {
        for difference in totals.check(row, grand: grand) {
            let field = context.field(difference.field)
            let sum = CellText.display(difference.sum)
            onIssue(Issue(.totalMismatch, at: location(row.number, difference.column), field: field.id,
                          value: difference.stated, message: LocalizedText(
                zh: "\(grand ? "合计" : "小计")行的\(field.label(in: .zh))为 \(difference.stated)，但上面各户加起来是 \(sum)，请核对",
                en: "the \(grand ? "total" : "subtotal") row gives \(field.label(in: .en)) as \(difference.stated) but the rows above add up to \(sum)")))
        }
    }
}
