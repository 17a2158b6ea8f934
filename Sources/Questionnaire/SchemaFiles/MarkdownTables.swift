/// Reads the Markdown twin of an XLSForm: the first table under each `# survey`, `# choices` and
/// `# settings` heading. Cells are split on `|` (GitHub style, `\|` is a literal bar); a cell wrapped
/// in backticks is read without them, so expressions can be shown as code.
enum MarkdownTables {
    static func parse(_ text: String) -> [SchemaTable] {
        var tables: [SchemaTable] = []
        var section: String?
        var current: SchemaTable?
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = TextFolding.trim(String(rawLine))
            if line.hasPrefix("#") {
                if let table = current { tables.append(table) }
                current = nil
                section = heading(line)
                continue
            }
            guard line.hasPrefix("|") else {
                if let table = current { tables.append(table) }
                current = nil
                continue
            }
            let cells = splitRow(line)
            if current == nil {
                // Only the first table of a section counts; tables elsewhere are prose.
                guard let name = section else { continue }
                current = SchemaTable(name: name, headerRow: lineNumber, headings: cells, rows: [])
                section = nil
            } else if !isDelimiterRow(cells) {
                current?.rows.append(SchemaTable.Row(number: lineNumber, cells: cells))
            }
        }
        if let table = current { tables.append(table) }
        return tables
    }

    /// `# survey` → `survey`; other text after the hashes is the section name too.
    private static func heading(_ line: String) -> String {
        TextFolding.trim(String(line.drop { $0 == "#" }))
    }

    private static func splitRow(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in line.dropFirst() {
            if escaped {
                if character != "|" { cell.append("\\") }
                cell.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(unwrap(cell))
                cell = ""
            } else {
                cell.append(character)
            }
        }
        if escaped { cell.append("\\") }
        let last = TextFolding.trim(cell)
        if !last.isEmpty { cells.append(unwrap(last)) }
        return cells
    }

    private static func unwrap(_ cell: String) -> String {
        let text = TextFolding.trim(cell)
        if text.count >= 2, text.hasPrefix("`"), text.hasSuffix("`") {
            return String(text.dropFirst().dropLast())
        }
        return text
    }

    private static func isDelimiterRow(_ cells: [String]) -> Bool {
        !cells.isEmpty && cells.allSatisfy { cell in
            !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " }
        }
    }
}
