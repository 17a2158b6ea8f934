import Foundation
import Spreadsheet

extension Schema {
    /// The household-visit questionnaire bundled with zoufang (Resources/household-visit.md).
    public static func builtIn() throws(SchemaError) -> Schema {
        try bundled("household-visit")
    }

    /// The headings and types of a pupil roster (Resources/pupil-roster.md), read for `--roster`.
    public static func roster() throws(SchemaError) -> Schema {
        try bundled("pupil-roster")
    }

    private static func bundled(_ name: String) throws(SchemaError) -> Schema {
        guard let url = Bundle.module.url(forResource: name, withExtension: "md"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw SchemaError(problems: [SchemaProblem(.error, file: name + ".md", message: LocalizedText(
                zh: "内置问卷文件缺失，请重新安装 zoufang", en: "the built-in questionnaire is missing: reinstall zoufang"))])
        }
        return try markdown(text, file: name + ".md")
    }

    /// A schema file: an XLSForm workbook (.xlsx) or its Markdown twin (.md). Throws every error found;
    /// warnings stay in `warnings`.
    public static func load(path: String) throws(SchemaError) -> Schema {
        let result = check(path: path)
        guard let schema = result.schema, !result.problems.contains(where: { $0.severity == .error }) else {
            throw SchemaError(problems: result.problems)
        }
        return schema
    }

    /// Every problem in a schema file, errors and warnings, in file order; the schema when it could be read.
    public static func check(path: String) -> (schema: Schema?, problems: [SchemaProblem]) {
        let tables: [SchemaTable]
        do {
            tables = try SchemaTables.read(path: path)
        } catch {
            return (nil, error.problems)
        }
        var builder = SchemaBuilder(file: path)
        let schema = builder.build(tables)
        return (schema, builder.problems)
    }

    /// A schema from Markdown text.
    public static func markdown(_ text: String, file: String) throws(SchemaError) -> Schema {
        var builder = SchemaBuilder(file: file)
        let schema = builder.build(MarkdownTables.parse(text))
        guard !builder.problems.contains(where: { $0.severity == .error }) else {
            throw SchemaError(problems: builder.problems)
        }
        return schema
    }
}

/// The tables of a schema file, from Markdown or from a workbook.
enum SchemaTables {
    static func read(path: String) throws(SchemaError) -> [SchemaTable] {
        if path.lowercased().hasSuffix(".md") || path.lowercased().hasSuffix(".markdown") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw failure(path, zh: "无法读取问卷文件", en: "cannot read the schema file")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw failure(path, zh: "问卷文件不是 UTF-8 文本，请另存为 UTF-8", en: "the schema file is not UTF-8 text: save it as UTF-8")
            }
            return MarkdownTables.parse(text)
        }
        do {
            return try workbookTables(try Spreadsheets.open(path))
        } catch let error as SpreadsheetError {
            throw SchemaError(problems: [SchemaProblem(.error, file: path, sheet: error.part, message: error.message)])
        } catch {
            throw failure(path, zh: "无法读取问卷工作簿：\(error)", en: "cannot read the schema workbook: \(error)")
        }
    }

    /// Each sheet's first row with a value is its heading row; the rows below are the table.
    static func workbookTables(_ reader: any SpreadsheetReader) throws -> [SchemaTable] {
        var tables: [SchemaTable] = []
        for (index, sheet) in reader.sheets.enumerated() {
            var table: SchemaTable?
            try reader.forEachRow(sheet: index) { row in
                let cells = row.cells.map(cellText)
                if table == nil {
                    table = SchemaTable(name: sheet.name, headerRow: row.number, headings: cells, rows: [])
                } else {
                    table?.rows.append(SchemaTable.Row(number: row.number, cells: cells))
                }
            }
            if let table { tables.append(table) }
        }
        return tables
    }

    private static func cellText(_ cell: CellValue) -> String {
        if case .bool(let value) = cell { return value ? "yes" : "no" }
        return CellText.display(cell)
    }

    private static func failure(_ path: String, zh: String, en: String) -> SchemaError {
        SchemaError(problems: [SchemaProblem(.error, file: path, message: LocalizedText(zh: zh, en: en))])
    }
}
