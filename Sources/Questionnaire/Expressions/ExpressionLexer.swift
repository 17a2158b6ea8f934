import Spreadsheet

/// One token of an expression and the 1-based character position where it starts.
struct ExpressionToken: Equatable {
    enum Kind: Equatable {
        case number(Double)
        case string(String)
        case field(String)
        case dot
        /// A word: `and`, `or`, `div`, `mod` or a function name such as `count-selected`.
        case word(String)
        case symbol(String)
        case end
    }

    var kind: Kind
    var position: Int
}

/// Splits an expression into tokens. Strings are '…' or "…" without escapes, as in XPath.
struct ExpressionLexer {
    private let characters: [Character]
    private var index = 0

    init(_ text: String) {
        characters = Array(text)
    }

    static func tokens(of text: String) throws(ExpressionSyntaxError) -> [ExpressionToken] {
        var lexer = ExpressionLexer(text)
        var tokens: [ExpressionToken] = []
        repeat {
            tokens.append(try lexer.next())
        } while tokens.last?.kind != .end
        return tokens
    }

    private var position: Int { index + 1 }

    private func peek(_ offset: Int = 0) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    mutating func next() throws(ExpressionSyntaxError) -> ExpressionToken {
        while let character = peek(), character.isWhitespace { index += 1 }
        let start = position
        guard let character = peek() else { return ExpressionToken(kind: .end, position: start) }
        if character.isASCIIDigit || (character == "." && peek(1)?.isASCIIDigit == true) {
            return ExpressionToken(kind: .number(readNumber()), position: start)
        }
        if character == "." {
            index += 1
            return ExpressionToken(kind: .dot, position: start)
        }
        if character == "'" || character == "\"" {
            return ExpressionToken(kind: .string(try readString(quote: character)), position: start)
        }
        if character == "$" {
            return ExpressionToken(kind: .field(try readFieldReference()), position: start)
        }
        if character.isNameLetter {
            return ExpressionToken(kind: .word(readWord()), position: start)
        }
        for symbol in ["!=", "<=", ">=", "=", "<", ">", "+", "-", "*", "(", ")", ","] where matches(symbol) {
            index += symbol.count
            return ExpressionToken(kind: .symbol(symbol), position: start)
        }
        throw ExpressionSyntaxError(
            LocalizedText(zh: "无法识别的字符「\(character)」", en: "unexpected character '\(character)'"), at: start)
    }

    private func matches(_ symbol: String) -> Bool {
        symbol.enumerated().allSatisfy { offset, character in peek(offset) == character }
    }

    private mutating func readNumber() -> Double {
        var text = ""
        while let character = peek(), character.isASCIIDigit || (character == "." && !text.contains(".")) {
            text.append(character)
            index += 1
        }
        return Double(text) ?? 0
    }

    private mutating func readString(quote: Character) throws(ExpressionSyntaxError) -> String {
        let start = position
        index += 1
        var text = ""
        while let character = peek() {
            index += 1
            if character == quote { return text }
            text.append(character)
        }
        throw ExpressionSyntaxError(
            LocalizedText(zh: "引号没有闭合", en: "the quoted string is not closed"), at: start)
    }

    private mutating func readFieldReference() throws(ExpressionSyntaxError) -> String {
        let start = position
        guard peek(1) == "{" else {
            throw ExpressionSyntaxError(
                LocalizedText(zh: "字段引用应写成 ${字段名}", en: "a field reference is written ${name}"), at: start)
        }
        index += 2
        var name = ""
        while let character = peek(), character != "}" {
            name.append(character)
            index += 1
        }
        guard peek() == "}", Self.isFieldName(name) else {
            throw ExpressionSyntaxError(
                LocalizedText(
                    zh: "字段引用应写成 ${字段名}，字段名由字母、数字和 _ 组成",
                    en: "a field reference is written ${name}, the name made of letters, digits and _"),
                at: start)
        }
        index += 1
        return name
    }

    /// A word may hold `-` between letters (`count-selected`), but never ends with one.
    private mutating func readWord() -> String {
        var word = ""
        while let character = peek() {
            let continuesWord = character.isNameLetter || character.isASCIIDigit || character == "_"
                || (character == "-" && peek(1)?.isNameLetter == true)
            guard continuesWord else { break }
            word.append(character)
            index += 1
        }
        return word
    }

    static func isFieldName(_ name: String) -> Bool {
        guard let first = name.first, first.isNameLetter else { return false }
        return name.allSatisfy { $0.isNameLetter || $0.isASCIIDigit || $0 == "_" }
    }
}

extension Character {
    /// A–Z or a–z: the letters field names and function names are made of.
    fileprivate var isNameLetter: Bool { isASCII && isLetter }
}
