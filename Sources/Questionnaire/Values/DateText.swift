import Spreadsheet

/// Reads a date typed as text: 2018-07-17, 2018/7/17, 2018.7.17, 2018年7月17日, 7月17日 (the
/// campaign's year), 20180717, each optionally followed by a time of day, which is dropped.
enum DateText {
    enum Outcome: Equatable {
        case date(DateTime)
        /// The shape of a date, but no such day (2018-02-30, month 13).
        case noSuchDay
        /// 7月17日 with no campaign year to complete it.
        case noYear
        case unreadable
    }

    static func parse(_ text: String, campaignYear: Int?) -> Outcome {
        let cleaned = TextFolding.clean(text)
        let datePart: String
        if cleaned.contains("月") {
            // 2018 年 7 月 17 日 上午: spaces carry nothing, and what follows the day is the time.
            let joined = TextFolding.removingSpaces(cleaned)
            let end = joined.firstIndex { $0 == "日" || $0 == "号" }.map(joined.index(after:)) ?? joined.endIndex
            datePart = String(joined[..<end])
        } else {
            datePart = cleaned.split(whereSeparator: { $0 == " " || $0 == "T" }).first.map(String.init) ?? ""
        }
        guard let parts = fields(of: datePart) else { return .unreadable }
        let year: Int
        if let given = parts.year {
            year = given
        } else if let campaignYear {
            year = campaignYear
        } else {
            return .noYear
        }
        guard DateTime.isValidDate(year: year, month: parts.month, day: parts.day) else { return .noSuchDay }
        return .date(DateTime(year: year, month: parts.month, day: parts.day))
    }

    private static func fields(of text: String) -> (year: Int?, month: Int, day: Int)? {
        let characters = Array(text)
        if characters.count == 8, characters.allSatisfy(\.isASCIIDigit) {
            return (Int(String(characters[0..<4])), Int(String(characters[4..<6]))!, Int(String(characters[6..<8]))!)
        }
        if text.contains("月") { return chineseFields(text) }
        for separator in ["-", "/", "."] as [Character] where text.contains(separator) {
            let numbers = text.split(separator: separator, omittingEmptySubsequences: false)
            guard numbers.count == 3, numbers[0].count == 4, numbers[1].count <= 2, numbers[2].count <= 2,
                  let year = Int(numbers[0]), let month = Int(numbers[1]), let day = Int(numbers[2]),
                  numbers.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
            else { return nil }
            return (year, month, day)
        }
        return nil
    }

    /// 2018年7月17日, 7月17日, 7月17号, 2018年07月17.
    private static func chineseFields(_ text: String) -> (year: Int?, month: Int, day: Int)? {
        var rest = Substring(text)
        var year: Int?
        if let mark = rest.firstIndex(of: "年") {
            guard let value = digits(rest[..<mark], count: 4...4) else { return nil }
            year = value
            rest = rest[rest.index(after: mark)...]
        }
        guard let monthMark = rest.firstIndex(of: "月"), let month = digits(rest[..<monthMark], count: 1...2) else {
            return nil
        }
        var dayText = rest[rest.index(after: monthMark)...]
        if let last = dayText.last, last == "日" || last == "号" { dayText = dayText.dropLast() }
        guard let day = digits(dayText, count: 1...2) else { return nil }
        return (year, month, day)
    }

    private static func digits(_ text: Substring, count: ClosedRange<Int>) -> Int? {
        guard count.contains(text.count), text.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
