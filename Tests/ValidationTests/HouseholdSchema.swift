import Questionnaire
import Spreadsheet

/// Swift Testing has an `Issue` too; in these tests it is always ours.
typealias Issue = Questionnaire.Issue

/// A small household schema for tests, shaped like the built-in one, with the built-in cross-field rules.
enum HouseholdSchema {
    static let ids = [
        "hamlet", "head_name", "head_id", "phone", "poverty", "students", "student_names", "boarders",
        "card_given", "visit_date", "visitors", "suggestions",
    ]

    static func make(keys: Bool = true) -> Schema {
        let fields = [
            Field(id: "hamlet", type: .text, label: "自然社", labels: ["en": "Hamlet"], required: true, isKey: keys),
            Field(id: "head_name", type: .name, label: "户主姓名", labels: ["en": "Head of household"], required: true, isKey: keys),
            Field(id: "head_id", type: .idCard, label: "户主身份证号", labels: ["en": "Head's ID number"], isKey: keys),
            Field(id: "phone", type: .phone, label: "联系电话", labels: ["en": "Phone"]),
            Field(id: "poverty", type: .selectOne(list: "poverty"), label: "贫困户类别", labels: ["en": "Poverty status"], required: true),
            Field(id: "students", type: .integer, label: "在校学生数", labels: ["en": "Students"], required: true),
            Field(id: "student_names", type: .nameList, label: "学生姓名", labels: ["en": "Student names"],
                  constraint: "${students} != 0", constraintMessage: "在校学生数为 0 却填了学生姓名"),
            Field(id: "boarders", type: .integer, label: "住校生人数", labels: ["en": "Boarders"],
                  constraint: ". <= ${students}", constraintMessage: "住校生人数不能多于在校学生数"),
            Field(id: "card_given", type: .boolean, label: "发放明白卡", labels: ["en": "Card given"],
                  constraint: "not(selected(${poverty}, 'registered_poor') and . = false())",
                  constraintMessage: "建档立卡贫困户没有发放明白卡", severity: .warning),
            Field(id: "visit_date", type: .date, label: "走访日期", labels: ["en": "Visit date"]),
            Field(id: "visitors", type: .nameList, label: "走访人", labels: ["en": "Visitors"]),
            Field(id: "suggestions", type: .text, label: "意见建议", labels: ["en": "Suggestions"], relevant: "${students} > 0"),
        ]
        let poverty = ChoiceList(name: "poverty", choices: [
            Choice(code: "registered_poor", label: "建档立卡贫困户", labels: ["en": "Registered poor"]),
            Choice(code: "non_poor", label: "非贫困户", labels: ["en": "Not poor"]),
        ])
        return Schema(
            fields: fields, choiceLists: ["poverty": poverty],
            settings: Settings(
                windowStart: DateTime(year: 2018, month: 7, day: 17), windowEnd: DateTime(year: 2018, month: 7, day: 22)))
    }

    /// A record placed at `row` of `sheet` in `file`, each field in column (its index + 1).
    static func record(
        _ values: [String: FieldValue], file: String = "一组.xlsx", sheet: String = "Sheet1", row: Int,
        schema: Schema = make()
    ) -> Record {
        Record(
            source: RecordSource(file: file, sheet: sheet, row: row),
            values: schema.fields.map { values[$0.id] },
            columns: schema.fields.indices.map { $0 + 1 })
    }

    /// A complete, valid household.
    static func household(
        _ name: String, hamlet: String = "上社", id: String? = nil, phone: String? = "13812345678",
        students: Int = 2, studentNames: [String] = ["李小明", "李小红"], boarders: Int = 1
    ) -> [String: FieldValue] {
        var values: [String: FieldValue] = [
            "hamlet": .text(hamlet), "head_name": .text(name), "poverty": .choice("non_poor"),
            "students": .integer(students), "boarders": .integer(boarders), "card_given": .boolean(true),
            "visit_date": .date(DateTime(year: 2018, month: 7, day: 18)), "visitors": .list(["王老师"]),
        ]
        if !studentNames.isEmpty { values["student_names"] = .list(studentNames) }
        if let id { values["head_id"] = .text(id) }
        if let phone { values["phone"] = .text(phone) }
        return values
    }
}
