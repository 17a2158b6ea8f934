import Spreadsheet

/// Reads one sheet: buffers its first rows until the header is found, then types each row below it
/// into a record, a skipped row or a rejected row. Holds nothing per row once the row is handed out.
struct SheetReading {
    enum Outcome {
        case read(SheetAccount)
        case noHeader(SheetAccount)
        /// No heading at all in the first rows: an instructions sheet or an empty one.
        case skipped
    }

    /// Thrown from the row loop to stop reading a sheet that has no header.
    struct Stop: Error {}

    let context: ReadingContext
    let file: String
    let sheet: String
    private var filler: MergedCellFiller
    private var buffer: [(raw: SheetRow, filled: SheetRow)] = []
    private var rows: SheetRows?
    private var outcome: Outcome?
    /// The last row whose records and issues are handed out; rows held while the header is sought are not.
    private(set) var handedOutThrough = 0

    init(context: ReadingContext, file: String, sheet: String, merged: [CellRange]) {
        self.context = context
        self.file = file
        self.sheet = sheet
        filler = MergedCellFiller(merged)
    }

    mutating func consume(_ raw: SheetRow, onRecord: (Record) -> Void, onIssue: (Issue) -> Void) throws {
        guard !raw.isEmpty else { return }
        let filled = filler.fill(raw)
        if rows != nil {
            rows!.read(raw, filled: filled, onRecord: onRecord, onIssue: onIssue)
            handedOutThrough = raw.number
            return
        }
        buffer.append((raw, filled))
        // One row past the last searched row settles a two-level header at row 20.
        if raw.number > HeaderFinder.searchedRows + 1 {
            try settle(onRecord: onRecord, onIssue: onIssue)
        }
    }

    mutating func finish(onRecord: (Record) -> Void, onIssue: (Issue) -> Void) -> Outcome {
        if rows == nil, outcome == nil { try? settle(onRecord: onRecord, onIssue: onIssue) }
        if let rows { return .read(rows.finishedAccount) }
        return outcome ?? .skipped
    }

    private mutating func settle(onRecord: (Record) -> Void, onIssue: (Issue) -> Void) throws {
        if let first = buffer.first?.raw, IssueListHeadings.starts(first) {
            outcome = .skipped
            throw Stop()
        }
        let finder = HeaderFinder(index: context.headings, fieldCount: context.schema.fields.count)
        switch finder.find(in: buffer.map(\.filled)) {
        case .header(let layout):
            filler.columnLimit = layout.width
            var sheetRows = SheetRows(context: context, file: file, sheet: sheet, layout: layout)
            sheetRows.reportHeader(onIssue: onIssue)
            for row in buffer where row.raw.number > layout.headerRow {
                sheetRows.read(row.raw, filled: row.filled, onRecord: onRecord, onIssue: onIssue)
            }
            rows = sheetRows
            handedOutThrough = buffer.last?.raw.number ?? 0
            buffer = []
        case .tooFew(let headings):
            onIssue(HeaderIssues.noHeader(file: file, sheet: sheet, matched: headings))
            outcome = .noHeader(SheetAccount(sheet: sheet))
            throw Stop()
        case .none:
            outcome = .skipped
            throw Stop()
        }
    }
}
