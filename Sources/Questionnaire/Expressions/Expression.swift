import Spreadsheet

/// A parsed expression of the XLSForm subset (spec/schema-files.md "Expressions").
public indirect enum Expression: Sendable, Hashable {
    /// `.`, the value of the field the expression is written on.
    case current
    /// `${name}`; `position` is where the reference starts, for messages about unknown fields.
    case field(String, position: Int)
    case number(Double)
    case string(String)
    case negate(Expression)
    case binary(BinaryOperator, Expression, Expression)
    case call(ExpressionFunction, [Expression])

    /// The field ids the expression reads through `${…}`, each once, in order of first use.
    public var referencedFields: [String] {
        var names: [String] = []
        collectReferences { name, _ in if !names.contains(name) { names.append(name) } }
        return names
    }

    /// True when the expression uses `.`.
    public var readsCurrent: Bool {
        switch self {
        case .current: return true
        case .field, .number, .string: return false
        case .negate(let operand): return operand.readsCurrent
        case .binary(_, let lhs, let rhs): return lhs.readsCurrent || rhs.readsCurrent
        case .call(_, let arguments): return arguments.contains { $0.readsCurrent }
        }
    }

    /// The first `${name}` that names no field of the schema, as a syntax error at its position.
    public func unknownFieldError(in schema: Schema) -> ExpressionSyntaxError? {
        var error: ExpressionSyntaxError?
        collectReferences { name, position in
            guard error == nil, schema.fieldIndex(name) == nil else { return }
            error = ExpressionSyntaxError(
                LocalizedText(zh: "没有名为 \(name) 的字段", en: "no field is named \(name)"), at: position)
        }
        return error
    }

    private func collectReferences(_ visit: (String, Int) -> Void) {
        switch self {
        case .field(let name, let position): visit(name, position)
        case .current, .number, .string: break
        case .negate(let operand): operand.collectReferences(visit)
        case .binary(_, let lhs, let rhs):
            lhs.collectReferences(visit)
            rhs.collectReferences(visit)
        case .call(_, let arguments): arguments.forEach { $0.collectReferences(visit) }
        }
    }
}

public enum BinaryOperator: String, Sendable, Hashable {
    case or, and
    case equal = "=", notEqual = "!="
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case plus = "+", minus = "-", times = "*", divide = "div", modulo = "mod"

    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: return true
        default: return false
        }
    }
}

/// The functions of the subset, with the number of arguments each takes.
public enum ExpressionFunction: String, Sendable, Hashable, CaseIterable {
    case `if`
    case not
    case selected
    case countSelected = "count-selected"
    case stringLength = "string-length"
    case regex
    case countItems = "count-items"
    case `true`
    case `false`

    var arity: ClosedRange<Int> {
        switch self {
        case .if: return 3...3
        case .selected, .regex: return 2...2
        case .not, .countSelected, .countItems: return 1...1
        case .stringLength: return 0...1
        case .true, .false: return 0...0
        }
    }
}

/// A mistake in an expression, with the 1-based character position where it was found.
public struct ExpressionSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: LocalizedText
    public var position: Int

    public init(_ message: LocalizedText, at position: Int) {
        self.message = message
        self.position = position
    }

    public var description: String { "\(position): \(message.en)" }
}
