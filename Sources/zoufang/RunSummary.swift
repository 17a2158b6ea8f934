import Foundation
import Questionnaire
import Spreadsheet
import Tabulation
import Validation

/// The one screen `zoufang run` prints: files and rows read, problems, households by category, where outputs are.
struct RunSummary {
    let report: CheckReport
    /// Households and measures by category (the table's second dimension, or its first when it has one).
    let categories: SummaryTable?
    let outputs: RunOutputs
    let language: Language
    /// Errors red and warnings yellow (a terminal that wants colour).
    var colour = false

    /// Files listed one per line; with more, only unreadable ones and ones with errors are (up to this many).
    static let fileLinesShown = 10

    var text: String {
        var lines: [String] = []
        let zh = language == .zh
        let totals = report.totals
        lines.append(zh
            ? "读取 \(report.inputs.count) 个文件：数据行 \(totals.rows) = 记录 \(totals.records) + 空行 \(totals.blankRows) + 跳过 \(totals.skippedRows) + 拒收 \(totals.rejectedRows)"
            : "Read \(report.inputs.count) file(s): \(totals.rows) data rows = \(totals.records) records + \(totals.blankRows) blank + \(totals.skippedRows) skipped + \(totals.rejectedRows) rejected")
        lines += fileLines()
        let errors = TerminalText.coloured(
            zh ? "错误 \(report.errorCount) 个" : "\(report.errorCount) error(s)", .red, if: colour && report.errorCount > 0)
        let warnings = TerminalText.coloured(
            zh ? "警告 \(report.warningCount) 个" : "\(report.warningCount) warning(s)", .yellow,
            if: colour && report.warningCount > 0)
        lines.append(zh ? "问题：\(errors)，\(warnings)" : "Problems: \(errors), \(warnings)")
        if let coverage = report.coverage { lines.append(coverage.summary(in: language)) }
        lines.append("")
        lines += categoryLines()
        lines.append("")
        lines.append(zh ? "输出文件，在 \(outputs.folder) 中：" : "Outputs, in \(outputs.folder):")
        let descriptions: [(String, String, String)] = [
            (outputs.summaryWorkbook, "交教育局的汇总工作簿", "the bureau's summary workbook"),
            (outputs.issuesWorkbook, "问题清单（附单元格位置）", "the problem list, with cells"),
            (outputs.issuesCSV, "问题清单", "the problem list"),
            (outputs.recordsCSV, "全部记录明细", "every record, typed"),
            (outputs.tableCSV, "汇总长表", "the long-form table"),
            (outputs.tableJSON, "汇总长表（JSON）", "the long-form table (JSON)"),
            (outputs.checkJSON, "检查结果（JSON）", "the check report (JSON)"),
        ]
        lines += aligned(descriptions.map { [($0.0 as NSString).lastPathComponent, zh ? $0.1 : $0.2] }, indent: "  ")
        return lines.flatMap { TerminalText.wrapped($0) }.joined(separator: "\n") + "\n"
    }

    /// A line per file: its records and problems; unreadable files say so. Past `fileLinesShown` files, only
    /// the unreadable ones and those with errors, and how many more there are.
    private func fileLines() -> [String] {
        let counts = report.issueCountsByFile
        let zh = language == .zh
        let shown = report.inputs.count <= Self.fileLinesShown
            ? report.inputs
            : Array(report.inputs.filter { $0.unreadable || counts[$0.file, default: (0, 0)].errors > 0 }.prefix(Self.fileLinesShown))
        let cells = shown.map { input -> [String] in
            let totals = CheckReport.totals(of: input)
            let state = input.unreadable
                ? (zh ? "无法读取" : "unreadable")
                : (zh ? "记录 \(totals.records)" : "\(totals.records) records")
            let problems = zh
                ? "错误 \(counts[input.file, default: (0, 0)].errors)  警告 \(counts[input.file, default: (0, 0)].warnings)"
                : "\(counts[input.file, default: (0, 0)].errors) errors  \(counts[input.file, default: (0, 0)].warnings) warnings"
            return [input.file, state, problems]
        }
        // Long paths lose their beginning, not the file name, so each file stays on one line.
        let stateWidth = cells.map { DisplayWidth.columns(of: $0[1]) }.max() ?? 0
        let problemsWidth = cells.map { DisplayWidth.columns(of: $0[2]) }.max() ?? 0
        let pathWidth = max(TerminalText.width - 2 - stateWidth - 2 - problemsWidth - 2, 12)
        let rows = cells.map { [TerminalText.truncated($0[0], to: pathWidth, keepingEnd: true), $0[1], $0[2]] }
        let more = report.inputs.count - shown.count
        guard more > 0 else { return aligned(rows, indent: "  ") }
        let name = (outputs.checkJSON as NSString).lastPathComponent
        return aligned(rows, indent: "  ") + [zh
            ? "  ……另有 \(more) 个文件，逐个文件的结果见 \(name)"
            : "  … and \(more) more file(s): see \(name) for every file"]
    }

    /// Households (first copies) by the table's category dimension, then the total.
    private func categoryLines() -> [String] {
        let zh = language == .zh
        guard let table = categories, let households = table.columns.first?.heading else { return [] }
        var rows = table.rows.map { [$0.label, $0.amounts.first?.description ?? "0"] }
        rows.append([zh ? "合计" : "Total", table.total.first?.description ?? "0"])
        let heading = zh
            ? "\(households)（重复登记的户只计第一份）："
            : "\(households) (a household keyed twice counts once, its first copy):"
        return [heading] + aligned(rows, indent: "  ", rightAlignLast: true)
    }

    /// Rows padded to aligned columns, East Asian wide characters counting two.
    private func aligned(_ rows: [[String]], indent: String, rightAlignLast: Bool = false) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? DisplayWidth.columns(of: $0[column]) : 0 }.max() ?? 0 }
        return rows.map { row in
            indent + row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - DisplayWidth.columns(of: cell))
                if rightAlignLast && column == row.count - 1 { return padding + cell }
                return column == row.count - 1 ? cell : cell + padding
            }.joined(separator: "  ")
        }
    }
}
