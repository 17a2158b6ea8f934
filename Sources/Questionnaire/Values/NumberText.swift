/// Reads numbers typed by people: half- or full-width digits, a unit after them (3人, 2户),
/// 3.0 for 3, and Chinese numerals up to 99 (三, 两, 十二, 二十三).
enum NumberText {
    /// Units people write after a count; dropped before reading the number.
    private static let units: Set<Character> = ["人", "个", "名", "户", "位", "口", "次", "间", "元"]

    static func integer(_ text: String) -> Int? {
        guard let number = decimal(text) else { return chineseInteger(withoutUnit(text)) }
        return wholeNumber(number)
    }

    /// 3.0 → 3; nil for a fraction or a number too large to be exact.
    static func wholeNumber(_ number: Double) -> Int? {
        guard number.rounded() == number, abs(number) < 1e15 else { return nil }
        return Int(number)
    }

    /// A plain decimal number (no exponent, no thousands separators), unit allowed.
    static func decimal(_ text: String) -> Double? {
        let body = withoutUnit(text)
        var sawDigit = false
        var sawPoint = false
        for (offset, character) in body.enumerated() {
            if character.isASCIIDigit {
                sawDigit = true
            } else if character == ".", !sawPoint {
                sawPoint = true
            } else if !(offset == 0 && (character == "-" || character == "+")) {
                return nil
            }
        }
        return sawDigit ? Double(body) : nil
    }

    private static func withoutUnit(_ text: String) -> Substring {
        var body = Substring(TextFolding.key(text))
        if let last = body.last, units.contains(last) { body.removeLast() }
        return body
    }

    private static let digitValues: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// 〇…九, 十, 十X, X十, X十Y.
    private static func chineseInteger(_ text: Substring) -> Int? {
        let characters = Array(text)
        switch characters.count {
        case 1:
            return characters[0] == "十" ? 10 : digitValues[characters[0]]
        case 2:
            if characters[0] == "十" { return digitValues[characters[1]].flatMap { $0 > 0 ? 10 + $0 : nil } }
            guard characters[1] == "十", let tens = digitValues[characters[0]], tens >= 1 else { return nil }
            return tens * 10
        case 3:
            guard characters[1] == "十", let tens = digitValues[characters[0]], tens >= 1,
                  let ones = digitValues[characters[2]], ones > 0 else { return nil }
            return tens * 10 + ones
        default:
            return nil
        }
    }
}
