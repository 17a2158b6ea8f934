/// What a sheet's header says: which column holds which field, which are serial numbers,
/// and which are extra columns kept as text.
struct SheetLayout {
    struct Column {
        var column: Int
        var heading: String
    }

    /// The row of the lowest heading (the child row of a two-level header).
    var headerRow: Int
    /// The column of each field, by field index.
    var fieldColumns: [Int?]
    /// The heading of each field's column, by field index.
    var fieldHeadings: [String?]
    var serialColumns: Set<Int> = []
    var extras: [Column] = []
    /// Columns whose heading matched a field already taken by a column to their left.
    var duplicates: [(column: Int, heading: String, field: Int)] = []
    /// A `编号` column that is a field's column unless its first value is 1 (then it counts rows).
    var possibleSerial: (column: Int, field: Int)?

    init(headerRow: Int, fieldCount: Int) {
        self.headerRow = headerRow
        self.fieldColumns = Array(repeating: nil, count: fieldCount)
        self.fieldHeadings = Array(repeating: nil, count: fieldCount)
    }

    /// Maps the headings of the header row, left to right.
    init(headerRow: Int, headings: [(column: Int, heading: String, field: Int?)], fieldCount: Int) {
        self.init(headerRow: headerRow, fieldCount: fieldCount)
        for entry in headings {
            let isSerial = HeadingIndex.isSerial(entry.heading)
            guard let field = entry.field else {
                if isSerial {
                    serialColumns.insert(entry.column)
                } else {
                    extras.append(Column(column: entry.column, heading: entry.heading))
                }
                continue
            }
            if fieldColumns[field] != nil {
                duplicates.append((entry.column, entry.heading, field))
                extras.append(Column(column: entry.column, heading: entry.heading))
                continue
            }
            fieldColumns[field] = entry.column
            fieldHeadings[field] = entry.heading
            if isSerial, possibleSerial == nil { possibleSerial = (entry.column, field) }
        }
    }

    /// The last column the layout reads (a field, an extra or a serial column).
    var width: Int {
        max(fieldColumns.compactMap { $0 }.max() ?? 0, extras.map(\.column).max() ?? 0, serialColumns.max() ?? 0)
    }

    /// The `编号` column turned out to count rows: it is a serial column, not the field's.
    mutating func makeSerial(_ candidate: (column: Int, field: Int)) {
        fieldColumns[candidate.field] = nil
        fieldHeadings[candidate.field] = nil
        serialColumns.insert(candidate.column)
        possibleSerial = nil
    }
}
