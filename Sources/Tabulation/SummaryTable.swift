import Questionnaire
import Spreadsheet

/// One column of a summary sheet: its heading, under the heading it shares with its neighbours when it has one.
public struct SummaryColumn: Sendable, Equatable {
    public var group: String?
    public var heading: String
}

/// A summary sheet's content, before any file format: one row per value of a dimension, every declared value
/// included (a hamlet of `hamlet_order` or a category with no record shows zeros), then the total.
public struct SummaryTable: Sendable, Equatable {
    public var title: String
    /// The heading of the first column (自然社) and then one per number column.
    public var rowHeading: String
    public var columns: [SummaryColumn]
    public var rows: [(label: String, amounts: [Amount])]
    public var total: [Amount]

    public static func == (lhs: SummaryTable, rhs: SummaryTable) -> Bool {
        lhs.title == rhs.title && lhs.rowHeading == rhs.rowHeading && lhs.columns == rhs.columns
            && lhs.rows.map(\.label) == rhs.rows.map(\.label) && lhs.rows.map(\.amounts) == rhs.rows.map(\.amounts)
            && lhs.total == rhs.total
    }

    /// 汇总表: a row per value of the first dimension; households split by the second dimension's values
    /// (after their own total) when there is one, then every other measure.
    public static func byFirstDimension(_ table: Table, settings: Settings, language: Language) -> SummaryTable? {
        guard let rowDimension = table.layout.dimensions.first else { return nil }
        let split = table.layout.dimensions.count > 1 ? table.layout.dimensions[1] : nil
        let categories = split == nil ? [] : table.dimensionValues[1]
        let sums = Sums(table)
        var columns = measureColumns(table.layout, language: language)
        if let split {
            let households = table.layout.measures[0].heading(in: language)
            columns.replaceSubrange(0..<1, with: [SummaryColumn(group: households, heading: TableWords.total.text(in: language))]
                + categories.map { SummaryColumn(group: households, heading: split.label(of: $0, in: language)) })
        }
        func arrange(_ amounts: [Amount], households: [Amount]) -> [Amount] {
            split == nil ? amounts : [amounts[0]] + households + amounts.dropFirst()
        }
        return SummaryTable(
            title: settings.summaryTitle(in: language, by: nil), rowHeading: rowDimension.heading(in: language),
            columns: columns,
            rows: table.dimensionValues[0].map { value in
                let households = categories.map { sums.householdsByPair[[value, $0]] ?? .zero }
                return (rowDimension.label(of: value, in: language), arrange(sums.byFirst[value] ?? sums.zeros, households: households))
            },
            total: arrange(table.total, households: categories.map { sums.bySecond[$0]?[0] ?? .zero }))
    }

    /// 按类别: the same measures by the second dimension's values; nil for a table of fewer dimensions.
    public static func bySecondDimension(_ table: Table, settings: Settings, language: Language) -> SummaryTable? {
        guard table.layout.dimensions.count > 1 else { return nil }
        let dimension = table.layout.dimensions[1]
        let sums = Sums(table)
        return SummaryTable(
            title: settings.summaryTitle(in: language, by: dimension.heading(in: language)),
            rowHeading: dimension.heading(in: language), columns: measureColumns(table.layout, language: language),
            rows: table.dimensionValues[1].map { (dimension.label(of: $0, in: language), sums.bySecond[$0] ?? sums.zeros) },
            total: table.total)
    }

    private static func measureColumns(_ layout: TableLayout, language: Language) -> [SummaryColumn] {
        layout.measures.map { SummaryColumn(group: $0.groupHeadings?[language], heading: $0.heading(in: language)) }
    }
}

/// The sums a summary sheet needs, from one pass over the cells.
private struct Sums {
    var byFirst: [String?: [Amount]] = [:]
    var bySecond: [String?: [Amount]] = [:]
    var householdsByPair: [[String?]: Amount] = [:]
    let zeros: [Amount]

    init(_ table: Table) {
        zeros = Array(repeating: .zero, count: table.layout.measures.count)
        for cell in table.cells {
            add(cell.amounts, to: &byFirst[cell.values[0], default: zeros])
            guard cell.values.count > 1 else { continue }
            add(cell.amounts, to: &bySecond[cell.values[1], default: zeros])
            householdsByPair[Array(cell.values.prefix(2)), default: .zero] += cell.amounts[0]
        }
    }

    private func add(_ amounts: [Amount], to totals: inout [Amount]) {
        for index in totals.indices { totals[index] += amounts[index] }
    }
}

extension Settings {
    /// 思茅五小 箐门口村 走访情况汇总表（2018年7月17日至7月22日）, with what the settings give.
    func summaryTitle(in language: Language, by subject: String?) -> String {
        let place = [school, village].compactMap { $0 }.joined(separator: language == .zh ? " " : ", ")
        switch language {
        case .zh:
            let dates = campaignDates(from: { "\($0.year)年\($0.month)月\($0.day)日" }, to: { end, start in
                end.year == start.year ? "\(end.month)月\(end.day)日" : "\(end.year)年\(end.month)月\(end.day)日"
            }, separator: "至")
            let notes = [subject.map { "按" + $0 }, dates].compactMap { $0 }
            return [place, "走访情况汇总表"].filter { !$0.isEmpty }.joined(separator: " ")
                + (notes.isEmpty ? "" : "（" + notes.joined(separator: "，") + "）")
        case .en:
            let dates = campaignDates(from: \.description, to: { end, _ in end.description }, separator: " to ")
            return "Household visits" + (subject.map { " by \($0)" } ?? "")
                + [place, dates ?? ""].filter { !$0.isEmpty }.map { " — " + $0 }.joined()
        }
    }

    private func campaignDates(
        from: (DateTime) -> String, to: (DateTime, DateTime) -> String, separator: String
    ) -> String? {
        switch (windowStart, windowEnd) {
        case let (start?, end?): from(start) + separator + to(end, start)
        case let (start?, nil): from(start)
        case let (nil, end?): from(end)
        case (nil, nil): nil
        }
    }
}
