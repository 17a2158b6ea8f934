import Spreadsheet

extension Field {
    /// `min` and `max` of an integer or decimal field as numbers; nil where not given.
    public var numberBounds: (min: Double?, max: Double?) {
        func number(_ text: String?) -> Double? {
            if case .number(let value)? = Bound.parse(text, for: type) { return value }
            return nil
        }
        return (number(min), number(max))
    }

    /// `min` and `max` of a date field as dates; nil where not given.
    public var dateBounds: (min: DateTime?, max: DateTime?) {
        func date(_ text: String?) -> DateTime? {
            if case .date(let value)? = Bound.parse(text, for: type) { return value }
            return nil
        }
        return (date(min), date(max))
    }
}
