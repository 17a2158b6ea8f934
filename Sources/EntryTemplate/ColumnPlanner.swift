import Questionnaire
import Spreadsheet

/// Works out each field's column: dropdowns for choices, booleans and the hamlet; bounds for numbers
/// and dates; text format for ID and phone numbers so Excel keeps every digit.
struct ColumnPlanner {
    let schema: Schema
    /// The hamlet dropdown's values; empty for a free-text hamlet column.
    let hamlets: [String]
    let words: TemplateWords
    var lists: ListSheet

    /// The longest hint that still lists a dropdown's values; longer lists are shown on 说明 only.
    static let longestListedHint = 120
    /// An example of an 18-digit ID number with a correct check digit (not a real person's).
    static let exampleIDNumber = "530822198001010019"

    init(schema: Schema, hamlets: [String], words: TemplateWords) {
        self.schema = schema
        self.hamlets = hamlets
        self.words = words
        lists = ListSheet(name: words.listSheet)
    }

    /// The field of the hamlet (自然社): the schema's `sheet_field`, else a field named `hamlet`.
    var hamletFieldID: String { schema.settings.sheetField ?? "hamlet" }

    mutating func column(for field: Field) -> TemplateColumn {
        let label = field.label(in: words.language)
        switch field.type {
        case .selectOne(let list):
            return dropdown(field, label, values: choiceLabels(list), example: choiceLabels(list).first ?? "")
        case .boolean:
            return dropdown(field, label, values: [words.yes, words.no], example: words.yes)
        case .text where field.id == hamletFieldID && !hamlets.isEmpty,
             .name where field.id == hamletFieldID && !hamlets.isEmpty:
            return dropdown(field, label, values: hamlets, example: hamlets[0])
        case .integer, .decimal:
            return number(field, label)
        case .date:
            return date(field, label)
        case .idCard:
            return TemplateColumn(
                field: field, label: label, format: .text, rule: .textLength(.equal(18)), errorStyle: .warning,
                hint: words.pick("18 位身份证号，最后一位可以是 X。本列是文本格式，数字不会变成 4.2E+17。",
                             "An 18-character ID number, the last may be X. The column is text, so no digit is lost."),
                problem: words.pick("不是 18 位。15 位的旧身份证号可以点“是”保留，其他请核对后重填。",
                                "is not 18 characters long. Keep an old 15-digit number with Yes; check any other."),
                example: Self.exampleIDNumber, valueWidth: 21)
        case .phone:
            return TemplateColumn(
                field: field, label: label, format: .text,
                hint: words.pick("11 位手机号，或带区号的座机号，如 0879-1234567。本列是文本格式。",
                             "An 11-digit mobile number, or a landline with its area code such as 0879-1234567."),
                example: "13912345678", valueWidth: 15)
        case .selectMultiple(let list):
            let values = choiceLabels(list)
            return TemplateColumn(
                field: field, label: label, hint: words.pick("可填多项，用“、”隔开：", "One or more, separated by commas: ")
                    + words.list(values) + words.pick("。", "."),
                allowedValues: values, example: words.list(Array(values.prefix(2))), valueWidth: 16)
        case .name:
            return TemplateColumn(
                field: field, label: label, hint: words.pick("填姓名。", "A name."), example: "张三", valueWidth: 10)
        case .nameList:
            return TemplateColumn(
                field: field, label: label,
                hint: words.pick("多个姓名用“、”隔开，如 张三、李四。", "Names separated by 、 or commas."),
                example: "张三、李四", valueWidth: 16)
        case .textList:
            return TemplateColumn(
                field: field, label: label, hint: words.pick("多项用“、”隔开。", "Items separated by 、 or commas."),
                example: words.pick("一年级、三年级", "Grade 1, Grade 3"), valueWidth: 14)
        case .text:
            return textColumn(field, label)
        }
    }

    private func choiceLabels(_ list: String) -> [String] {
        (schema.choiceLists[list]?.choices ?? []).map { $0.label(in: words.language) }
    }

    private func textColumn(_ field: Field, _ label: String) -> TemplateColumn {
        TemplateColumn(field: field, label: label, hint: words.pick("填文字。", "Text."), valueWidth: 16)
    }

    /// A list with no values (a choice list the schema left empty) gives a plain text column.
    private mutating func dropdown(_ field: Field, _ label: String, values: [String], example: String) -> TemplateColumn {
        guard !values.isEmpty else {
            return textColumn(field, label)
        }
        let listed = words.pick("从下拉列表中选择：", "Choose from the list: ") + words.list(values) + words.pick("。", ".")
        let hint = listed.count <= Self.longestListedHint ? listed
            : words.pick("从下拉列表中选择（共 \(values.count) 项，见“说明”表）。",
                         "Choose from the list (\(values.count) values, see Instructions).")
        let rule = DataValidation.fitsInFormula(values) ? DataValidation.Rule.list(values) : lists.rule(for: values)
        let widest = values.map { DisplayWidth.columns(of: $0) }.max() ?? 0
        return TemplateColumn(
            field: field, label: label, format: .text, rule: rule, hint: hint,
            problem: words.pick("只能填下拉列表中的一项。", "must be one of the values in the dropdown list."),
            allowedValues: values, example: example, valueWidth: Double(widest + 3))
    }

    private func number(_ field: Field, _ label: String) -> TemplateColumn {
        let whole = field.type == .integer
        let (low, high) = field.numberBounds
        // Unbounded, Excel still needs two ends: a billion either way says "a number" without limiting it.
        let bounds = Self.bounds(low, high) ?? .between(-1e9, 1e9)
        let hint = words.numberHint(min: low.map(Self.text), max: high.map(Self.text), whole: whole)
        let example = Swift.min(Swift.max(whole ? 1 : 1.5, low ?? -.infinity), high ?? .infinity)
        return TemplateColumn(
            field: field, label: label, rule: whole ? .whole(bounds) : .decimal(bounds), hint: hint,
            problem: words.pick("要", "must be: ") + hint,
            example: Self.text(example), valueWidth: 8)
    }

    /// The dates Excel can hold (1900 date system); bounds outside are moved in.
    static let excelDates = DateTime(year: 1900, month: 1, day: 1)...DateTime(year: 9999, month: 12, day: 31)

    private func date(_ field: Field, _ label: String) -> TemplateColumn {
        let (low, high) = (field.dateBounds.min?.clamped(to: Self.excelDates), field.dateBounds.max?.clamped(to: Self.excelDates))
        var settings = schema.settings
        settings.windowStart = settings.windowStart?.clamped(to: Self.excelDates)
        settings.windowEnd = settings.windowEnd?.clamped(to: Self.excelDates)
        let example = (low ?? settings.windowStart ?? high ?? DateTime(year: 2026, month: 3, day: 1)).description
        let format = words.pick("填日期，如 \(example)。", "A date such as \(example).")
        var column = TemplateColumn(
            field: field, label: label, format: .date,
            rule: .date(.between(Self.excelDates.lowerBound, Self.excelDates.upperBound)),
            hint: format, problem: words.pick("不是日期，请按 \(example) 的格式填写。", "is not a date: type it as \(example)."),
            example: example, valueWidth: 12)
        if let bounds = Self.bounds(low, high) {
            let span = words.span(low?.description ?? "…", high?.description ?? "…")
            column.rule = .date(bounds)
            column.hint += words.pick("日期要在 \(span) 之间。", " Between \(span).")
            column.problem = words.pick("要在 \(span) 之间。", "must be between \(span).")
        } else if let start = settings.windowStart, let end = settings.windowEnd {
            // Outside the campaign's dates is a warning in `check`, so here too: the teacher may keep it.
            let span = words.span(start.description, end.description)
            column.rule = .date(.between(start, end))
            column.errorStyle = .warning
            column.hint += words.pick("走访时间为 \(span)。", " The visits run \(span).")
            column.problem = words.pick("不在走访时间 \(span) 之内。确实如此请点“是”保留。",
                                        "is outside the visits' dates \(span). Keep it with Yes if it is right.")
        }
        return column
    }

    /// Both ends: between; one end: at least or at most; none: nil.
    private static func bounds<Value>(_ low: Value?, _ high: Value?) -> DataValidation.Bounds<Value>? {
        switch (low, high) {
        case let (low?, high?): return .between(low, high)
        case let (low?, nil): return .greaterThanOrEqual(low)
        case let (nil, high?): return .lessThanOrEqual(high)
        case (nil, nil): return nil
        }
    }

    /// `9`, `1.5`.
    private static func text(_ number: Double) -> String {
        number == number.rounded() && number.magnitude < 1e15 ? String(Int(number)) : String(number)
    }
}

extension Comparable {
    fileprivate func clamped(to range: ClosedRange<Self>) -> Self {
        Swift.min(Swift.max(self, range.lowerBound), range.upperBound)
    }
}
