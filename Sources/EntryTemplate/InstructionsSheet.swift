import Spreadsheet

/// 说明: how to fill the entry sheet, then one row per column with what to type, the allowed values and
/// an example. The example row is shown turned on its side (one value per field): a real header and
/// example row here would be read by `check` as a sheet of households. Each field is named with its
/// column (`C 列：户主姓名`) so no cell in the first 20 rows matches a heading and the reader skips the sheet.
struct InstructionsSheet {
    let columns: [TemplateColumn]
    let words: TemplateWords
    let firstDataRow: Int

    func write(to writer: XLSXWriter) throws(SpreadsheetError) {
        let styles = TemplateStyles(writer)
        let notes = [
            words.pick("1. 在“\(words.entrySheet)”表中每户填一行，从第 \(firstDataRow) 行填起；带 * 的栏目必填，其他栏目有就填。",
                       "1. One household per row of \(words.entrySheet), from row \(firstDataRow); columns marked * are required."),
            words.pick("2. 有下拉箭头的栏目请从列表中选择；不在列表中的值会被拒绝。",
                       "2. Choose from the dropdown list where a cell has one; other values are refused."),
            words.pick("3. 身份证号和电话栏是文本格式，18 位数字不会变样；日期请按 2018-07-17 的格式填写。",
                       "3. ID and phone columns are text, so every digit stays; type dates as 2018-07-17."),
            words.pick("4. 请不要改动表头和工作表名，不用的空行留着即可。",
                       "4. Do not change the header or the sheet names; leave unused rows empty."),
        ]
        let tableHeading = [
            words.pick("栏目", "Column"), words.pick("必填", "Required"), words.pick("填写要求", "What to type"),
            words.pick("可选的值", "Allowed values"), words.pick("示例", "Example"),
        ]
        let noteRows = notes.indices.map { $0 + 2 }
        let widths: [Double] = [22, 8, 48, 36, 22]
        let sheet = try writer.addSheet(words.instructionsSheet, layout: SheetLayout(
            columnWidths: widths.map { .fixed($0) },
            mergedRanges: ([1] + noteRows).map { row in
                CellRange(first: CellAddress(row: row, column: 1), last: CellAddress(row: row, column: tableHeading.count))
            },
            printSetup: PrintSetup(landscape: true, fitToWidth: true)))
        try sheet.writeRow([.text(words.pick("填写说明", "How to fill in the return"))], styles: [styles.title], height: 28)
        for note in notes { try sheet.writeRow([.text(note)], height: 20) }
        try sheet.writeRow([])
        try sheet.writeRow(tableHeading.map { .text($0) }, styles: tableHeading.map { _ in styles.header })
        for (index, column) in columns.enumerated() {
            let letters = CellAddress.columnLetters(index + 1)
            let name = words.pick("\(letters) 列：", "Column \(letters): ") + column.label
            let row: [String] = [
                name, column.field.required ? words.yes : "", column.hint, words.list(column.allowedValues), column.example,
            ]
            try sheet.writeRow(row.map { $0.isEmpty ? .empty : .text($0) }, styles: row.map { _ in styles.wrapped },
                               height: Self.height(of: row, widths: widths))
        }
    }

    /// Wrapped text needs its row's height written: Excel and LibreOffice keep a row's height when they open a file.
    static func height(of row: [String], widths: [Double]) -> Double {
        let lines = zip(row, widths).map { text, width in (Double(DisplayWidth.columns(of: text)) / (width - 1)).rounded(.up) }
        return 15 * max(lines.max() ?? 1, 1) + 3
    }
}
