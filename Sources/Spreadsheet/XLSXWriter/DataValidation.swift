/// What may be typed into a range of cells (Excel's Data ▸ Validation): a dropdown list, a whole number,
/// a decimal, a date or a text length within bounds, with the message shown when the cell is selected
/// and the one shown when a wrong value is typed. Blank cells are never checked by Excel.
public struct DataValidation: Sendable, Hashable {
    /// Excel's limits: a list written in the formula, a message's title and its text (UTF-16 units).
    public static let maxListLength = 255
    public static let maxTitleLength = 32
    public static let maxMessageLength = 255

    /// The cells checked, e.g. `C4:C1003`.
    public var ranges: [CellRange]
    public var rule: Rule
    /// What Excel does with a wrong value: refuse it (`stop`), or ask or tell and let it stay.
    public var errorStyle: ErrorStyle
    /// Shown beside the cell when it is selected.
    public var inputMessage: Message?
    /// Shown when a wrong value is typed; nil is Excel's own message.
    public var errorMessage: Message?

    public init(
        ranges: [CellRange], rule: Rule, errorStyle: ErrorStyle = .stop, inputMessage: Message? = nil,
        errorMessage: Message? = nil
    ) {
        self.ranges = ranges
        self.rule = rule
        self.errorStyle = errorStyle
        self.inputMessage = inputMessage
        self.errorMessage = errorMessage
    }

    public enum Rule: Sendable, Hashable {
        /// Anything may be typed: only the input message is shown.
        case anyValue
        /// A dropdown of these values, kept in the formula: at most `maxListLength` characters joined by
        /// commas, and no value may hold a comma. Longer lists go to a sheet and use `listRange`.
        case list([String])
        /// A dropdown of the values in a range of a sheet (which may be hidden), e.g. `'列表'!$A$1:$A$30`.
        case listRange(sheet: String, range: CellRange)
        case whole(Bounds<Double>)
        case decimal(Bounds<Double>)
        case date(Bounds<DateTime>)
        /// The number of characters typed.
        case textLength(Bounds<Int>)
    }

    /// The comparison a value must pass; `between` includes both ends.
    public enum Bounds<Value: Sendable & Hashable>: Sendable, Hashable {
        case between(Value, Value)
        case notBetween(Value, Value)
        case equal(Value)
        case notEqual(Value)
        case greaterThan(Value)
        case lessThan(Value)
        case greaterThanOrEqual(Value)
        case lessThanOrEqual(Value)
    }

    public enum ErrorStyle: String, Sendable, Hashable {
        case stop, warning, information
    }

    public struct Message: Sendable, Hashable {
        /// At most `maxTitleLength` characters.
        public var title: String
        /// At most `maxMessageLength` characters.
        public var text: String

        public init(title: String, text: String) {
            self.title = title
            self.text = text
        }
    }

    /// True when `values` can be written as a `list` in the formula.
    public static func fitsInFormula(_ values: [String]) -> Bool {
        !values.isEmpty && !values.contains { $0.contains(",") }
            && values.joined(separator: ",").utf16.count <= maxListLength
    }

    /// Why Excel would refuse this validation (it drops the file's validations, or the file), or nil.
    var problem: LocalizedText? {
        if ranges.isEmpty { return LocalizedText(zh: "数据验证没有单元格区域", en: "a data validation has no cell range") }
        if case .list(let values) = rule, !Self.fitsInFormula(values) {
            return LocalizedText(
                zh: "下拉列表为空、含逗号或超过 255 个字符，请把它放到工作表中（listRange）",
                en: "a dropdown list is empty, holds a comma or is longer than 255 characters: put it on a sheet (listRange)")
        }
        if case .date(let bounds) = rule, !bounds.values.allSatisfy({ SheetWriter.serial($0) != nil }) {
            return LocalizedText(zh: "数据验证的日期要在 1900 到 9999 年之间", en: "a data validation's dates must lie in the years 1900 to 9999")
        }
        for message in [inputMessage, errorMessage].compactMap({ $0 }) {
            if message.title.utf16.count > Self.maxTitleLength || message.text.utf16.count > Self.maxMessageLength {
                return LocalizedText(
                    zh: "数据验证提示“\(message.title)”的标题超过 32 个字符或内容超过 255 个字符",
                    en: "the data validation message \"\(message.title)\" has a title over 32 or a text over 255 characters")
            }
        }
        return nil
    }
}

extension DataValidation.Bounds {
    /// The `operator` attribute.
    var operatorName: String {
        switch self {
        case .between: return "between"
        case .notBetween: return "notBetween"
        case .equal: return "equal"
        case .notEqual: return "notEqual"
        case .greaterThan: return "greaterThan"
        case .lessThan: return "lessThan"
        case .greaterThanOrEqual: return "greaterThanOrEqual"
        case .lessThanOrEqual: return "lessThanOrEqual"
        }
    }

    /// The operands, in order: the formulas.
    var values: [Value] {
        switch self {
        case .between(let low, let high), .notBetween(let low, let high): return [low, high]
        case .equal(let value), .notEqual(let value), .greaterThan(let value), .lessThan(let value),
             .greaterThanOrEqual(let value), .lessThanOrEqual(let value): return [value]
        }
    }
}
