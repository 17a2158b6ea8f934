import Spreadsheet

/// The rows below a sheet's header: each becomes a record, a blank row, a skipped row (total,
/// signature) or a rejected row, and the sheet's account keeps count.
struct SheetRows {
    let context: ReadingContext
    let file: String
    let sheet: String
    private(set) var layout: SheetLayout
    private var columns: [(column: Int, field: Int, typer: FieldTyper)]
    private let sheetValue: (field: Int, value: FieldValue)?
    private let extraHeadings: [String]
    private var totals: TotalCheck
    private var lastValueRow: Int
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
        totals = TotalCheck(schema: context.schema, layout: layout)
        lastValueRow = layout.headerRow
        account = SheetAccount(sheet: sheet, headerRow: layout.headerRow)
        mapColumns()
    }

    private mutating func mapColumns() {
        columns = layout.fieldColumns.enumerated().compactMap { field, column in
            guard let column else { return nil }
            return (column, field, context.typer(field: field, heading: layout.fieldHeadings[field] ?? ""))
        }.sorted { $0.column < $1.column }
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
        lastValueRow = raw.number
        guard !isBlank(raw) else { return }
        if let candidate = layout.possibleSerial {
            if CellText.trimmed(raw[candidate.column]) == "1" { layout.makeSerial(candidate) } else { layout.possibleSerial = nil }
            mapColumns()
        }
        if let first = raw.cells.lazy.compactMap(CellText.trimmed).first, let kind = RowKind.of(firstText: first) {
            account.skippedRows += 1
            if case .total(let grand) = kind { checkTotal(filled, grand: grand, onIssue: onIssue) }
            return
        }
        let record = type(filled, onIssue: onIssue)
        if isRejected(record, onIssue: onIssue) {
            account.rejectedRows += 1
            return
        }
        account.records += 1
        totals.add(record)
        onRecord(record)
    }

    /// No value outside the serial columns (a pre-numbered empty line of the form counts as blank).
    private func isBlank(_ row: SheetRow) -> Bool {
        for (offset, cell) in row.cells.enumerated() where !layout.serialColumns.contains(offset + 1) {
            if CellText.trimmed(cell) != nil { return false }
        }
        return true
    }

    private func location(_ row: Int, _ column: Int?) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, row: row, column: column)
    }

    private func type(_ row: SheetRow, onIssue: (Issue) -> Void) -> Record {
        var values = [FieldValue?](repeating: nil, count: context.schema.fields.count)
        var invalid: Set<Int> = []
        for (column, field, typer) in columns {
            let cell = row[column]
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
                onIssue(Issue(problem.code, at: location(row.number, column), field: context.field(field).id,
                              value: CellText.trimmed(cell), message: problem.message))
            }
        }
        if let sheetValue { values[sheetValue.field] = sheetValue.value }
        let extras = layout.extras.map { CellText.trimmed(row[$0.column]) }
        return Record(source: RecordSource(file: file, sheet: sheet, row: row.number), values: values,
                      columns: layout.fieldColumns, invalidFields: invalid, extras: extras, extraHeadings: extraHeadings)
    }

    /// A row the tables cannot place: a group field (hamlet, poverty) missing or unreadable, or no
    /// identity (neither a name nor a valid ID). Each such row gets an error saying why.
    private func isRejected(_ record: Record, onIssue: (Issue) -> Void) -> Bool {
        var rejected = false
        for field in context.groupFields where record.values[field] == nil {
            rejected = true
            reportMissing(field, in: record, identity: false, onIssue: onIssue)
        }
        let identity = context.identityFields
        if !identity.isEmpty, identity.allSatisfy({ record.values[$0] == nil }) {
            rejected = true
            if let field = identity.first(where: { !record.invalidFields.contains($0) }) {
                reportMissing(field, in: record, identity: true, onIssue: onIssue)
            }
        }
        return rejected
    }

    /// An empty cell of a field the row needs; an unreadable one was reported when typed, a missing
    /// column once for the sheet.
    private func reportMissing(_ field: Int, in record: Record, identity: Bool, onIssue: (Issue) -> Void) {
        guard !record.invalidFields.contains(field), let column = record.columns[field] else { return }
        let label = context.field(field)
        let message = identity
            ? LocalizedText(zh: "\(label.label(in: .zh))为空，也没有有效的身份证号：认不出是哪一户，这一行没有计入汇总",
                            en: "\(label.label(in: .en)) is empty and there is no valid ID number: the household cannot be identified, the row is not counted")
            : LocalizedText(zh: "\(label.label(in: .zh))为空：这一行无法归入汇总表，没有计入汇总",
                            en: "\(label.label(in: .en)) is empty: the row cannot be placed in the tables and is not counted")
        onIssue(Issue(.missingValue, at: location(record.source.row, column), field: label.id, message: message))
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
