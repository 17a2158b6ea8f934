import Questionnaire
import Spreadsheet

extension CheckReport {
    /// The report for people, in lines that fit 80 columns: totals, then per file its errors and warnings and
    /// per sheet its rows and records, then the problems grouped by file in aligned columns (place, severity,
    /// code, value), each with its message wrapped below. `colour` marks errors red and warnings yellow.
    public func text(language: Language, colour: Bool = false) -> String {
        let zh = language == .zh
        var lines: [String] = []
        let all = totals
        lines.append(zh
            ? "检查了 \(inputs.count) 个文件：错误 \(errorCount) 个，警告 \(warningCount) 个。"
            : "Checked \(inputs.count) file(s): \(errorCount) error(s), \(warningCount) warning(s).")
        lines.append(Self.describe(all, language))
        lines.append(zh
            ? "汇总表计入 \(countedRecords) 户：重复登记的户只计输入顺序中的第一份。"
            : "Tables count \(countedRecords) household(s), each once: its first copy in input order.")
        if let coverage { lines.append(coverage.summary(in: language)) }
        let sorted = issues
        let byFile = Dictionary(grouping: sorted, by: \.location.file)
        for input in inputs {
            lines.append("")
            let fileIssues = byFile[input.file] ?? []
            let errors = fileIssues.count { $0.severity == .error }
            let warnings = fileIssues.count - errors
            if input.unreadable {
                lines.append(input.file + (zh ? "：无法读取" : ": could not be read"))
            } else {
                lines.append(zh
                    ? "\(input.file)：错误 \(errors) 个，警告 \(warnings) 个"
                    : "\(input.file): \(errors) error(s), \(warnings) warning(s)")
            }
            for sheet in input.sheets {
                var totals = Totals()
                totals.add(sheet)
                let header = sheet.headerRow.map { zh ? "：表头第 \($0) 行，" : ", header row \($0): " } ?? (zh ? "：" : ": ")
                lines.append("  \(sheet.sheet)\(header)\(Self.describe(totals, language))")
            }
            if !input.skippedSheets.isEmpty {
                let names = input.skippedSheets.joined(separator: zh ? "、" : ", ")
                lines.append(zh ? "  未读取的工作表：\(names)" : "  sheets not read: \(names)")
            }
        }
        lines = lines.flatMap { TerminalText.wrapped($0) }
        if !sorted.isEmpty {
            lines.append("")
            lines.append(zh ? "问题清单" : "Problems")
        }
        var start = sorted.startIndex
        while start < sorted.endIndex {
            let file = sorted[start].location.file
            let end = sorted[start...].firstIndex { $0.location.file != file } ?? sorted.endIndex
            lines += TerminalText.wrapped(file)
            lines += Self.issueLines(Array(sorted[start..<end]), language, colour: colour)
            start = end
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ totals: Totals, _ language: Language) -> String {
        language == .zh
            ? "数据行 \(totals.rows) = 记录 \(totals.records) + 空行 \(totals.blankRows) + 跳过 \(totals.skippedRows) + 拒收 \(totals.rejectedRows)"
            : "\(totals.rows) rows = \(totals.records) records + \(totals.blankRows) blank + \(totals.skippedRows) skipped + \(totals.rejectedRows) rejected"
    }

    /// A file's problems: `  走访登记表 E18  错误  duplicate-key  「李华刚」` with the columns aligned across the
    /// file (the value cut to fit 80 columns), then the message indented below it.
    private static func issueLines(_ issues: [Issue], _ language: Language, colour: Bool) -> [String] {
        let zh = language == .zh
        let places = issues.map { issue in
            [issue.location.sheet, issue.location.cell ?? issue.location.row.map { zh ? "第 \($0) 行" : "row \($0)" }]
                .compactMap { $0 }.joined(separator: " ")
        }
        let severities = issues.map { issue in
            issue.severity == .error ? (zh ? "错误" : "error") : (zh ? "警告" : "warning")
        }
        let placeWidth = places.map { DisplayWidth.columns(of: $0) }.max() ?? 0
        let severityWidth = severities.map { DisplayWidth.columns(of: $0) }.max() ?? 0
        let codeWidth = issues.map { $0.code.rawValue.count }.max() ?? 0
        var lines: [String] = []
        for (index, issue) in issues.enumerated() {
            let severity = TerminalText.coloured(severities[index], issue.severity == .error ? .red : .yellow, if: colour)
                + String(repeating: " ", count: severityWidth - DisplayWidth.columns(of: severities[index]))
            let place = placeWidth == 0 ? "" : TerminalText.padded(places[index], to: placeWidth) + "  "
            var line = "  " + place + severity + "  " + issue.code.rawValue
            if let value = issue.value {
                let used = 2 + DisplayWidth.columns(of: place) + severityWidth + 2 + codeWidth + 2
                let shown = TerminalText.truncated(value, to: max(TerminalText.width - used - 4, 8))
                line += String(repeating: " ", count: codeWidth - issue.code.rawValue.count + 2)
                    + (zh ? "「\(shown)」" : "'\(shown)'")
            }
            lines.append(line)
            for part in issue.message.text(in: language).split(separator: "\n") {
                lines += TerminalText.wrapped("      " + part, hangingIndent: 0)
            }
        }
        return lines
    }
}
