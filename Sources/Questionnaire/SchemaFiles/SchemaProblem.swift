import Spreadsheet

/// One problem in a schema file, with the place a coordinator finds it: the file, the sheet (or the
/// Markdown section), the row (for Markdown, the line) and the column.
public struct SchemaProblem: Sendable, Hashable, CustomStringConvertible {
    public var severity: Severity
    public var file: String
    public var sheet: String?
    public var row: Int?
    /// 1-based column within the sheet's table.
    public var column: Int?
    /// The column's heading (`type`, `constraint`, …).
    public var columnName: String?
    public var message: LocalizedText

    public init(
        _ severity: Severity, file: String, sheet: String? = nil, row: Int? = nil, column: Int? = nil,
        columnName: String? = nil, message: LocalizedText
    ) {
        self.severity = severity
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.columnName = columnName
        self.message = message
    }

    /// `survey!F12 (constraint)` in a workbook; `survey 第 12 行（constraint 列）` in Markdown, where rows are lines.
    public func place(in language: Language = .zh) -> String {
        var text = sheet ?? ""
        let markdown = file.lowercased().hasSuffix(".md") || file.lowercased().hasSuffix(".markdown")
        if let row, markdown {
            text += language == .zh ? " 第 \(row) 行" : " line \(row)"
            if let columnName { text += language == .zh ? "（\(columnName) 列）" : " (column \(columnName))" }
            return TextFolding.trim(text)
        }
        if let row {
            let cell = column.map { CellAddress(row: row, column: $0).description } ?? String(row)
            text += (text.isEmpty ? "" : "!") + cell
        }
        if let columnName { text += " (" + columnName + ")" }
        return text
    }

    public func text(in language: Language) -> String {
        let label = severity == .error ? (language == .zh ? "错误" : "error") : (language == .zh ? "警告" : "warning")
        let place = self.place(in: language)
        return file + (place.isEmpty ? "" : " " + place) + ": " + label + ": " + message.text(in: language)
    }

    public var description: String { text(in: .zh) }
}

/// A schema file that cannot be used: every error found in it (and the warnings), not just the first.
public struct SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [SchemaProblem]

    public init(problems: [SchemaProblem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
