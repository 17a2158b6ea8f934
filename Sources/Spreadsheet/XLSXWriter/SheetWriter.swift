/// One worksheet being written, row after row; the rows are compressed as they come, so memory does
/// not grow with their number. Get it from `XLSXWriter.addSheet`; it is finished by `finish()`, by the
/// next `addSheet` or by `XLSXWriter.close()`.
public final class SheetWriter {
    /// Excel's limit on the characters (UTF-16 units) in a cell.
    public static let maxTextLength = 32_767

    public let name: String
    private(set) var layout: SheetLayout
    private unowned let workbook: XLSXWriter
    private let styles: StyleTable
    private let sharedStrings: SharedStringsPart
    private let file: CompressingFile
    // The per-cell state. Swift's dynamic exclusivity checks on these were ~9 % of the writer's
    // instructions; they are only touched from `writeRow` and `finish`, never re-entrantly.
    @exclusivity(unchecked) private var buffer = XMLBuffer(capacity: 1 << 20)
    @exclusivity(unchecked) private var mergedRanges: [CellRange] = []
    @exclusivity(unchecked) private var widths: ColumnWidthMeter
    @exclusivity(unchecked) private var columnLetters: [[UInt8]] = [[]]
    @exclusivity(unchecked) private var rowNumber = 0
    @exclusivity(unchecked) private var firstRow = 0
    @exclusivity(unchecked) private var lastRow = 0
    @exclusivity(unchecked) private var lastColumn = 0
    @exclusivity(unchecked) private(set) var isFinished = false

    init(name: String, layout: SheetLayout, workbook: XLSXWriter, file: CompressingFile) throws(SpreadsheetError) {
        self.name = name
        self.layout = layout
        self.workbook = workbook
        styles = workbook.styles
        sharedStrings = workbook.sharedStrings
        self.file = file
        widths = ColumnWidthMeter(layout.columnWidths)
        for range in layout.mergedRanges { try merge(range) }
        if let problem = layout.dataValidations.lazy.compactMap(\.problem).first {
            throw workbook.error(sheet: name, zh: problem.zh, en: problem.en)
        }
    }

    /// How many rows have been written, empty ones included: the next row is `rowsWritten + 1`.
    public var rowsWritten: Int { rowNumber }

    /// The filter buttons' range. It can be set until the sheet is finished, e.g. once the last row is
    /// known for a listing streamed from records.
    public var autoFilter: CellRange? {
        get { layout.autoFilter }
        set { if !isFinished { layout.autoFilter = newValue } }
    }

    /// Writes the next row (row 1 first). `styles[i]` styles `cells[i]`; a missing or nil style is the
    /// default. An empty cell is written only when it has a style (a border of an empty cell).
    public func writeRow(_ cells: [CellValue], styles: [StyleID?] = [], height: Double? = nil) throws(SpreadsheetError) {
        guard !isFinished else {
            throw workbook.error(sheet: name, zh: "工作表已写完，不能再添加行", en: "the sheet is finished: no more rows can be added")
        }
        guard rowNumber < CellAddress.maxRow else {
            throw workbook.error(sheet: name, zh: "超过 Excel 的行数上限 1,048,576", en: "more than Excel's 1,048,576 rows")
        }
        guard cells.count <= CellAddress.maxColumn else {
            throw workbook.error(sheet: name, zh: "超过 Excel 的列数上限 16,384", en: "more than Excel's 16,384 columns")
        }
        rowNumber += 1
        let hasContent = cells.indices.contains { !cells[$0].isEmpty || ($0 < styles.count && styles[$0] != nil) }
        guard hasContent || height != nil else { return }
        var row = XMLBuffer()
        swap(&row, &buffer)
        defer { swap(&row, &buffer) }
        let digits = XMLBuffer.decimal(rowNumber)
        row.append("<row r=\""); row.append(digits)
        if let height { row.append("\" ht=\""); row.append(height); row.append("\" customHeight=\"1") }
        row.append("\">")
        while columnLetters.count <= cells.count {
            columnLetters.append(Array(CellAddress.columnLetters(columnLetters.count).utf8))
        }
        var lastWritten = 0
        for (index, cell) in cells.enumerated() {
            let style = index < styles.count ? styles[index] : nil
            if try writeCell(cell, column: index + 1, style: style, rowDigits: digits, into: &row) { lastWritten = index + 1 }
        }
        row.append("</row>")
        if lastWritten > 0 {
            if firstRow == 0 { firstRow = rowNumber }
            lastRow = rowNumber
            lastColumn = max(lastColumn, lastWritten)
        }
        if row.bytes.count >= 1 << 20 { try file.write(&row) }
    }

    /// Merges a range (at least two cells, not overlapping another merged range).
    public func merge(_ range: CellRange) throws(SpreadsheetError) {
        guard range.first != range.last else {
            throw workbook.error(sheet: name, zh: "合并区域 \(range) 只有一个单元格", en: "the merged range \(range) is a single cell")
        }
        if let other = mergedRanges.first(where: { $0.overlaps(range) }) {
            throw workbook.error(sheet: name, zh: "合并区域 \(range) 与 \(other) 重叠", en: "the merged range \(range) overlaps \(other)")
        }
        mergedRanges.append(range)
    }

    /// Ends the sheet; no more rows can be written to it.
    public func finish() throws(SpreadsheetError) {
        guard !isFinished else { return }
        isFinished = true
        try file.write(&buffer)
        let body = try file.finish()
        let usedRange = firstRow == 0 ? nil
            : CellRange(first: CellAddress(row: firstRow, column: 1), last: CellAddress(row: lastRow, column: lastColumn))
        workbook.sheetFinished(self, usedRange: usedRange, columnWidths: widths.resolvedWidths(layout.columnWidths),
                               mergedRanges: mergedRanges, body: body)
    }

    /// Stops compressing, for a workbook that is given up.
    func abandon() {
        isFinished = true
        file.abandon()
    }

    /// Appends one cell's XML; false when there was nothing to write (empty and unstyled).
    private func writeCell(
        _ cell: CellValue, column: Int, style: StyleID?, rowDigits: [UInt8], into row: inout XMLBuffer
    ) throws(SpreadsheetError) -> Bool {
        var style = style
        var value = cell
        if case .date(let date) = cell {
            if let serial = Self.serial(date) {
                value = .number(serial)
                style = styles.dateStyle(style ?? .default, hasTime: date.hasTime)
            } else {
                value = .text(date.description)
            }
        }
        if case .empty = value, style == nil { return false }
        if widths.fits(column), !mergedRanges.contains(where: { $0.contains(CellAddress(row: rowNumber, column: column)) }) {
            let look = styles.style(style ?? .default)
            widths.measure(cell, column: column, fontSize: look.fontSize, bold: look.bold)
        }
        row.append("<c r=\""); row.append(columnLetters[column]); row.append(rowDigits); row.append("\"")
        if let style, style != .default { row.append(" s=\""); row.append(style.index); row.append("\"") }
        switch value {
        case .empty:
            row.append("/>")
        case .number(let number) where number.isFinite:
            row.append("><v>"); row.append(number); row.append("</v></c>")
        case .number:
            row.append(" t=\"e\"><v>#NUM!</v></c>")
        case .bool(let flag):
            row.append(flag ? " t=\"b\"><v>1</v></c>" : " t=\"b\"><v>0</v></c>")
        case .error(let code) where Self.errorCodes.contains(code):
            row.append(" t=\"e\"><v>"); row.appendRaw(code); row.append("</v></c>")
        case .text(let text), .error(let text):
            if text.utf8.count > Self.maxTextLength, text.utf16.count > Self.maxTextLength {
                let cell = CellAddress(row: rowNumber, column: column)
                throw workbook.error(sheet: name, zh: "单元格 \(cell) 的文字超过 Excel 上限 32,767 个字符",
                                     en: "cell \(cell) has more than Excel's 32,767 characters")
            }
            let index = try sharedStrings.index(of: text)
            row.append(" t=\"s\"><v>"); row.append(index); row.append("</v></c>")
        case .date:
            preconditionFailure("dates were turned into serial numbers above")
        }
        return true
    }

    /// The error values Excel accepts in a cell; other error text is written as text.
    private static let errorCodes: Set<String> = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]

    /// Excel's serial number (1900 date system): days since 1899-12-30 plus the fraction of the day.
    /// Excel counts a 29 February 1900 that never was, so January and February 1900 are one less.
    /// Nil before 1900 or after 9999, which Excel cannot show as dates.
    static func serial(_ date: DateTime) -> Double? {
        guard (1900...9999).contains(date.year) else { return nil }
        let days = date.daysSinceEpoch + 25_569 - (date.month <= 2 && date.year == 1900 ? 1 : 0)
        let seconds = date.hour * 3600 + date.minute * 60 + date.second
        return Double(days) + Double(seconds) / 86_400
    }
}

extension CellRange {
    func overlaps(_ other: CellRange) -> Bool {
        first.row <= other.last.row && other.first.row <= last.row
            && first.column <= other.last.column && other.first.column <= last.column
    }
}
