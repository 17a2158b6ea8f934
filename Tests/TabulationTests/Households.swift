import Questionnaire
import Spreadsheet

/// A schema built in code that mirrors the built-in household-visit questionnaire's fields, lists and measures.
enum Households {
    static let schema = Schema(
        fields: [
            Field(id: "hamlet", type: .text, label: "自然社", labels: ["en": "Hamlet"], required: true),
            Field(id: "head_name", type: .name, label: "户主姓名", labels: ["en": "Head of household"], required: true),
            Field(id: "head_id", type: .idCard, label: "户主身份证号", labels: ["en": "ID number"]),
            Field(id: "poverty", type: .selectOne(list: "poverty"), label: "贫困户类别", labels: ["en": "Poverty status"], required: true),
            Field(id: "students", type: .integer, label: "在校学生数", labels: ["en": "Students"], required: true, measure: .sum),
            Field(id: "boarders", type: .integer, label: "住校生人数", labels: ["en": "Boarders"], measure: .sum),
            Field(id: "dropout_risk", type: .boolean, label: "有无辍学风险", measure: .countTrue,
                  measureLabel: "辍学风险户数", measureLabels: ["en": "At risk of dropping out"]),
            Field(id: "letter_given", type: .boolean, label: "发放一封信", required: true, measure: .countTrue,
                  measureLabel: "发放一封信户数", measureLabels: ["en": "Letter given"]),
            Field(id: "card_given", type: .boolean, label: "发放明白卡", required: true, measure: .countTrue,
                  measureLabel: "发放明白卡户数", measureLabels: ["en": "Card given"]),
            Field(id: "visit_date", type: .date, label: "走访日期", labels: ["en": "Visit date"], required: true),
            Field(id: "satisfaction", type: .selectOne(list: "satisfaction"), label: "满意度", measure: .countEach),
            Field(id: "suggestions", type: .text, label: "意见建议", measure: .countNonempty,
                  measureID: "with_suggestions", measureLabel: "提出意见建议户数", measureLabels: ["en": "With suggestions"]),
        ],
        choiceLists: [
            "poverty": ChoiceList(name: "poverty", choices: [
                Choice(code: "registered_poor", label: "建档立卡贫困户", labels: ["en": "Registered poor"]),
                Choice(code: "subsistence", label: "低保户", labels: ["en": "Subsistence allowance"]),
                Choice(code: "marginal", label: "边缘户", labels: ["en": "Marginal"]),
                Choice(code: "non_poor", label: "非贫困户", labels: ["en": "Not poor"]),
            ]),
            "satisfaction": ChoiceList(name: "satisfaction", choices: [
                Choice(code: "satisfied", label: "满意", labels: ["en": "Satisfied"]),
                Choice(code: "fairly", label: "基本满意", labels: ["en": "Fairly satisfied"]),
                Choice(code: "unsatisfied", label: "不满意", labels: ["en": "Unsatisfied"]),
            ]),
        ],
        settings: Settings(
            school: "思茅五小", village: "箐门口村",
            windowStart: DateTime(year: 2018, month: 7, day: 17), windowEnd: DateTime(year: 2018, month: 7, day: 22),
            groupBy: ["hamlet", "poverty"]))

    static let field = Dictionary(uniqueKeysWithValues: schema.fields.enumerated().map { ($0.element.id, $0.offset) })

    /// One household's record; nil leaves a field empty, `invalid` marks fields whose cell failed typing.
    static func record(
        _ hamlet: String?, _ poverty: String?, students: Int? = 1, boarders: Int? = 0, dropout: Bool? = false,
        letter: Bool? = true, card: Bool? = true, satisfaction: String? = "satisfied", suggestions: String? = nil,
        name: String = "户主", row: Int = 2, file: String = "a.xlsx", invalid: Set<String> = []
    ) -> Record {
        var values = [FieldValue?](repeating: nil, count: schema.fields.count)
        values[field["hamlet"]!] = hamlet.map { .text($0) }
        values[field["head_name"]!] = .text(name)
        values[field["poverty"]!] = poverty.map { .choice($0) }
        values[field["students"]!] = students.map { .integer($0) }
        values[field["boarders"]!] = boarders.map { .integer($0) }
        values[field["dropout_risk"]!] = dropout.map { .boolean($0) }
        values[field["letter_given"]!] = letter.map { .boolean($0) }
        values[field["card_given"]!] = card.map { .boolean($0) }
        values[field["visit_date"]!] = .date(DateTime(year: 2018, month: 7, day: 17 + row % 5))
        values[field["satisfaction"]!] = satisfaction.map { .choice($0) }
        values[field["suggestions"]!] = suggestions.map { .text($0) }
        return Record(
            source: RecordSource(file: file, sheet: "Sheet1", row: row), values: values,
            columns: schema.fields.indices.map { $0 + 1 }, invalidFields: Set(invalid.map { field[$0]! }))
    }
}
