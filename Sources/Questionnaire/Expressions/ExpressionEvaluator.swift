/// Evaluates expressions over one record of a schema. An empty operand makes a comparison true, so a
/// missing value is reported once (by `required`), never again by the rules that read it.
public struct ExpressionEvaluator {
    private let fieldIndexes: [String: Int]
    private let patterns = PatternCache()

    public init(schema: Schema) {
        fieldIndexes = Dictionary(schema.fields.enumerated().map { ($1.id, $0) }) { first, _ in first }
    }

    /// The value of `expression` for `record`; `current` is the index of the field `.` stands for.
    public func evaluate(_ expression: Expression, in record: Record, current: Int? = nil) -> ExpressionValue {
        switch expression {
        case .current:
            return value(ofField: current, in: record)
        case .field(let name, _):
            return value(ofField: fieldIndexes[name], in: record)
        case .number(let number):
            return .number(number)
        case .string(let text):
            return .string(text)
        case .negate(let operand):
            return evaluate(operand, in: record, current: current).number.map { .number(-$0) } ?? .empty
        case .binary(let op, let lhs, let rhs):
            return evaluate(op, lhs, rhs, in: record, current: current)
        case .call(let function, let arguments):
            return call(function, arguments, in: record, current: current)
        }
    }

    /// True when the expression's value is true (XPath's boolean()).
    public func holds(_ expression: Expression, in record: Record, current: Int? = nil) -> Bool {
        evaluate(expression, in: record, current: current).isTrue
    }

    private func value(ofField index: Int?, in record: Record) -> ExpressionValue {
        guard let index, index < record.values.count else { return .empty }
        return ExpressionValue(record.values[index])
    }

    private func evaluate(
        _ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression, in record: Record, current: Int?
    ) -> ExpressionValue {
        let left = evaluate(lhs, in: record, current: current)
        switch op {
        case .and: return .boolean(left.isTrue && holds(rhs, in: record, current: current))
        case .or: return .boolean(left.isTrue || holds(rhs, in: record, current: current))
        default: break
        }
        let right = evaluate(rhs, in: record, current: current)
        if op.isComparison { return .boolean(Self.compare(op, left, right)) }
        guard let a = left.number(beside: right), let b = right.number(beside: left) else { return .empty }
        switch op {
        case .plus: return .number(a + b)
        case .minus: return .number(a - b)
        case .times: return .number(a * b)
        case .divide: return b == 0 ? .empty : .number(a / b)
        case .modulo: return b == 0 ? .empty : .number(a.truncatingRemainder(dividingBy: b))
        default: return .empty
        }
    }

    static func compare(_ op: BinaryOperator, _ left: ExpressionValue, _ right: ExpressionValue) -> Bool {
        if left.isEmpty || right.isEmpty { return true }
        let order = ExpressionValue.order(left, right)
        switch op {
        case .equal: return order == 0
        case .notEqual: return order != 0
        case .less: return order.map { $0 < 0 } ?? false
        case .lessOrEqual: return order.map { $0 <= 0 } ?? false
        case .greater: return order.map { $0 > 0 } ?? false
        case .greaterOrEqual: return order.map { $0 >= 0 } ?? false
        default: return false
        }
    }

    private func call(
        _ function: ExpressionFunction, _ arguments: [Expression], in record: Record, current: Int?
    ) -> ExpressionValue {
        func argument(_ index: Int) -> ExpressionValue {
            index < arguments.count ? evaluate(arguments[index], in: record, current: current)
                : value(ofField: current, in: record)
        }
        switch function {
        case .if:
            return argument(0).isTrue ? argument(1) : argument(2)
        case .not:
            return .boolean(!argument(0).isTrue)
        case .true, .false:
            return .boolean(function == .true)
        case .selected:
            return .boolean(argument(0).items.contains(argument(1).text))
        case .countSelected, .countItems:
            return .number(Double(argument(0).items.count))
        case .stringLength:
            return .number(Double(argument(0).text.count))
        case .regex:
            let subject = argument(0)
            guard !subject.isEmpty, let pattern = patterns.regex(argument(1).text) else { return .boolean(true) }
            return .boolean(subject.text.contains(pattern))
        }
    }
}

/// Compiled regular expressions by pattern: patterns are few, records many.
private final class PatternCache {
    private var compiled: [String: Regex<AnyRegexOutput>?] = [:]

    func regex(_ pattern: String) -> Regex<AnyRegexOutput>? {
        if let known = compiled[pattern] { return known }
        let regex = try? Regex(pattern)
        compiled[pattern] = regex
        return regex
    }
}
