import Questionnaire
import Spreadsheet

extension CheckReport {
    /// The report for people: totals, then per file its rows, records, errors and warnings (per sheet
    /// too), then the problems grouped by file, sorted by sheet and row, each with cell, value and message.
    public func text(language: Language) -> String {
        let zh = language == .zh
        var lines: [String] = []
        let all = totals
        lines.append(zh
            ? "检查了 \(inputs.count) 个文件：\(Self.describe(all, language))；错误 \(errorCount) 个，警告 \(warningCount) 个。"
            : "Checked \(inputs.count) file(s): \(Self.describe(all, language)); \(errorCount) error(s), \(warningCount) warning(s).")
        lines.append(zh
            ? "汇总表计入 \(countedRecords) 户：重复登记的户只计输入顺序中的第一份。"
            : "Tables count \(countedRecords) household(s): a household entered more than once counts once, its first copy in input order.")
        if let coverage { lines.append(coverage.summary(in: language)) }
        let sorted = issues
        let byFile = Dictionary(grouping: sorted, by: \.location.file)
        for input in inputs {
            lines.append("")
            let fileIssues = byFile[input.file] ?? []
            let errors = fileIssues.count { $0.severity == .error }
            let warnings = fileIssues.count - errors
            if input.unreadable {
                lines.append(zh ? "\(input.file)：无法读取" : "\(input.file): could not be read")
            } else {
                lines.append(zh
                    ? "\(input.file)：\(Self.describe(Self.totals(of: input), language))；错误 \(errors) 个，警告 \(warnings) 个"
                    : "\(input.file): \(Self.describe(Self.totals(of: input), language)); \(errors) error(s), \(warnings) warning(s)")
            }
            for sheet in input.sheets {
                var totals = Totals()
                totals.add(sheet)
                let header = sheet.headerRow.map { zh ? "表头第 \($0) 行，" : "header on row \($0), " } ?? ""
                lines.append("  \(sheet.sheet)\(zh ? "：" : ": ")\(header)\(Self.describe(totals, language))")
            }
            if !input.skippedSheets.isEmpty {
                let names = input.skippedSheets.joined(separator: zh ? "、" : ", ")
                lines.append(zh ? "  未读取的工作表：\(names)" : "  sheets not read: \(names)")
            }
        }
        if !sorted.isEmpty {
            lines.append("")
            lines.append(zh ? "问题清单" : "Problems")
        }
        var currentFile: String?
        for issue in sorted {
            if issue.location.file != currentFile {
                currentFile = issue.location.file
                lines.append(issue.location.file)
            }
            lines.append("  " + Self.line(for: issue, language))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ totals: Totals, _ language: Language) -> String {
        language == .zh
            ? "数据行 \(totals.rows) = 记录 \(totals.records) + 空行 \(totals.blankRows) + 跳过 \(totals.skippedRows) + 拒收 \(totals.rejectedRows)"
            : "rows \(totals.rows) = records \(totals.records) + blank \(totals.blankRows) + skipped \(totals.skippedRows) + rejected \(totals.rejectedRows)"
    }

    /// `Sheet1 B12 错误 conflict 「李延苏」 message`.
    private static func line(for issue: Issue, _ language: Language) -> String {
        let place = [issue.location.sheet, issue.location.cell ?? issue.location.row.map { language == .zh ? "第 \($0) 行" : "row \($0)" }]
            .compactMap { $0 }
        let severity = issue.severity == .error ? (language == .zh ? "错误" : "error") : (language == .zh ? "警告" : "warning")
        let value = issue.value.map { language == .zh ? "「\($0)」" : "'\($0)'" }
        return (place + [severity, issue.code.rawValue] + [value].compactMap { $0 } + [issue.message.text(in: language)])
            .joined(separator: " ")
    }
}
