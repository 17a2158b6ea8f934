import Spreadsheet

extension SheetRows {
    /// The empty cells that matter: `missing-value` for each required field, and for the fields that
    /// place a row in the tables. Returns true when the row cannot be placed and is rejected: a group
    /// field (hamlet, poverty) empty or unreadable, or no identity (neither a name nor a valid ID).
    /// Each rejected row carries an error saying why: a gap here, a typing problem, or the sheet's
    /// `missing-column`.
    func gaps(of record: Record, into issues: inout [Issue]) -> Bool {
        let isEmpty = { (field: Int) in record.values[field] == nil && !record.invalidFields.contains(field) }
        let unplaced = context.groupFields.contains { record.values[$0] == nil }
        let identity = context.identityFields
        let unidentified = !identity.isEmpty && identity.allSatisfy { record.values[$0] == nil }
        let identityGap = unidentified ? identity.first { isEmpty($0) && record.columns[$0] != nil } : nil
        for index in context.gapFields where isEmpty(index) {
            guard let column = record.columns[index] else { continue }
            let field = context.field(index)
            let zh = typers[index]?.labelZH ?? field.label(in: .zh)
            let en = field.label(in: .en)
            let message: LocalizedText
            if context.groupFields.contains(index) {
                message = LocalizedText(zh: "\(zh)为空：这一行无法归入汇总表，没有计入汇总",
                                        en: "\(en) is empty: the row cannot be placed in the tables and is not counted")
            } else if index == identityGap {
                message = LocalizedText(zh: "\(zh)为空，也没有有效的身份证号：认不出是哪一户，这一行没有计入汇总",
                                        en: "\(en) is empty and there is no valid ID number: the household cannot be identified, the row is not counted")
            } else if field.required {
                message = LocalizedText(zh: "\(zh)为空：这是必填项，请照纸质问卷补上",
                                        en: "\(en) is empty: it is required, fill it in from the paper form")
            } else {
                continue
            }
            issues.append(Issue(.missingValue, at: location(record.source.row, column), field: field.id, message: message))
        }
        return unplaced || unidentified
    }
}
