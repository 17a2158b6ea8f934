import Questionnaire
import Spreadsheet

/// The schema's `constraint` and `relevant` expressions and the campaign window, checked record by record.
/// Expressions that do not parse are left out here: `schema check` reports them with row and position.
struct RuleChecker {
    private struct FieldRule {
        var field: Int
        var constraint: Expression?
        var relevant: Expression?
    }

    private let schema: Schema
    private let evaluator: ExpressionEvaluator
    private let rules: [FieldRule]
    /// The visit-date field checked against the campaign window.
    private let windowField: Int?

    init(schema: Schema) {
        self.schema = schema
        evaluator = ExpressionEvaluator(schema: schema)
        func parsed(_ text: String?) -> Expression? {
            guard let text, !text.isEmpty, let expression = try? ExpressionParser.parse(text),
                  expression.unknownFieldError(in: schema) == nil
            else { return nil }
            return expression
        }
        rules = schema.fields.indices.compactMap { index in
            let field = schema.fields[index]
            let rule = FieldRule(field: index, constraint: parsed(field.constraint), relevant: parsed(field.relevant))
            return rule.constraint == nil && rule.relevant == nil ? nil : rule
        }
        windowField = schema.fieldIndex("visit_date")
            ?? schema.fields.firstIndex { $0.type == .date }
    }

    func check(_ record: Record, into issues: inout [Issue]) {
        for rule in rules where record.values[rule.field] != nil {
            if let constraint = rule.constraint, !evaluator.holds(constraint, in: record, current: rule.field) {
                issues.append(constraintIssue(rule.field, constraint, record))
            }
            if let relevant = rule.relevant, !evaluator.holds(relevant, in: record, current: rule.field) {
                issues.append(relevantIssue(rule.field, relevant, record))
            }
        }
        if let windowField, let issue = windowIssue(windowField, record) { issues.append(issue) }
    }

    /// The field the rule is written on (it is checked only when that field holds a value) and every
    /// field the expression reads through `${…}`, in schema order.
    private func fieldsRead(by expression: Expression, on field: Int) -> [String] {
        let read = Set(expression.referencedFields + [schema.fields[field].id])
        return schema.fields.map(\.id).filter(read.contains)
    }

    private func constraintIssue(_ index: Int, _ expression: Expression, _ record: Record) -> Issue {
        let field = schema.fields[index]
        let value = cellValue(index, record)
        let zh = field.constraintMessage(in: .zh) ?? field.constraintMessages.values.sorted().first
        let en = field.constraintMessage(in: .en) ?? zh
        let rule = zh.map { LocalizedText(zh: $0, en: en ?? $0) }
            ?? LocalizedText(zh: "不符合规则 \(field.constraint ?? "")", en: "breaks the rule \(field.constraint ?? "")")
        let message = field.labelText + LocalizedText(zh: "「", en: " '") + value + LocalizedText(zh: "」：", en: "': ")
            + rule + LocalizedText(zh: "。请核对纸质问卷后改正。", en: ". Check the paper form and correct it.")
        return Issue(
            field.severity == .warning ? .ruleWarning : .ruleError, at: record.location(ofField: index),
            field: field.id, value: value.zh, fields: fieldsRead(by: expression, on: index), message: message)
    }

    private func relevantIssue(_ index: Int, _ expression: Expression, _ record: Record) -> Issue {
        let field = schema.fields[index]
        let value = cellValue(index, record)
        let condition = field.relevant ?? ""
        let message = field.labelText + LocalizedText(zh: " 填了「", en: " holds '") + value
            + LocalizedText(
                zh: "」，但按条件 \(condition) 这一项不用填写。请核对是否填错了列或行。",
                en: "', but by the condition \(condition) it should be empty. Check for a wrong column or row.")
        return Issue(
            .ruleWarning, at: record.location(ofField: index), field: field.id, value: value.zh,
            fields: fieldsRead(by: expression, on: index), message: message)
    }

    /// The cell's text as the person sees it in the file; the typed value when the cell is not known.
    private func cellValue(_ index: Int, _ record: Record) -> LocalizedText {
        if let text = record.cellText(ofField: index) { return LocalizedText(zh: text, en: text) }
        return ValueText.display(record.values[index], of: schema.fields[index], in: schema)
    }

    private func windowIssue(_ index: Int, _ record: Record) -> Issue? {
        guard case .date(let date) = record.values[index],
              let start = schema.settings.windowStart, let end = schema.settings.windowEnd
        else { return nil }
        let day = DateTime(year: date.year, month: date.month, day: date.day)
        guard day < start || end < day else { return nil }
        let field = schema.fields[index]
        let window = "\(start) – \(end)"
        return Issue(
            .dateOutsideWindow, at: record.location(ofField: index), field: field.id, value: record.cellText(ofField: index) ?? day.description,
            message: field.labelText + LocalizedText(
                zh: " \(day) 不在走访活动时间 \(window) 内。请核对日期是否写错（年份、月日颠倒）。",
                en: " \(day) is outside the campaign's dates \(window). Check the date for a wrong year or swapped month and day."))
    }
}
