import Spreadsheet

/// The heading row of a problem list (问题清单) as zoufang writes it, in 问题清单.xlsx, the summary workbook
/// and annotated returns. The reader skips a sheet that starts with it, so an annotated return reads as
/// the original did.
public enum IssueListHeadings {
    public static func headings(in language: Language) -> [String] {
        language == .zh
            ? ["文件", "工作表", "行", "单元格", "字段", "代码", "级别", "值", "说明"]
            : ["File", "Sheet", "Row", "Cell", "Field", "Code", "Severity", "Value", "Message"]
    }

    /// True for the first row of a problem list: row 1 holding exactly the headings of one language.
    static func starts(_ row: SheetRow) -> Bool {
        guard row.number == 1 else { return false }
        let texts = row.cells.map { cell -> String? in
            if case .text(let text) = cell { return text }
            return nil
        }
        return Language.allCases.contains { texts == headings(in: $0) }
    }
}
