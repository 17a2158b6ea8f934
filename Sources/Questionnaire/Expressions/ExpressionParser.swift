import Spreadsheet

/// A recursive-descent parser for the expression subset, with XPath's precedence:
/// or < and < (= !=) < (< <= > >=) < (+ -) < (* div mod) < unary minus.
public struct ExpressionParser {
    private let tokens: [ExpressionToken]
    private var index = 0

    private init(tokens: [ExpressionToken]) {
        self.tokens = tokens
    }

    /// Parses a whole expression; the error gives the 1-based character position of the mistake.
    public static func parse(_ text: String) throws(ExpressionSyntaxError) -> Expression {
        var parser = ExpressionParser(tokens: try ExpressionLexer.tokens(of: text))
        guard parser.current.kind != .end else {
            throw ExpressionSyntaxError(LocalizedText(zh: "表达式是空的", en: "the expression is empty"), at: 1)
        }
        let expression = try parser.parseBinary(level: 0)
        guard parser.current.kind == .end else { throw parser.unexpected() }
        return expression
    }

    private static let levels: [[String: BinaryOperator]] = [
        ["or": .or],
        ["and": .and],
        ["=": .equal, "!=": .notEqual],
        ["<": .less, "<=": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual],
        ["+": .plus, "-": .minus],
        ["*": .times, "div": .divide, "mod": .modulo],
    ]

    private var current: ExpressionToken { tokens[index] }

    private func binaryOperator(at level: Int) -> BinaryOperator? {
        switch current.kind {
        case .word(let text), .symbol(let text): return Self.levels[level][text]
        default: return nil
        }
    }

    private mutating func parseBinary(level: Int) throws(ExpressionSyntaxError) -> Expression {
        guard level < Self.levels.count else { return try parseUnary() }
        var expression = try parseBinary(level: level + 1)
        while let op = binaryOperator(at: level) {
            index += 1
            expression = .binary(op, expression, try parseBinary(level: level + 1))
        }
        return expression
    }

    private mutating func parseUnary() throws(ExpressionSyntaxError) -> Expression {
        if current.kind == .symbol("-") {
            index += 1
            return .negate(try parseUnary())
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(ExpressionSyntaxError) -> Expression {
        let token = current
        switch token.kind {
        case .number(let value):
            index += 1
            return .number(value)
        case .string(let value):
            index += 1
            return .string(value)
        case .field(let name):
            index += 1
            return .field(name, position: token.position)
        case .dot:
            index += 1
            return .current
        case .symbol("("):
            index += 1
            let inner = try parseBinary(level: 0)
            try expect(")")
            return inner
        case .word(let name):
            return try parseCall(name, at: token.position)
        default:
            throw unexpected()
        }
    }

    private mutating func parseCall(_ name: String, at position: Int) throws(ExpressionSyntaxError) -> Expression {
        guard let function = ExpressionFunction(rawValue: name) else {
            throw ExpressionSyntaxError(
                LocalizedText(
                    zh: "不认识「\(name)」：字段要写成 ${\(name)}，可用的函数有 \(Self.functionList)",
                    en: "unknown word '\(name)': write a field as ${\(name)}; the functions are \(Self.functionList)"),
                at: position)
        }
        index += 1
        try expect("(")
        var arguments: [Expression] = []
        if current.kind != .symbol(")") {
            repeat {
                let argumentPosition = current.position
                let argument = try parseBinary(level: 0)
                if function == .regex, arguments.count == 1, case .string(let pattern) = argument {
                    try Self.checkPattern(pattern, at: argumentPosition)
                }
                arguments.append(argument)
            } while skip(",")
        }
        try expect(")")
        guard function.arity.contains(arguments.count) else {
            let expected = function.arity.lowerBound == function.arity.upperBound
                ? "\(function.arity.lowerBound)" : "\(function.arity.lowerBound)–\(function.arity.upperBound)"
            throw ExpressionSyntaxError(
                LocalizedText(
                    zh: "\(name)() 需要 \(expected) 个参数，这里有 \(arguments.count) 个",
                    en: "\(name)() takes \(expected) argument(s), not \(arguments.count)"),
                at: position)
        }
        return .call(function, arguments)
    }

    private static var functionList: String {
        ExpressionFunction.allCases.map { $0.rawValue + "()" }.joined(separator: " ")
    }

    private static func checkPattern(_ pattern: String, at position: Int) throws(ExpressionSyntaxError) {
        do {
            _ = try Regex(pattern)
        } catch {
            throw ExpressionSyntaxError(
                LocalizedText(zh: "正则表达式写法有误：\(pattern)", en: "invalid regular expression: \(pattern)"),
                at: position)
        }
    }

    private mutating func skip(_ symbol: String) -> Bool {
        guard current.kind == .symbol(symbol) else { return false }
        index += 1
        return true
    }

    private mutating func expect(_ symbol: String) throws(ExpressionSyntaxError) {
        guard skip(symbol) else {
            throw ExpressionSyntaxError(
                LocalizedText(zh: "这里应为「\(symbol)」", en: "expected '\(symbol)' here"), at: current.position)
        }
    }

    private func unexpected() -> ExpressionSyntaxError {
        guard current.kind != .end else {
            return ExpressionSyntaxError(
                LocalizedText(zh: "表达式不完整", en: "the expression ends too early"), at: current.position)
        }
        return ExpressionSyntaxError(
            LocalizedText(zh: "这里不应出现这个符号", en: "unexpected token here"), at: current.position)
    }
}
