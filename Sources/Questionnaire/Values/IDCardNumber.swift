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
        var bytes = Array(TextFolding.key(input).utf8)
        if bytes.last == UInt8(ascii: "x") { bytes[bytes.count - 1] = UInt8(ascii: "X") }
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        switch bytes.count {
        case 18:
            guard bytes[0..<17].allSatisfy(isDigit), isDigit(bytes[17]) || bytes[17] == UInt8(ascii: "X") else {
                return .failure(.badCharacter)
            }
            guard hasBirthDate(bytes[6..<14], latestBirthYear: latestBirthYear) else { return .failure(.badBirthDate) }
            let sum = zip(bytes[0..<17], weights).reduce(0) { $0 + Int($1.0 - UInt8(ascii: "0")) * $1.1 }
            let expected = checkCharacters[sum % 11]
            guard Character(Unicode.Scalar(bytes[17])) == expected else { return .failure(.badCheckDigit(expected: expected)) }
        case 15:
            guard bytes.allSatisfy(isDigit) else { return .failure(.badCharacter) }
            guard hasBirthDate(Array("19".utf8) + bytes[6..<12], latestBirthYear: latestBirthYear) else {
                return .failure(.badBirthDate)
            }
        default:
            // Characters, not bytes: 18 characters with a Chinese one among them have the right length.
            let count = TextFolding.key(input).count
            return .failure(count == 15 || count == 18 ? .badCharacter : .wrongLength(count))
        }
        return .success(IDCardNumber(text: String(decoding: bytes, as: UTF8.self)))
    }

    private init(text: String) {
        self.text = text
    }

    private static func hasBirthDate(_ digits: some Collection<UInt8>, latestBirthYear: Int) -> Bool {
        let value = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        let year = value / 10000
        return (1900...latestBirthYear).contains(year)
            && DateTime.isValidDate(year: year, month: value / 100 % 100, day: value % 100)
    }
}

/// A mainland phone number: an 11-digit mobile starting with 1, or a landline with its area code
/// (0879-1234567). Spaces, dashes and a +86 prefix are ignored; the digits are kept.
enum PhoneNumber {
    static func parse(_ input: String) -> String? {
        var bytes: [UInt8] = []
        for byte in TextFolding.key(input).utf8 {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                bytes.append(byte)
            } else if !"-()+".utf8.contains(byte) {
                return nil
            }
        }
        var digits = String(decoding: bytes, as: UTF8.self)
        if digits.count == 13, digits.hasPrefix("86") { digits.removeFirst(2) }
        if digits.count == 11, digits.hasPrefix("1") { return digits }
        if (10...12).contains(digits.count), digits.hasPrefix("0"), !digits.hasPrefix("00") { return digits }
        return nil
    }
}
