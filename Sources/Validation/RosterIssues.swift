import Questionnaire
import Spreadsheet

/// The two roster issues, with what to do about each.
enum RosterIssues {
    static func notVisited(_ pupil: RosterPupil) -> Issue {
        let name = pupil.name ?? ""
        let details = [pupil.className, pupil.hamlet].compactMap { $0 }
        let zhDetails = (details + [pupil.guardian.map { "监护人 " + $0 }].compactMap { $0 }).joined(separator: "，")
        let enDetails = (details + [pupil.guardian.map { "guardian " + $0 }].compactMap { $0 }).joined(separator: ", ")
        return Issue(.notVisited, at: pupil.location, field: "pupil_name", value: pupil.name, message: LocalizedText(
            zh: "学生「\(name)」（\(zhDetails)）的家庭没有走访记录：请在下一轮走访时补上；若已走访，请核对登记表上的户主、学生姓名和自然社是否与学生名单一致",
            en: "no return covers the household of pupil \(name) (\(enDetails)): visit it in the next round; if it was visited, check that the return's head, pupil names and hamlet agree with the roster"))
    }

    static func notOnRoster(_ record: Record, schema: Schema) -> Issue {
        let students = schema.fieldIndex("student_names")
        let head = schema.fieldIndex("head_name")
        let field = students.flatMap { record.values[$0] == nil ? nil : $0 } ?? head
        var location = record.source.location
        location.column = field.flatMap { record.columns[$0] }
        func shown(_ index: Int?) -> String? {
            guard let index, let value = record.values[index] else { return nil }
            return record.cellText(ofField: index) ?? ValueText.display(value, of: schema.fields[index], in: schema).zh
        }
        let headName = shown(head) ?? ""
        let pupils = shown(students)
        let named = pupils.map { (zh: "的学生 \($0) 都不在学生名单上", en: "none of its pupils (\($0)) is on the roster") }
            ?? (zh: "不在学生名单上，登记表也没有写学生姓名", en: "it is not on the roster, and the return names no pupil")
        return Issue(.notOnRoster, at: location, field: field.map { schema.fields[$0].id },
                     value: shown(field), message: LocalizedText(
            zh: "户主「\(headName)」这一户\(named.zh)（名单上没有同一身份证号、同一自然社的同名监护人或学生）：请核对姓名和自然社的写法；若学生已转学或不在本校就读，可不处理",
            en: "the household of \(headName): \(named.en) (no roster pupil has the same ID number, or the same hamlet and guardian or pupil name): check how the names and hamlet are written; if the pupils left or attend another school, nothing needs doing"))
    }
}
