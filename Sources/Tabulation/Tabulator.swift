import Questionnaire

/// A partial table being added up, one record at a time. Memory grows with the number of groups, never with
/// the number of records. Partial tables of different inputs merge exactly: `merge` of the tables of A and B
/// equals the table of A followed by B, first-appearance order included.
public struct Tabulator: Sendable, Equatable {
    public let layout: TableLayout
    /// Each dimension's values in order of first appearance; nil stands for records without a value.
    public private(set) var appearances: [[String?]]
    private var positions: [[String?: Int]]
    /// Sums by group; a group's key holds each dimension value's place in `appearances`.
    private var groups: [[Int]: [Amount]]

    public init(layout: TableLayout) {
        self.layout = layout
        appearances = Array(repeating: [], count: layout.dimensions.count)
        positions = Array(repeating: [:], count: layout.dimensions.count)
        groups = [:]
    }

    /// Counts one household. Call it only for records that count in tables (the first copy of a duplicate);
    /// a measure whose value is missing or invalid adds nothing.
    public mutating func add(_ record: Record) {
        let key = layout.dimensions.indices.map { position(of: groupValue(record, layout.dimensions[$0]), in: $0) }
        // The measures are taken out first: reading `self` while `groups` is being modified would copy it.
        let measures = layout.measures
        accumulate(record, measures, into: &groups[key, default: Array(repeating: .zero, count: measures.count)])
    }

    /// Adds another partial table of the same layout; its values not yet seen come after ours, in its order.
    public mutating func merge(_ other: Tabulator) throws(TabulationError) {
        guard other.layout == layout else { throw .differentLayouts }
        let translation = other.appearances.enumerated().map { dimension, values in
            values.map { position(of: $0, in: dimension) }
        }
        for (otherKey, amounts) in other.groups {
            let key = otherKey.enumerated().map { translation[$0.offset][$0.element] }
            groups[key] = zip(groups[key] ?? Array(repeating: .zero, count: amounts.count), amounts).map(+)
        }
    }

    /// The finished table: rows in order, with subtotals and the grand total.
    public var table: Table {
        Table(layout: layout, appearances: appearances, cells: groups.map { key, amounts in
            (key.enumerated().map { appearances[$0.offset][$0.element] }, amounts)
        })
    }

    private mutating func position(of value: String?, in dimension: Int) -> Int {
        if let known = positions[dimension][value] { return known }
        appearances[dimension].append(value)
        positions[dimension][value] = appearances[dimension].count - 1
        return appearances[dimension].count - 1
    }

    public static func == (lhs: Tabulator, rhs: Tabulator) -> Bool {
        lhs.layout == rhs.layout && lhs.appearances == rhs.appearances && lhs.groups == rhs.groups
    }
}

/// A field's value when it is there and valid; a record shorter than the schema has nothing past its end.
private func validValue(_ record: Record, _ field: Int) -> FieldValue? {
    guard field < record.values.count, !record.invalidFields.contains(field) else { return nil }
    return record.values[field]
}

private func groupValue(_ record: Record, _ dimension: Dimension) -> String? {
    switch validValue(record, dimension.fieldIndex) {
    case .choice(let code): return code
    case .text(let text): return text.isEmpty ? nil : text
    default: return nil
    }
}

private func accumulate(_ record: Record, _ measures: [MeasureColumn], into amounts: inout [Amount]) {
    for (column, measure) in measures.enumerated() {
        amounts[column] += contribution(of: record, to: measure.kind)
    }
}

/// What one record adds to one measure column.
private func contribution(of record: Record, to kind: MeasureKind) -> Amount {
    let field: Int
    switch kind {
    case .households: return .integer(1)
    case .sum(let index), .countTrue(let index), .countChoice(let index, _), .countNonempty(let index): field = index
    }
    guard let value = validValue(record, field) else { return .zero }
    switch (kind, value) {
    case (.sum, .integer(let number)): return .integer(number)
    case (.sum, .decimal(let number)): return Amount.exact(number) ?? .zero
    case (.countTrue, .boolean(true)): return .integer(1)
    case (.countChoice(_, let code), .choice(let answer)): return .integer(answer == code ? 1 : 0)
    case (.countChoice(_, let code), .choices(let answers)): return .integer(answers.contains(code) ? 1 : 0)
    case (.countNonempty, .text(let text)): return .integer(text.isEmpty ? 0 : 1)
    case (.countNonempty, .list(let items)), (.countNonempty, .choices(let items)): return .integer(items.isEmpty ? 0 : 1)
    case (.countNonempty, _): return .integer(1)
    default: return .zero
    }
}
