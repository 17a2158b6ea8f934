import Questionnaire
import Spreadsheet

extension CheckReport {
    /// The report for people, in lines that fit 80 columns: totals, then per file its errors and warnings and
    /// per sheet its rows and records, then the problems grouped by file in aligned columns (place, severity,
    /// code, value), each with its message wrapped below. `colour` marks errors red and warnings yellow.
    public func text(language: Language, colour: Bool = false) -> String {
        var text = ""
        writeText(language: language, colour: colour) { text += $0 }
        return text
    }

    /// The same report handed to `write` a line at a time (each ending in a newline), never held whole.
    public func writeText(language: Language, colour: Bool = false, to write: (String) -> Void) {
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
        let counts = issueCountsByFile
        for input in inputs {
            lines.append("")
            let (errors, warnings) = counts[input.file] ?? (0, 0)
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
        for line in lines.flatMap({ TerminalText.wrapped($0) }) { write(line + "\n") }
        let order = issueOrder
        if !order.isEmpty { write("\n" + (zh ? "问题清单" : "Problems") + "\n") }
        var start = order.startIndex
        while start < order.endIndex {
            let file = issue(at: order[start]).location.file
            let end = order[start...].firstIndex { issue(at: $0).location.file != file } ?? order.endIndex
            for line in TerminalText.wrapped(file) { write(line + "\n") }
            writeIssueLines(order[start..<end], language, colour: colour, to: write)
            start = end
        }
    }

    private static func describe(_ totals: Totals, _ language: Language) -> String {
        language == .zh
            ? "数据行 \(totals.rows) = 记录 \(totals.records) + 空行 \(totals.blankRows) + 跳过 \(totals.skippedRows) + 拒收 \(totals.rejectedRows)"
            : "\(totals.rows) rows = \(totals.records) records + \(totals.blankRows) blank + \(totals.skippedRows) skipped + \(totals.rejectedRows) rejected"
    }

    /// A file's problems: `  走访登记表 E18  错误  duplicate-key  「李华刚」` with the columns aligned across the
    /// file (the value cut to fit 80 columns), then the message indented below it. Two passes over the file's
    /// issues (their positions in `issueOrder`): the column widths, then the lines.
    private func writeIssueLines(
        _ positions: ArraySlice<Int>, _ language: Language, colour: Bool, to write: (String) -> Void
    ) {
        let zh = language == .zh
        func place(_ issue: Issue) -> String {
            [issue.location.sheet, issue.location.cell ?? issue.location.row.map { zh ? "第 \($0) 行" : "row \($0)" }]
                .compactMap { $0 }.joined(separator: " ")
        }
        func severity(_ issue: Issue) -> String {
            issue.severity == .error ? (zh ? "错误" : "error") : (zh ? "警告" : "warning")
        }
        var placeWidth = 0
        var severityWidth = 0
        var codeWidth = 0
        for position in positions {
            let issue = issue(at: position)
            placeWidth = max(placeWidth, DisplayWidth.columns(of: place(issue)))
            severityWidth = max(severityWidth, DisplayWidth.columns(of: severity(issue)))
            codeWidth = max(codeWidth, issue.code.rawValue.count)
        }
        for position in positions {
            let issue = issue(at: position)
            let severityText = severity(issue)
            let shownSeverity = TerminalText.coloured(severityText, issue.severity == .error ? .red : .yellow, if: colour)
                + String(repeating: " ", count: severityWidth - DisplayWidth.columns(of: severityText))
            let shownPlace = placeWidth == 0 ? "" : TerminalText.padded(place(issue), to: placeWidth) + "  "
            var line = "  " + shownPlace + shownSeverity + "  " + issue.code.rawValue
            if let value = issue.value {
                let used = 2 + DisplayWidth.columns(of: shownPlace) + severityWidth + 2 + codeWidth + 2
                let shown = TerminalText.truncated(value, to: max(TerminalText.width - used - 4, 8))
                line += String(repeating: " ", count: codeWidth - issue.code.rawValue.count + 2)
                    + (zh ? "「\(shown)」" : "'\(shown)'")
            }
            write(line + "\n")
            for part in issue.message.text(in: language).split(separator: "\n") {
                for wrapped in TerminalText.wrapped("      " + part, hangingIndent: 0) { write(wrapped + "\n") }
            }
        }
    }
}
