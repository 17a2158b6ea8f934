import Spreadsheet

/// ID card and phone numbers: long digit strings that Excel damages when they are stored as numbers.
extension FieldTyper {
    /// Excel keeps 15 significant digits of a number: more than that, and digits are gone.
    private static let exactDigits = 1e15

    /// What a long number was typed as; nil when Excel lost digits of it.
    private static func longNumberText(_ cell: CellValue, _ text: String) -> String? {
        switch cell {
        case .number(let value):
            guard value.rounded() == value, abs(value) < exactDigits else { return nil }
            return String(Int(value))
        case .text:
            return isScientific(text) ? nil : text
        default:
            return text
        }
    }

    func idCard(_ cell: CellValue, _ text: String) -> TypedCell {
        guard let digits = Self.longNumberText(cell, text) else { return lostDigits(text) }
        switch IDCardNumber.parse(digits, latestBirthYear: campaignYear ?? 2100) {
        case .success(let number) where number.isOldStyle:
            return .value(.text(number.text), warning: CellProblem(.oldIDCard,
                zh: "\(labelZH)“\(text)”是 15 位的一代身份证号，已接受；有新证时请改填 18 位号码",
                en: "\(labelEN) “\(text)” is a 15-digit first-generation number, accepted: use the 18-digit number when known"))
        case .success(let number):
            return .value(.text(number.text))
        case .failure(.wrongLength(let count)):
            return notAnIDCard(text, zh: "有 \(count) 位，身份证号应为 18 位", en: "has \(count) characters, an ID card number has 18")
        case .failure(.badCharacter):
            return notAnIDCard(text, zh: "含有不该有的字符：身份证号是 17 位数字加一位数字或 X",
                en: "holds characters an ID card number cannot: 17 digits and a digit or X")
        case .failure(.badBirthDate):
            return notAnIDCard(text, zh: "中的出生日期不存在，请核对", en: "holds a birth date that does not exist: check it")
        case .failure(.badCheckDigit(let expected)):
            return notAnIDCard(text, zh: "校验位不对（按前 17 位应为 \(expected)），请核对是否输错",
                en: "has a wrong check digit (the first 17 digits give \(expected)): check for a typing error")
        }
    }

    func phone(_ cell: CellValue, _ text: String) -> TypedCell {
        guard let typed = Self.longNumberText(cell, text) else { return lostDigits(text) }
        // A landline's leading 0 vanishes when it is stored as a number.
        if case .number = cell, PhoneNumber.parse(typed) == nil, PhoneNumber.parse("0" + typed) != nil {
            return lostDigits(text)
        }
        let numbers = ListText.items(typed, splittingOnSpaces: false)
        let parsed = numbers.compactMap(PhoneNumber.parse)
        guard !parsed.isEmpty, parsed.count == numbers.count else {
            return .problem(CellProblem(.constraintError,
                zh: "\(labelZH)“\(text)”不是有效的电话号码：手机号为 1 开头的 11 位数字，固定电话要带区号（如 0879-1234567）",
                en: "\(labelEN) “\(text)” is not a valid phone number: an 11-digit mobile starting with 1, or a landline with its area code (0879-1234567)"))
        }
        return .value(.text(parsed.joined(separator: "/")))
    }

    private func notAnIDCard(_ text: String, zh: String, en: String) -> TypedCell {
        .problem(CellProblem(.constraintError, zh: "\(labelZH)“\(text)”\(zh)", en: "\(labelEN) “\(text)” \(en)"))
    }

    private func lostDigits(_ text: String) -> TypedCell {
        .problem(CellProblem(.lostDigits,
            zh: "\(labelZH)被 Excel 当作数字保存，显示为 \(text)，后面的数字已经丢失：请把这一列设为“文本”格式后重新输入",
            en: "\(labelEN) was stored by Excel as a number (\(text)) and digits were lost: format the column as Text and type it again"))
    }

    /// `4.2E+17`, `5.32701E+17`: a number Excel showed in scientific notation, copied as text.
    private static func isScientific(_ text: String) -> Bool {
        // Most cells hold no letter e at all: decide that on the bytes before folding and parsing.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") || $0 == 0xEF }) else {
            return false
        }
        let key = TextFolding.key(text)
        guard let e = key.firstIndex(of: "e"), e != key.startIndex else { return false }
        return Double(key) != nil
    }
}
