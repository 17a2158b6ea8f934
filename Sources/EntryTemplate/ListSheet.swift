import Spreadsheet

/// The hidden sheet holding dropdown lists too long for a validation's formula (Excel's 255 characters),
/// one list per column from row 1, referenced as `'列表'!$A$1:$A$N`. Written only when a list needs it.
struct ListSheet {
    let name: String
    private(set) var columns: [[String]] = []

    init(name: String) {
        self.name = name
    }

    /// The rule offering `values`, from a column of this sheet (the same list shares one column).
    mutating func rule(for values: [String]) -> DataValidation.Rule {
        let column = (columns.firstIndex(of: values) ?? columns.count) + 1
        if column > columns.count { columns.append(values) }
        return .listRange(sheet: name, range: CellRange(
            first: CellAddress(row: 1, column: column), last: CellAddress(row: values.count, column: column)))
    }

    func write(to writer: XLSXWriter) throws(SpreadsheetError) {
        guard let longest = columns.map(\.count).max() else { return }
        let sheet = try writer.addSheet(name, layout: SheetLayout(columnWidths: columns.map { _ in .fitContent }, hidden: true))
        for row in 0..<longest {
            try sheet.writeRow(columns.map { row < $0.count ? .text($0[row]) : .empty })
        }
    }
}
