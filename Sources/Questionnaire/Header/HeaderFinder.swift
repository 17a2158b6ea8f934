import Spreadsheet

/// Finds the header among a sheet's first rows: the first of the first 20 rows matching at least
/// three field headings, read alone or under the row above it (a two-level header whose merged
/// parent, e.g. 发放资料, sits over child headings such as 一封信 and 明白卡).
struct HeaderFinder {
    static let searchedRows = 20
    static let minimumMatches = 3

    enum Outcome {
        case header(SheetLayout)
        /// Some headings matched, too few to be sure: the headings that did.
        case tooFew([String])
        /// Not one heading matched: an instructions sheet or an empty one.
        case none
    }

    let index: HeadingIndex
    let fieldCount: Int

    /// `rows` are the sheet's first rows with merged cells filled, in order.
    func find(in rows: [SheetRow]) -> Outcome {
        var bestFew: [String] = []
        for (position, row) in rows.enumerated() where row.number <= Self.searchedRows {
            let parent = position > 0 && rows[position - 1].number == row.number - 1 ? rows[position - 1] : nil
            let single = headings(row, parent: nil)
            let double = headings(row, parent: parent)
            let best = matches(double) > matches(single) ? double : single
            let score = matches(best)
            if score >= Self.minimumMatches {
                if position + 1 < rows.count, rows[position + 1].number == row.number + 1 {
                    let child = headings(rows[position + 1], parent: row)
                    if matches(child) > score { return .header(layout(row: row.number + 1, child)) }
                }
                return .header(layout(row: row.number, best))
            }
            if score > bestFew.count {
                bestFew = best.compactMap { $0.field == nil ? nil : $0.heading }
            }
        }
        return bestFew.isEmpty ? .none : .tooFew(bestFew)
    }

    private typealias Heading = (column: Int, heading: String, field: Int?)

    private func layout(row: Int, _ headings: [Heading]) -> SheetLayout {
        SheetLayout(headerRow: row, headings: headings, fieldCount: fieldCount)
    }

    private func matches(_ headings: [Heading]) -> Int {
        Set(headings.compactMap(\.field)).count
    }

    /// Each non-empty column's heading and the field it names. Under a parent row a column is tried
    /// as parent+child, then the child alone, then the parent alone when the child is empty.
    private func headings(_ row: SheetRow, parent: SheetRow?) -> [Heading] {
        let width = max(row.cells.count, parent?.cells.count ?? 0)
        guard width > 0 else { return [] }
        var result: [Heading] = []
        for column in 1...width {
            let child = CellText.trimmed(row[column])
            let above = parent.flatMap { CellText.trimmed($0[column]) }
            var candidates: [String] = []
            if let child, let above, above != child { candidates.append(above + child) }
            if let child { candidates.append(child) } else if let above { candidates.append(above) }
            guard let shown = candidates.last else { continue }
            let field = candidates.lazy.compactMap(index.field(for:)).first
            result.append((column, shown, field))
        }
        return result
    }
}
