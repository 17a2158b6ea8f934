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
        var reported = false
        for (index, info) in reader.sheets.enumerated() {
            guard info.visibility == .visible else {
                account.skippedSheets.append(info.name)
                continue
            }
            if firstVisible == nil { firstVisible = info.name }
            let merged: [CellRange]
            do {
                merged = try reader.mergedRanges(sheet: index)
            } catch {
                onIssue(Self.unreadable(path, error, sheet: info.name))
                account.unreadable = true
                return account
            }
            var sheet = SheetReading(context: context, file: path, sheet: info.name, merged: merged)
            do {
                try reader.forEachRow(sheet: index) { row in
                    try sheet.consume(row, onRecord: onRecord) { issue in
                        notes.emit(from: reader, throughRow: issue.location.row ?? 0, onIssue: onIssue)
                        onIssue(issue)
                    }
                    notes.emit(from: reader, throughRow: sheet.handedOutThrough, onIssue: onIssue)
                }
            } catch is SheetReading.Stop {
            } catch {
                notes.emit(from: reader, throughRow: nil, onIssue: onIssue)
                onIssue(Self.unreadable(path, error, sheet: info.name))
                account.unreadable = true
                return account
            }
            let outcome = sheet.finish(onRecord: onRecord) { issue in
                notes.emit(from: reader, throughRow: issue.location.row ?? 0, onIssue: onIssue)
                onIssue(issue)
            }
            notes.emit(from: reader, throughRow: nil, onIssue: onIssue)
            switch outcome {
            case .read(let sheetAccount):
                account.sheets.append(sheetAccount)
                reported = true
            case .noHeader(let sheetAccount):
                account.sheets.append(sheetAccount)
                reported = true
            case .skipped:
                account.skippedSheets.append(info.name)
            }
        }
        if !reported {
            // Not one sheet looks like a return: say so rather than read nothing in silence.
            onIssue(HeaderIssues.noHeader(file: path, sheet: firstVisible ?? "", matched: []))
        }
        return account
    }

    private static func unreadable(_ path: String, _ error: any Error, sheet: String? = nil) -> Issue {
        let message = (error as? SpreadsheetError)?.message ?? LocalizedText(
            zh: "无法读取：\(error)。请用 Excel 或 WPS 打开后重新保存为 .xlsx",
            en: "cannot be read: \(error). Open it in Excel or WPS and save it again as .xlsx")
        return Issue(.unreadableFile, at: SourceLocation(file: path, sheet: (error as? SpreadsheetError)?.part ?? sheet),
                     message: message)
    }
}
