import Spreadsheet

/// Checks a return's own total rows against the records above them: `小计` against the records since
/// the previous subtotal, `合计`/`总计` against all records of the sheet. Holds one sum per measured field.
struct TotalCheck {
    /// Fields that add up: `sum` of numbers, `count_true` of booleans.
    private let fields: [(index: Int, column: Int)]
    private var sinceSubtotal: [Double]
    private var all: [Double]

    init(schema: Schema, layout: SheetLayout) {
        fields = schema.fields.indices.compactMap { index in
            guard let column = layout.fieldColumns[index],
                  schema.fields[index].measure == .sum || schema.fields[index].measure == .countTrue else { return nil }
            return (index, column)
        }
        sinceSubtotal = Array(repeating: 0, count: fields.count)
        all = sinceSubtotal
    }

    mutating func add(_ record: Record) {
        for (position, field) in fields.enumerated() {
            let amount: Double
            switch record.values[field.index] {
            case .integer(let number)?: amount = Double(number)
            case .decimal(let number)?: amount = number
            case .boolean(true)?: amount = 1
            default: continue
            }
            sinceSubtotal[position] += amount
            all[position] += amount
        }
    }

    /// The cells of a total row that disagree: (field, column, the row's number, the records' sum).
    mutating func check(_ row: SheetRow, grand: Bool) -> [(field: Int, column: Int, stated: String, sum: Double)] {
        var differences: [(field: Int, column: Int, stated: String, sum: Double)] = []
        for (position, field) in fields.enumerated() {
            let cell = row[field.column]
            let stated: Double?
            switch cell {
            case .number(let number): stated = number
            case .text(let text): stated = NumberText.decimal(text)
            default: stated = nil
            }
            let sum = grand ? all[position] : sinceSubtotal[position]
            if let stated, stated != sum {
                differences.append((field.index, field.column, CellText.display(cell), sum))
            }
        }
        if !grand { sinceSubtotal = Array(repeating: 0, count: fields.count) }
        return differences
    }
}
