import Spreadsheet

/// A value while an expression is evaluated. Choices are their codes; lists keep their items.
public enum ExpressionValue: Sendable, Hashable {
    case empty
    case number(Double)
    case string(String)
    case boolean(Bool)
    case date(DateTime)
    case list([String])

    public init(_ value: FieldValue?) {
        switch value {
        case nil: self = .empty
        case .text(let text), .choice(let text): self = .string(text)
        case .integer(let number): self = .number(Double(number))
        case .decimal(let number): self = .number(number)
        case .boolean(let flag): self = .boolean(flag)
        case .date(let date): self = .date(date)
        case .choices(let items), .list(let items): self = items.isEmpty ? .empty : .list(items)
        }
    }

    /// Empty, or a string or list with nothing in it.
    public var isEmpty: Bool {
        switch self {
        case .empty: return true
        case .string(let text): return text.isEmpty
        case .list(let items): return items.isEmpty
        default: return false
        }
    }

    /// XPath's boolean(): false for empty, 0, false; true otherwise.
    public var isTrue: Bool {
        switch self {
        case .empty: return false
        case .number(let number): return number != 0 && !number.isNaN
        case .string(let text): return !text.isEmpty
        case .boolean(let flag): return flag
        case .date: return true
        case .list(let items): return !items.isEmpty
        }
    }

    /// The value as a number: booleans are 1 and 0, dates days since 1970-01-01, text when it reads as one.
    public var number: Double? {
        switch self {
        case .number(let number): return number
        case .boolean(let flag): return flag ? 1 : 0
        case .date(let date): return Double(date.daysSinceEpoch) + Double(date.secondsOfDay) / 86_400
        case .string(let text): return Double(text.trimmingSpaces)
        case .empty, .list: return nil
        }
    }

    /// The value as a number in arithmetic with `other`: beside a date, `YYYY-MM-DD` text counts as that date.
    func number(beside other: ExpressionValue) -> Double? {
        if case .date = other, case .string = self, let date { return ExpressionValue.date(date).number }
        return number
    }

    /// The value as text; a list is space separated, as XLSForm writes a select_multiple answer.
    public var text: String {
        switch self {
        case .empty: return ""
        case .number(let number):
            return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .string(let text): return text
        case .boolean(let flag): return flag ? "true" : "false"
        case .date(let date): return date.description
        case .list(let items): return items.joined(separator: " ")
        }
    }

    /// The items of a list; a non-empty string is one item.
    var items: [String] {
        switch self {
        case .list(let items): return items
        case .empty: return []
        default: return isEmpty ? [] : [text]
        }
    }

    /// The value as a date: a date, `YYYY-MM-DD` text, or a number of days since 1970-01-01.
    var date: DateTime? {
        switch self {
        case .date(let date): return date
        case .string(let text): return DateTime(isoDate: text)
        case .number(let days): return days.isFinite && abs(days) < 3_000_000 ? DateTime(daysSinceEpoch: Int(days)) : nil
        default: return nil
        }
    }

    var boolean: Bool? {
        switch self {
        case .boolean(let flag): return flag
        case .number(let number): return number == 1 ? true : number == 0 ? false : nil
        case .string(let text):
            switch text.trimmingSpaces.lowercased() {
            case "true", "yes", "1", "是": return true
            case "false", "no", "0", "否": return false
            default: return nil
            }
        default: return nil
        }
    }
}

extension ExpressionValue {
    /// -1, 0 or 1, or nil when the two cannot be compared. Dates compare as dates, booleans as booleans,
    /// numbers (and numeric text) as numbers, other text by its characters.
    static func order(_ lhs: ExpressionValue, _ rhs: ExpressionValue) -> Int? {
        switch (lhs, rhs) {
        case (.date(let date), _):
            return rhs.date.map { sign(date, $0) }
        case (_, .date(let date)):
            return lhs.date.map { sign($0, date) }
        case (.boolean(let flag), _):
            return rhs.boolean.map { sign(flag ? 1 : 0, $0 ? 1 : 0) }
        case (_, .boolean(let flag)):
            return lhs.boolean.map { sign($0 ? 1 : 0, flag ? 1 : 0) }
        case (.number, _), (_, .number):
            guard let left = lhs.number, let right = rhs.number else { return nil }
            return sign(left, right)
        default:
            if let left = lhs.number, let right = rhs.number { return sign(left, right) }
            return sign(lhs.text, rhs.text)
        }
    }

    private static func sign<T: Comparable>(_ lhs: T, _ rhs: T) -> Int {
        lhs < rhs ? -1 : lhs == rhs ? 0 : 1
    }
}

extension DateTime {
    /// `YYYY-MM-DD`, the way XLSForm writes a date literal.
    init?(isoDate text: String) {
        let parts = text.trimmingSpaces.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
              let day = Int(parts[2]), DateTime.isValidDate(year: year, month: month, day: day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    var secondsOfDay: Int { hour * 3600 + minute * 60 + second }
}

extension String {
    fileprivate var trimmingSpaces: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? endIndex
        return start < end ? self[start..<end] : ""
    }
}
