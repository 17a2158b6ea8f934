import Spreadsheet

/// Gives every cell of a merged range the value of its top-left cell, row by row as the rows stream
/// past: only the ranges that cover the current row are held.
struct MergedCellFiller {
    private let ranges: [CellRange]
    private var next = 0
    private var active: [(range: CellRange, value: CellValue)] = []
    /// Columns past this are never read: a hostile merge of A1:XFD1048576 must not fill 16,384 cells a row.
    /// Narrowed to the header's width once the header is known.
    var columnLimit = 1024

    init(_ ranges: [CellRange]) {
        self.ranges = ranges.filter { $0.first != $0.last }.sorted { $0.first.row < $1.first.row }
    }

    mutating func fill(_ row: SheetRow) -> SheetRow {
        active.removeAll { $0.range.last.row < row.number }
        while next < ranges.count, ranges[next].first.row <= row.number {
            let range = ranges[next]
            next += 1
            guard range.last.row >= row.number else { continue }
            // A range whose top row held nothing was never handed out: it fills nothing.
            let value = range.first.row == row.number ? row[range.first.column] : .empty
            if !value.isEmpty { active.append((range, value)) }
        }
        guard !active.isEmpty else { return row }
        var filled = row
        for (range, value) in active where range.first.column <= columnLimit {
            let last = min(range.last.column, columnLimit)
            if filled.cells.count < last {
                filled.cells.append(contentsOf: repeatElement(.empty, count: last - filled.cells.count))
            }
            for column in range.first.column...last where filled.cells[column - 1].isEmpty {
                filled.cells[column - 1] = value
            }
        }
        return filled
    }
}
