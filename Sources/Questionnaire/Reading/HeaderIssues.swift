import Spreadsheet

/// The issues a sheet's header gives: `unknown-header`, `duplicate-header`, `missing-column`, `no-header`.
struct HeaderIssues {
    let context: ReadingContext
    let file: String
    let sheet: String
    let layout: SheetLayout

    func report(hasSheetValue: Bool, onIssue: (Issue) -> Void) {
        var events: [(column: Int, issue: Issue)] = []
        for duplicate in layout.duplicates {
            let field = context.field(duplicate.field)
            let first = layout.fieldHeadings[duplicate.field] ?? ""
            events.append((duplicate.column, Issue(.duplicateHeader, at: cell(duplicate.column), field: field.id,
                value: duplicate.heading, message: LocalizedText(
                    zh: "“\(duplicate.heading)”和左边的“\(first)”都是\(field.label(in: .zh))，只读左边那一列；这一列作为附加列保留",
                    en: "“\(duplicate.heading)” and “\(first)” to its left are both \(field.label(in: .en)): the left column is used, this one is kept as an extra column"))))
        }
        let duplicateColumns = Set(layout.duplicates.map(\.column))
        for extra in layout.extras where !duplicateColumns.contains(extra.column) {
            events.append((extra.column, Issue(.unknownHeader, at: cell(extra.column), value: extra.heading,
                message: LocalizedText(
                    zh: "栏目“\(extra.heading)”不是问卷中的项目，原样保留为附加列",
                    en: "heading “\(extra.heading)” is not a field of the questionnaire: kept as an extra column"))))
        }
        for event in events.sorted(by: { $0.column < $1.column }) { onIssue(event.issue) }
        for (index, field) in context.schema.fields.enumerated() where field.required && layout.fieldColumns[index] == nil {
            if hasSheetValue && index == context.sheetField { continue }
            let placing = context.groupFields.contains(index)
            onIssue(Issue(.missingColumn, at: SourceLocation(file: file, sheet: sheet), field: field.id,
                message: LocalizedText(
                    zh: "缺少必填的“\(field.label(in: .zh))”一列\(placing ? "，各行无法归入汇总表" : "")：请加上这一列",
                    en: "the required column \(field.label(in: .en)) is missing\(placing ? ", so no row can be placed in the tables" : ""): add it")))
        }
    }

    private func cell(_ column: Int) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, row: layout.headerRow, column: column)
    }

    static func noHeader(file: String, sheet: String, matched: [String]) -> Issue {
        let rows = HeaderFinder.searchedRows
        let found = matched.isEmpty
            ? (zh: "没有一个栏目名称是问卷中的项目", en: "no heading is a field of the questionnaire")
            : (zh: "只认出 \(matched.count) 个栏目（\(matched.joined(separator: "、"))），至少要 \(HeaderFinder.minimumMatches) 个",
               en: "only \(matched.count) headings were recognised (\(matched.joined(separator: ", "))), at least \(HeaderFinder.minimumMatches) are needed")
        return Issue(.noHeader, at: SourceLocation(file: file, sheet: sheet), message: LocalizedText(
            zh: "工作表“\(sheet)”前 \(rows) 行找不到表头：\(found.zh)。请检查栏目名称，表头要在前 \(rows) 行内",
            en: "sheet “\(sheet)” has no header in its first \(rows) rows: \(found.en). Check the headings; the header must be within the first \(rows) rows"))
    }

    static func noVisibleSheet(file: String) -> Issue {
        Issue(.noHeader, at: SourceLocation(file: file), message: LocalizedText(
            zh: "工作簿里的工作表全部隐藏了：请在 Excel/WPS 中取消隐藏登记表",
            en: "every sheet of the workbook is hidden: unhide the return's sheet in Excel or WPS"))
    }
}
