/// What a row of the long form holds.
public enum RowKind: String, Sendable, Hashable {
    /// One combination of dimension values present among the records.
    case cell
    /// The sum of the cells sharing the first dimension's value (tables of two or more dimensions).
    case subtotal
    /// The sum of everything.
    case total
}

public struct TableRow: Sendable, Equatable {
    public var kind: RowKind
    /// One value per dimension (a choice code or a text). A cell's nil is a record without a value;
    /// a subtotal holds only the first value; a total none.
    public var values: [String?]
    /// One per measure column of the layout.
    public var amounts: [Amount]

    public init(kind: RowKind, values: [String?], amounts: [Amount]) {
        self.kind = kind
        self.values = values
        self.amounts = amounts
    }
}

/// A finished table in long form: every combination present, in order, each first-dimension group followed
/// by its subtotal, then the grand total.
public struct Table: Sendable, Equatable {
    public let layout: TableLayout
    /// Each dimension's values in row order: the declared ones (choice list order, the schema's `hamlet_order`),
    /// then the others in order of first appearance, then nil when some record had no value.
    public let dimensionValues: [[String?]]
    public let rows: [TableRow]

    init(layout: TableLayout, appearances: [[String?]], cells: [([String?], [Amount])]) {
        self.layout = layout
        dimensionValues = zip(layout.dimensions, appearances).map { dimension, seen in
            let declared = Set(dimension.declaredValues)
            return dimension.declaredValues + seen.filter { $0 != nil && !declared.contains($0!) }
                + (seen.contains(nil) ? [nil] : [])
        }
        let ranks = dimensionValues.map { values in
            Dictionary(uniqueKeysWithValues: values.enumerated().map { ($0.element, $0.offset) })
        }
        let ordered = cells.map { TableRow(kind: .cell, values: $0.0, amounts: $0.1) }.sorted { lhs, rhs in
            for (dimension, rank) in ranks.enumerated() {
                let left = rank[lhs.values[dimension]]!, right = rank[rhs.values[dimension]]!
                if left != right { return left < right }
            }
            return false
        }
        rows = Self.withTotals(ordered, dimensions: layout.dimensions.count, measures: layout.measures.count)
    }

    /// The combinations present, without subtotals and total.
    public var cells: [TableRow] { rows.filter { $0.kind == .cell } }

    /// The grand total of every measure.
    public var total: [Amount] { rows.last?.amounts ?? [] }

    private static func withTotals(_ cells: [TableRow], dimensions: Int, measures: Int) -> [TableRow] {
        let empty = [String?](repeating: nil, count: dimensions)
        var rows: [TableRow] = []
        var start = 0
        while dimensions >= 2, start < cells.count {
            let first = cells[start].values[0]
            let end = cells[start...].firstIndex { $0.values[0] != first } ?? cells.count
            rows += cells[start..<end]
            var values = empty
            values[0] = first
            rows.append(TableRow(kind: .subtotal, values: values, amounts: sum(cells[start..<end], measures)))
            start = end
        }
        if dimensions == 1 { rows = cells }
        rows.append(TableRow(kind: .total, values: empty, amounts: sum(cells[...], measures)))
        return rows
    }
}

/// The column sums of some rows.
func sum(_ rows: ArraySlice<TableRow>, _ measures: Int) -> [Amount] {
    rows.reduce(into: Array(repeating: Amount.zero, count: measures)) { totals, row in
        for column in totals.indices { totals[column] += row.amounts[column] }
    }
}
