import Spreadsheet

/// A mainland resident ID number (GB 11643): 17 digits and an ISO 7064 MOD 11-2 check character,
/// with a real birth date in digits 7–14; or a first-generation 15-digit number (birth date 19YYMMDD).
public struct IDCardNumber: Sendable, Hashable, CustomStringConvertible {
    public enum Problem: Error, Sendable, Hashable {
        case wrongLength(Int)
        case badCharacter
        case badBirthDate
        case badCheckDigit(expected: Character)
    }

    /// The number with an upper-case X.
    public let text: String
    public var isOldStyle: Bool { text.count == 15 }
    public var description: String { text }

    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// Reads a number typed as text: white space and full-width digits allowed, lower-case x accepted.
    public static func parse(_ input: String, latestBirthYear: Int = 2100) -> Result<IDCardNumber, Problem> {
        let text = TextFolding.key(input).uppercased()
        let characters = Array(text)
        switch characters.count {
        case 18:
            guard characters[0..<17].allSatisfy(\.isASCIIDigit), characters[17].isASCIIDigit || characters[17] == "X" else {
                return .failure(.badCharacter)
            }
            guard hasBirthDate(characters[6..<14], latestBirthYear: latestBirthYear) else { return .failure(.badBirthDate) }
            let sum = zip(characters[0..<17], weights).reduce(0) { $0 + $1.0.wholeNumberValue! * $1.1 }
            let expected = checkCharacters[sum % 11]
            guard characters[17] == expected else { return .failure(.badCheckDigit(expected: expected)) }
            return .success(IDCardNumber(text: text))
        case 15:
            guard characters.allSatisfy(\.isASCIIDigit) else { return .failure(.badCharacter) }
            guard hasBirthDate(["1", "9"] + characters[6..<12], latestBirthYear: latestBirthYear) else {
                return .failure(.badBirthDate)
            }
            return .success(IDCardNumber(text: text))
        default:
            return .failure(.wrongLength(characters.count))
        }
    }

    private init(text: String) {
        self.text = text
    }

    private static func hasBirthDate(_ digits: some Collection<Character>, latestBirthYear: Int) -> Bool {
        guard let value = Int(String(digits)) else { return false }
        let year = value / 10000
        return (1900...latestBirthYear).contains(year)
            && DateTime.isValidDate(year: year, month: value / 100 % 100, day: value % 100)
    }
}

/// A mainland phone number: an 11-digit mobile starting with 1, or a landline with its area code
/// (0879-1234567). Spaces, dashes and a +86 prefix are ignored; the digits are kept.
enum PhoneNumber {
    static func parse(_ input: String) -> String? {
        var digits = ""
        for character in TextFolding.key(input) {
            if character.isASCIIDigit {
                digits.append(character)
            } else if !"-()+".contains(character) {
                return nil
            }
        }
        if digits.count == 13, digits.hasPrefix("86") { digits.removeFirst(2) }
        if digits.count == 11, digits.hasPrefix("1") { return digits }
        if (10...12).contains(digits.count), digits.hasPrefix("0"), !digits.hasPrefix("00") { return digits }
        return nil
    }
}
