import Spreadsheet

/// Types the cells of one field by its schema type: every spelling a teacher writes, and a
/// problem a teacher understands for everything else. A class: rows share one per column without copying.
final class FieldTyper: Sendable {
    let field: Field
    let choices: ChoiceMatcher?
    let campaignYear: Int?
    let minimum: Bound?
    let maximum: Bound?
    /// Under a 是否… heading a bare 是/否 answers a choice field.
    let underQuestion: Bool
    /// What Chinese messages call the field: the column's own heading when known (子女就读人数), as the
    /// teacher sees it, else the schema's label.
    let labelZH: String
    let labelEN: String

    /// A typer for a column headed `heading` (nil: the schema's label).
    init(field: Field, schema: Schema, heading: String? = nil) {
        self.field = field
        labelZH = heading.map { TextFolding.clean($0, foldingWidth: false) } ?? field.label(in: .zh)
        labelEN = field.label(in: .en)
        underQuestion = heading.map(QuestionHeading.isQuestion) ?? false
        switch field.type {
        case .selectOne(let list), .selectMultiple(let list):
            choices = schema.choiceLists[list].map(ChoiceMatcher.init)
        default:
            choices = nil
        }
        campaignYear = schema.settings.campaignYear
        minimum = Bound.parse(field.min, for: field.type)
        maximum = Bound.parse(field.max, for: field.type)
    }

    func type(_ cell: CellValue) -> TypedCell {
        if case .error(let code) = cell {
            return .problem(CellProblem(.typeError,
                zh: "\(labelZH)：单元格是公式错误 \(code)，请改为实际的值",
                en: "\(labelEN): the cell holds the formula error \(code): type the actual value"))
        }
        guard let text = CellText.trimmed(cell) else { return .empty }
        switch field.type {
        case .text:
            return .value(.text(text))
        case .name:
            return .value(.text(TextFolding.removingSpaces(TextFolding.clean(text))))
        case .nameList, .textList:
            let items = ListText.items(text)
            return items.isEmpty ? .empty : .value(.list(items))
        case .integer:
            return checkedBounds(integer(cell, text))
        case .decimal:
            return checkedBounds(decimal(cell, text))
        case .boolean:
            return boolean(cell, text)
        case .date:
            return checkedBounds(date(cell, text))
        case .selectOne:
            return selectOne(text)
        case .selectMultiple:
            return selectMultiple(text)
        case .idCard:
            return idCard(cell, text)
        case .phone:
            return phone(cell, text)
        }
    }

    private func integer(_ cell: CellValue, _ text: String) -> TypedCell {
        guard let number = number(cell, text), let whole = NumberText.wholeNumber(number) else {
            return .problem(CellProblem(.typeError,
                zh: "\(labelZH)“\(text)”不是整数：请填写数字，如 3",
                en: "\(labelEN) “\(text)” is not a whole number: write a number such as 3"))
        }
        return .value(.integer(whole))
    }

    private func decimal(_ cell: CellValue, _ text: String) -> TypedCell {
        guard let number = number(cell, text) else {
            return .problem(CellProblem(.typeError,
                zh: "\(labelZH)“\(text)”不是数字：请填写数字，如 3.5",
                en: "\(labelEN) “\(text)” is not a number: write a number such as 3.5"))
        }
        return .value(.decimal(number))
    }

    /// A number cell, or text read as a number (full-width digits, a unit, Chinese numerals).
    private func number(_ cell: CellValue, _ text: String) -> Double? {
        switch cell {
        case .number(let value): return value
        case .text: return NumberText.decimal(text) ?? NumberText.integer(text).map(Double.init)
        default: return nil
        }
    }

    private func boolean(_ cell: CellValue, _ text: String) -> TypedCell {
        let answer: Bool?
        switch cell {
        case .bool(let value): answer = value
        case .number(let value): answer = value == 1 ? true : value == 0 ? false : nil
        case .text: answer = BooleanText.parse(text)
        default: answer = nil
        }
        guard let answer else {
            return .problem(CellProblem(.typeError,
                zh: "\(labelZH)“\(text)”看不出是“是”还是“否”：请填写 是 或 否（也可用 √ 和 ×）",
                en: "\(labelEN) “\(text)” is neither yes nor no: write 是 or 否 (or √ and ×)"))
        }
        return .value(.boolean(answer))
    }

    private func date(_ cell: CellValue, _ text: String) -> TypedCell {
        let unreadable = CellProblem(.typeError,
            zh: "\(labelZH)“\(text)”不是日期：请写成 2018-07-17 或 2018年7月17日",
            en: "\(labelEN) “\(text)” is not a date: write it as 2018-07-17")
        switch cell {
        case .date(let value):
            return .value(.date(DateTime(year: value.year, month: value.month, day: value.day)))
        case .number(let value):
            // 20180717 typed into a number cell; any other number (a serial without a date format) is ambiguous.
            guard value.rounded() == value, (10_000_101...99_991_231).contains(value) else { return .problem(unreadable) }
            return date(.text(String(Int(value))), text)
        case .text:
            switch DateText.parse(text, campaignYear: campaignYear) {
            case .date(let value):
                return .value(.date(value))
            case .noSuchDay:
                return .problem(CellProblem(.constraintError,
                    zh: "\(labelZH)“\(text)”这一天不存在：请核对年、月、日",
                    en: "\(labelEN) “\(text)” is not a day of the calendar: check the year, month and day"))
            case .noYear:
                return .problem(CellProblem(.typeError,
                    zh: "\(labelZH)“\(text)”没有年份：请写成 2018年7月17日",
                    en: "\(labelEN) “\(text)” has no year: write it as 2018-07-17"))
            case .unreadable:
                return .problem(unreadable)
            }
        default:
            return .problem(unreadable)
        }
    }

    private func selectOne(_ text: String) -> TypedCell {
        guard let choices else { return .value(.choice(text)) }
        guard let code = choices.code(for: text, underQuestion: underQuestion) else { return notAChoice(text) }
        return .value(.choice(code))
    }

    private func selectMultiple(_ text: String) -> TypedCell {
        guard let choices else { return .value(.choices(ListText.items(text))) }
        var codes: [String] = []
        for item in ListText.items(text) {
            guard let code = choices.code(for: item, underQuestion: underQuestion) else { return notAChoice(item) }
            if !codes.contains(code) { codes.append(code) }
        }
        return codes.isEmpty ? .empty : .value(.choices(codes))
    }

    private func notAChoice(_ text: String) -> TypedCell {
        .problem(CellProblem(.constraintError,
            zh: "\(labelZH)“\(text)”不是可选的一项：可填 \(choices?.labels(in: .zh) ?? "")",
            en: "\(labelEN) “\(text)” is not one of the choices: \(choices?.labels(in: .en) ?? "")"))
    }

    /// A number, a date: outside `min`…`max` is a `constraint-error`.
    private func checkedBounds(_ typed: TypedCell) -> TypedCell {
        guard case .value(let value, _) = typed else { return typed }
        let below = minimum?.compare(value) == .below
        let above = maximum?.compare(value) == .above
        guard below || above else { return typed }
        let range: (zh: String, en: String)
        switch (minimum, maximum) {
        case (let low?, let high?): range = ("应在 \(low.text) 到 \(high.text) 之间", "must be between \(low.text) and \(high.text)")
        case (let low?, nil): range = ("不能小于 \(low.text)", "must be at least \(low.text)")
        case (nil, let high?): range = ("不能大于 \(high.text)", "must be at most \(high.text)")
        case (nil, nil): return typed
        }
        let shown = FieldValueText.display(value)
        return .problem(CellProblem(.constraintError,
            zh: "\(labelZH)为 \(shown)，\(range.zh)", en: "\(labelEN) is \(shown): it \(range.en)"))
    }
}
