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
        if cleaned.unicodeScalars.contains("月") {
            // 2018 年 7 月 17 日 上午: spaces carry nothing, and what follows the day is the time.
            let joined = TextFolding.removingSpaces(cleaned)
            let end = joined.firstIndex { $0 == "日" || $0 == "号" }.map(joined.index(after:)) ?? joined.endIndex
            datePart = String(joined[..<end])
        } else {
            datePart = String(cleaned.unicodeScalars.prefix { $0 != " " && $0 != "T" })
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
        let bytes = Array(text.utf8)
        if bytes.count == 8, let value = digits(bytes[...]) {
            return (value / 10000, value / 100 % 100, value % 100)
        }
        if text.unicodeScalars.contains("月") { return chineseFields(text) }
        for separator in [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")] where bytes.contains(separator) {
            let numbers = bytes.split(separator: separator, omittingEmptySubsequences: false)
            guard numbers.count == 3, numbers[0].count == 4, numbers[1].count <= 2, numbers[2].count <= 2,
                  let year = digits(numbers[0]), let month = digits(numbers[1]), let day = digits(numbers[2])
            else { return nil }
            return (year, month, day)
        }
        return nil
    }

    /// The value of a run of ASCII digits; nil when empty or anything else is in it.
    private static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// 2018年7月17日, 7月17日, 7月17号, 2018年07月17.
    private static func chineseFields(_ text: String) -> (year: Int?, month: Int, day: Int)? {
        var rest = Substring(text)
        var year: Int?
        if let mark = rest.firstIndex(of: "年") {
            guard let value = number(rest[..<mark], count: 4...4) else { return nil }
            year = value
            rest = rest[rest.index(after: mark)...]
        }
        guard let monthMark = rest.firstIndex(of: "月"), let month = number(rest[..<monthMark], count: 1...2) else {
            return nil
        }
        var dayText = rest[rest.index(after: monthMark)...]
        if let last = dayText.last, last == "日" || last == "号" { dayText = dayText.dropLast() }
        guard let day = number(dayText, count: 1...2) else { return nil }
        return (year, month, day)
    }

    private static func number(_ text: Substring, count: ClosedRange<Int>) -> Int? {
        guard count.contains(text.utf8.count) else { return nil }
        return digits(Array(text.utf8)[...])
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
