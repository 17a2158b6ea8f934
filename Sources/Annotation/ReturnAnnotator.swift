import Foundation
import Questionnaire
import Spreadsheet
import Tabulation

/// Gives each teacher their own return back with its problems marked: `<name>.批注.xlsx` with every cell
/// that has an issue filled (red for errors, yellow for warnings) and commented, and a 问题清单 sheet
/// linking to each problem. An .xlsx is patched (spreadsheet `XLSXAnnotator`); a CSV becomes an .xlsx of its
/// rows first. An issue on a row without a column is marked on the row's first cell (column A); an issue
/// without a row (a missing column, an unreadable file) is only listed.
public struct ReturnAnnotator {
    public let schema: Schema
    public let language: Language
    public let options: ReadOptions

    public init(schema: Schema, language: Language = .zh, options: ReadOptions = ReadOptions()) {
        self.schema = schema
        self.language = language
        self.options = options
    }

    /// `DIR/<name>.批注.xlsx` (`<name>.annotated.xlsx` in English), `<name>` the input's name without
    /// extension, ` (N)` added for the Nth input of one name. An .xlsm stays .xlsm: its package declares macros,
    /// which Excel refuses under an .xlsx name.
    public func outputPath(for input: String, in folder: String, copy: Int? = nil) -> String {
        let file = (input as NSString).lastPathComponent as NSString
        let name = file.deletingPathExtension + (copy.map { " (\($0))" } ?? "")
        let suffix = (language == .zh ? ".批注." : ".annotated.") + (file.pathExtension.lowercased() == "xlsm" ? "xlsm" : "xlsx")
        return (folder as NSString).appendingPathComponent(name + suffix)
    }

    /// Writes the annotated copy of `input` with `issues` (all of them its own) to `output`. Never writes
    /// over `protectedPaths` or the input.
    public func annotate(
        _ input: String, issues: [Issue], to output: String, protectedPaths: [String] = []
    ) throws(SpreadsheetError) {
        let protected = protectedPaths + [input]
        let reader = try Spreadsheets.open(input, options: options)
        guard reader is CSVReader else {
            try XLSXAnnotator.annotate(input, to: output, notes: notes(issues, sheet: nil), listing: listing(issues, sheet: nil),
                                       protectedPaths: protected)
            return
        }
        let sheet = Self.sheetName(for: input)
        let folder = (output as NSString).deletingLastPathComponent
        let copy = ((folder.isEmpty ? "." : folder) as NSString)
            .appendingPathComponent(".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).csv.xlsx")
        defer { unlink(copy) }
        try CSVWorkbook.write(reader, of: input, sheet: sheet, to: copy, protectedPaths: protected)
        try XLSXAnnotator.annotate(copy, to: output, notes: notes(issues, sheet: sheet), listing: listing(issues, sheet: sheet),
                                   protectedPaths: protected)
    }

    /// The name of the one sheet a CSV's rows go into: its file name, cut to what Excel allows.
    static func sheetName(for csv: String) -> String {
        let stem = ((csv as NSString).lastPathComponent as NSString).deletingPathExtension
        var name = stem.filter { !"\\/?*:[]'".contains($0) && !($0.asciiValue.map { $0 < 0x20 } ?? false) }
        while name.utf16.count > 31 { name.removeLast() }
        return name.isEmpty || name.lowercased() == "history" ? "Sheet1" : name
    }

    /// The cell an issue marks: its own, or the first of its row when it names no column.
    private static func markedCell(_ location: SourceLocation) -> CellAddress? {
        guard location.sheet != nil, let row = location.row else { return nil }
        return CellAddress(row: row, column: location.column ?? 1)
    }

    /// One note per issue with a cell; `sheet` replaces the issue's sheet (a CSV's rows go into one sheet).
    func notes(_ issues: [Issue], sheet: String?) -> [CellNote] {
        issues.compactMap { issue in
            guard let cell = Self.markedCell(issue.location), let sheetName = sheet ?? issue.location.sheet else { return nil }
            let separator = language == .zh ? "：" : ": "
            let text = IssueListing.severityWord(issue.severity, language) + separator + issue.message.text(in: language)
            return CellNote(sheet: sheetName, address: cell, level: issue.severity == .error ? .error : .warning, text: text)
        }
    }

    /// 问题清单: the rows of the problem list, the 单元格 column linking to each marked cell.
    func listing(_ issues: [Issue], sheet: String?) -> NoteListing {
        let headings = IssueListing.headings(in: language)
        let cellColumn = 4
        var links: [NoteListing.Link] = []
        var rows: [[CellValue]] = [headings.map { .text($0) }]
        for issue in issues {
            var row = IssueListing.row(issue, schema: schema, language: language)
            if let cell = Self.markedCell(issue.location), let sheetName = sheet ?? issue.location.sheet {
                row[cellColumn - 1] = .text(cell.description)
                links.append(.init(cell: CellAddress(row: rows.count + 1, column: cellColumn), sheet: sheetName, target: cell))
            }
            rows.append(row)
        }
        let name = language == .zh ? "问题清单" : "Issues"
        return NoteListing(name: name, rows: rows, links: links, columnWidths: [24, 14, 6, 8, 14, 18, 6, 16, 60])
    }
}
