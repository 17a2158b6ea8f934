import Spreadsheet

/// Reads returns (filled-in questionnaires) into typed records by a schema, file by file and sheet
/// by sheet, handing out records and issues in row order and accounting for every row.
public struct ReturnReader: Sendable {
    public let schema: Schema
    public let options: ReadOptions
    private let context: ReadingContext

    public init(schema: Schema, options: ReadOptions = ReadOptions()) {
        self.schema = schema
        self.options = options
        context = ReadingContext(schema: schema)
    }

    /// Reads one input file: every visible sheet with a header; records and issues handed out in row order.
    /// An unreadable file gives one `unreadable-file` issue and an account with `unreadable == true`.
    public func read(file path: String, onRecord: (Record) -> Void, onIssue: (Issue) -> Void) -> FileAccount {
        let reader: any SpreadsheetReader
        do {
            reader = try Spreadsheets.open(path, options: options)
        } catch {
            onIssue(Self.unreadable(path, error))
            return FileAccount(file: path, unreadable: true)
        }
        return read(file: path, reader: reader, onRecord: onRecord, onIssue: onIssue)
    }

    /// The same over an already opened reader (in-memory workbooks, tests).
    public func read(
        file path: String, reader: any SpreadsheetReader, onRecord: (Record) -> Void, onIssue: (Issue) -> Void
    ) -> FileAccount {
        var account = FileAccount(file: path)
        var notes = ReaderNotes(file: path, context: context)
        var firstVisible: String?
        for (index, info) in reader.sheets.enumerated() {
            guard info.visibility == .visible else {
                account.skippedSheets.append(info.name)
                continue
            }
            if firstVisible == nil { firstVisible = info.name }
            var failure: (any Error)?
            switch readSheet(index, named: info.name, of: reader, file: path, notes: &notes, failure: &failure,
                             onRecord: onRecord, onIssue: onIssue) {
            case .read(let sheetAccount), .noHeader(let sheetAccount):
                account.sheets.append(sheetAccount)
            case .skipped where failure == nil:
                account.skippedSheets.append(info.name)
            case .skipped:
                break
            }
            if let failure {
                // What was read before the damage is handed out and accounted; the rest of the file is not read.
                onIssue(Self.unreadable(path, failure, sheet: info.name))
                account.unreadable = true
                return account
            }
        }
        if account.sheets.isEmpty {
            // Not one sheet looks like a return: say so rather than read nothing in silence.
            onIssue(firstVisible.map { HeaderIssues.noHeader(file: path, sheet: $0, matched: []) }
                ?? HeaderIssues.noVisibleSheet(file: path))
        }
        return account
    }

    /// One sheet, its reader notes handed out in row order among its issues. A read error ends the
    /// sheet where it happened and is returned in `failure`.
    private func readSheet(
        _ index: Int, named name: String, of reader: any SpreadsheetReader, file path: String,
        notes: inout ReaderNotes, failure: inout (any Error)?, onRecord: (Record) -> Void, onIssue: (Issue) -> Void
    ) -> SheetReading.Outcome {
        func handOut(_ issue: Issue) {
            notes.emit(from: reader, throughRow: issue.location.row ?? 0, onIssue: onIssue)
            onIssue(issue)
        }
        let merged: [CellRange]
        do {
            merged = try reader.mergedRanges(sheet: index)
        } catch {
            failure = error
            return .skipped
        }
        var sheet = SheetReading(context: context, file: path, sheet: name, merged: merged)
        do {
            try reader.forEachRow(sheet: index) { row in
                try sheet.consume(row, onRecord: onRecord, onIssue: handOut)
                notes.emit(from: reader, throughRow: sheet.handedOutThrough, onIssue: onIssue)
            }
        } catch is SheetReading.Stop {
        } catch {
            failure = error
        }
        let outcome = sheet.finish(onRecord: onRecord, onIssue: handOut)
        notes.emit(from: reader, throughRow: nil, onIssue: onIssue)
        return outcome
    }

    private static func unreadable(_ path: String, _ error: any Error, sheet: String? = nil) -> Issue {
        let message = (error as? SpreadsheetError)?.message ?? LocalizedText(
            zh: "无法读取：\(error)。请用 Excel 或 WPS 打开后重新保存为 .xlsx",
            en: "cannot be read: \(error). Open it in Excel or WPS and save it again as .xlsx")
        return Issue(.unreadableFile, at: SourceLocation(file: path, sheet: (error as? SpreadsheetError)?.part ?? sheet),
                     message: message)
    }
}
