import Spreadsheet

/// The template's words in one language: sheet names, messages, hints. Chinese is what teachers read;
/// English is for `--lang en`.
struct TemplateWords {
    let language: Language

    func pick(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    var entrySheet: String { pick("登记表", "Visits") }
    var instructionsSheet: String { pick("说明", "Instructions") }
    var listSheet: String { pick("列表", "Lists") }
    var defaultTitle: String { pick("走访登记表", "Household visit return") }
    var required: String { pick("必填。", "Required. ") }
    var yes: String { pick("是", "yes") }
    var no: String { pick("否", "no") }

    func list(_ values: [String]) -> String { values.joined(separator: pick("、", ", ")) }

    /// `2018-07-17 至 2018-07-22`.
    func span(_ low: String, _ high: String) -> String { low + pick(" 至 ", " to ") + high }

    /// The line under the title: school, village, campaign dates and what the marker means.
    func subtitle(school: String?, village: String?, window: String?) -> String {
        let parts = [
            school.map { pick("学校：", "School: ") + $0 },
            village.map { pick("行政村：", "Village: ") + $0 },
            window.map { pick("走访时间：", "Visits: ") + $0 },
            pick("带 * 的栏目必填", "columns marked * are required"),
        ]
        return parts.compactMap { $0 }.joined(separator: pick("　　", "    "))
    }

    func errorTitle(_ style: DataValidation.ErrorStyle) -> String {
        style == .stop ? pick("输入有误", "Not allowed") : pick("请核对", "Please check")
    }

    /// `“贫困户类别”只能填下拉列表中的一项。`
    func errorText(label: String, problem: String) -> String {
        pick("“\(label)”", "\(label): ") + problem
    }

    /// The text cut to Excel's limit for a message, with `…` when cut.
    func clipped(_ text: String, to limit: Int) -> String {
        guard text.utf16.count > limit else { return text }
        var result = ""
        for character in text {
            guard result.utf16.count + character.utf16.count < limit else { break }
            result.append(character)
        }
        return result + "…"
    }

    /// `填 0 到 9 之间的整数。`
    func numberHint(min: String?, max: String?, whole: Bool) -> String {
        let kind = whole ? pick("整数", "whole number") : pick("数", "number")
        switch (min, max) {
        case let (min?, max?): return pick("填 \(min) 到 \(max) 之间的\(kind)。", "A \(kind) from \(min) to \(max).")
        case let (min?, nil): return pick("填不小于 \(min) 的\(kind)。", "A \(kind) of at least \(min).")
        case let (nil, max?): return pick("填不大于 \(max) 的\(kind)。", "A \(kind) of at most \(max).")
        case (nil, nil): return pick("填\(kind)。", "A \(kind).")
        }
    }
}
