import Spreadsheet

extension Schema {
    /// Every `constraint` and `relevant` expression that does not parse or names a field the schema lacks,
    /// as a problem at the field's row of the survey sheet, with the character position in the message.
    /// `schema check` lists these; validation skips such rules rather than guess.
    public func expressionProblems(file: String) -> [SchemaProblem] {
        fields.flatMap { field in
            [("constraint", field.constraint), ("relevant", field.relevant)].compactMap { column, text in
                guard let text, !text.isEmpty, let error = expressionError(text) else { return nil }
                return SchemaProblem(
                    .error, file: file, sheet: "survey", row: field.schemaRow, columnName: column,
                    message: LocalizedText(
                        zh: "\(field.id) 的 \(column) 第 \(error.position) 个字符处：\(error.message.zh)（\(text)）",
                        en: "\(column) of \(field.id), character \(error.position): \(error.message.en) (\(text))"))
            }
        }
    }

    private func expressionError(_ text: String) -> ExpressionSyntaxError? {
        do {
            return try ExpressionParser.parse(text).unknownFieldError(in: self)
        } catch {
            return error
        }
    }
}
