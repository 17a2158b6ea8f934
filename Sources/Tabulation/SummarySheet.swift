import Spreadsheet

/// The looks of the summary workbook, registered once per workbook.
struct SummaryStyles {
    let title: StyleID
    let heading: StyleID
    /// A bordered, centred cell of the table body, label or number.
    let body: StyleID
    let total: StyleID
    let note: StyleID
    let text: StyleID

    init(_ writer: XLSXWriter) {
        let headingFill = RGBColor(0xDDEBF7)
        let totalFill = RGBColor(0xF2F2F2)
        title = writer.addStyle(CellStyle(fontSize: 16, bold: true, horizontalAlignment: .center, verticalAlignment: .center))
        heading = writer.addStyle(CellStyle(
            bold: true, fillColor: headingFill, border: .thin, horizontalAlignment: .center, verticalAlignment: .center,
            wrapText: true))
        body = writer.addStyle(CellStyle(border: .thin, horizontalAlignment: .center, verticalAlignment: .center))
        total = writer.addStyle(CellStyle(
            bold: true, fillColor: totalFill, border: .thin, horizontalAlignment: .center, verticalAlignment: .center))
        note = writer.addStyle(CellStyle(verticalAlignment: .center))
        text = writer.addStyle(CellStyle(numberFormat: "@"))
    }
}

/// Writes a `SummaryTable` as a sheet a bureau prints: a merged title, a header of one or two levels (columns
/// sharing a group heading sit under it, the others span both rows), the rows, the total, and a signature line.
enum SummarySheet {
    static func write(_ table: SummaryTable, named name: String, to writer: XLSXWriter, styles: SummaryStyles,
                      language: Language) throws(SpreadsheetError) {
        let columnCount = table.columns.count + 1
        let twoLevels = table.columns.contains { $0.group != nil }
        let headerRows = twoLevels ? 2 : 1
        let sheet = try writer.addSheet(name, layout: SheetLayout(
            columnWidths: widths(table), frozenRows: 1 + headerRows, frozenColumns: 1,
            mergedRanges: [range(row: 1, columns: 1...columnCount)] + headerMerges(table, twoLevels: twoLevels),
            printSetup: PrintSetup(landscape: true, fitToWidth: true, repeatedRows: 2...(1 + headerRows))))
        let blank = [CellValue](repeating: .empty, count: columnCount - 1)
        try sheet.writeRow([.text(table.title)] + blank, styles: [styles.title], height: 36)
        let headingStyles = [StyleID?](repeating: styles.heading, count: columnCount)
        var top: [CellValue] = [.text(table.rowHeading)]
        var previousGroup: String?
        for column in table.columns {
            top.append(column.group.map { $0 == previousGroup ? .empty : .text($0) } ?? .text(twoLines(column.heading)))
            previousGroup = column.group
        }
        try sheet.writeRow(top, styles: headingStyles, height: twoLevels ? 22 : 36)
        if twoLevels {
            let bottom = table.columns.map { $0.group == nil ? CellValue.empty : .text(twoLines($0.heading)) }
            try sheet.writeRow([.empty] + bottom, styles: headingStyles, height: 36)
        }
        for row in table.rows {
            try sheet.writeRow([.text(row.label)] + row.amounts.map(\.cellValue),
                               styles: Array(repeating: styles.body, count: columnCount), height: 20)
        }
        try sheet.writeRow([.text(TableWords.total.text(in: language))] + table.total.map(\.cellValue),
                           styles: Array(repeating: styles.total, count: columnCount), height: 20)
        try sheet.writeRow([])
        try sheet.writeRow([.text(TableWords.signatures.text(in: language))], styles: [styles.note], height: 24)
    }

    /// The title across the table; group headings across their columns; the other headings down both rows.
    private static func headerMerges(_ table: SummaryTable, twoLevels: Bool) -> [CellRange] {
        guard twoLevels else { return [] }
        var merges = [CellRange(first: CellAddress(row: 2, column: 1), last: CellAddress(row: 3, column: 1))]
        var start = 0
        while start < table.columns.count {
            let group = table.columns[start].group
            var end = start + 1
            while group != nil, end < table.columns.count, table.columns[end].group == group { end += 1 }
            if group == nil {
                merges.append(CellRange(first: CellAddress(row: 2, column: start + 2), last: CellAddress(row: 3, column: start + 2)))
            } else if end - start > 1 {
                merges.append(range(row: 2, columns: (start + 2)...(end + 1)))
            }
            start = end
        }
        return merges
    }

    /// Widths that keep numbers on one line and headings on at most two, so the sheet fits A4 landscape
    /// at close to full size.
    private static func widths(_ table: SummaryTable) -> [ColumnWidth] {
        let labels = [table.rowHeading] + table.rows.map(\.label)
        let first = labels.map(DisplayWidth.columns(of:)).max() ?? 4
        let numbers = table.columns.indices.map { index in
            let digits = ([table.total[index]] + table.rows.map { $0.amounts[index] }).map { $0.description.count }.max() ?? 1
            let heading = twoLines(table.columns[index].heading).split(separator: "\n").map { DisplayWidth.columns(of: String($0)) }.max() ?? 0
            return ColumnWidth.fixed((Double(max(heading, digits, 4)) * 1.1 + 2).rounded(.up))
        }
        return [.fixed(Double(first + 4))] + numbers
    }

    private static func range(row: Int, columns: ClosedRange<Int>) -> CellRange {
        CellRange(first: CellAddress(row: row, column: columns.lowerBound), last: CellAddress(row: row, column: columns.upperBound))
    }
}

/// A long heading broken into two lines of about equal width: at the space nearest the middle when it has
/// spaces, else between CJK characters (建档立卡 / 贫困户 rather than 建档立卡贫困 / 户); a single word of
/// another script stays whole.
func twoLines(_ heading: String) -> String {
    guard DisplayWidth.columns(of: heading) > 10 else { return heading }
    let characters = Array(heading)
    let middle = characters.count / 2
    if let space = characters.indices.filter({ characters[$0] == " " }).min(by: { abs($0 - middle) < abs($1 - middle) }) {
        return String(characters[..<space]) + "\n" + String(characters[(space + 1)...])
    }
    guard DisplayWidth.columns(of: heading) > characters.count else { return heading }
    let split = (characters.count + 1) / 2
    return String(characters[..<split]) + "\n" + String(characters[split...])
}
