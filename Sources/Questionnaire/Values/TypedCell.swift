import Spreadsheet

/// What typing one cell gave: nothing, a value (possibly with a warning such as `old-id-card`),
/// or a problem that leaves the field without a value.
enum TypedCell: Equatable {
    case empty
    case value(FieldValue, warning: CellProblem? = nil)
    case problem(CellProblem)
}

/// Why a cell could not be typed, or what is doubtful about it.
struct CellProblem: Equatable {
    var code: IssueCode
    var message: LocalizedText

    init(_ code: IssueCode, zh: String, en: String) {
        self.code = code
        self.message = LocalizedText(zh: zh, en: en)
    }
}

/// A `min` or `max` of a field: a number, or a date for date fields.
enum Bound: Equatable {
    case number(Double)
    case date(DateTime)

    static func parse(_ text: String?, for type: FieldType) -> Bound? {
        guard let text else { return nil }
        if type == .date {
            if case .date(let date) = DateText.parse(text, campaignYear: nil) { return .date(date) }
            return nil
        }
        return NumberText.decimal(text).map(Bound.number)
    }

    enum Position { case below, within, above }

    /// Where a typed value lies against this bound; nil when they cannot be compared.
    func compare(_ value: FieldValue) -> Position? {
        switch (self, value) {
        case (.number(let bound), .integer(let number)): return Self.position(Double(number), bound)
        case (.number(let bound), .decimal(let number)): return Self.position(number, bound)
        case (.date(let bound), .date(let date)): return Self.position(date, bound)
        default: return nil
        }
    }

    private static func position<T: Comparable>(_ value: T, _ bound: T) -> Position {
        value < bound ? .below : value > bound ? .above : .within
    }

    var text: String {
        switch self {
        case .number(let number): return CellText.display(number)
        case .date(let date): return date.description
        }
    }
}
