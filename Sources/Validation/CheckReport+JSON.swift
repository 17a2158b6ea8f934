import Questionnaire
import Spreadsheet

extension CheckReport {
    /// The JSON of spec/outputs.md "Machine-readable check output", one input and one issue per line.
    /// Keys that do not apply are absent (never null). Added beside the spec's keys: `rows` and per-file
    /// totals, `skipped_sheets`, `unreadable`, and `counted_records` (first copies, the ones tables count).
    public func json(language: Language) -> String {
        var text = ""
        writeJSON(language: language) { text += $0 }
        return text
    }

    /// The same JSON handed to `write` in pieces, an issue at a time, so that it is never held whole (31,915
    /// issues on the generated 1,000,000-row returns make 15.6 MB of text).
    public func writeJSON(language: Language, to write: (String) -> Void) {
        var object = JSONObject()
        object.add("inputs", array: inputs.map(Self.json), multiline: true)
        Self.addTotals(totals, to: &object)
        object.add("counted_records", countedRecords)
        object.add("issues", lines: issueOrder.lazy.map { Self.json(issue(at: $0), language: language) }, writingTo: write)
        var counts = JSONObject()
        counts.add("error", errorCount)
        counts.add("warning", warningCount)
        object.add("counts", raw: counts.text)
        if let coverage { object.add("coverage", raw: Self.json(coverage)) }
        write(object.text + "\n")
    }

    private static func addTotals(_ totals: Totals, to object: inout JSONObject) {
        object.add("rows", totals.rows)
        object.add("records", totals.records)
        object.add("blank_rows", totals.blankRows)
        object.add("skipped_rows", totals.skippedRows)
        object.add("rejected_rows", totals.rejectedRows)
    }

    private static func json(_ account: FileAccount) -> String {
        var object = JSONObject()
        object.add("file", account.file)
        if account.unreadable { object.add("unreadable", raw: "true") }
        object.add("sheets", array: account.sheets.map(json), multiline: false)
        if !account.skippedSheets.isEmpty { object.add("skipped_sheets", strings: account.skippedSheets) }
        addTotals(totals(of: account), to: &object)
        return object.text
    }

    private static func json(_ sheet: SheetAccount) -> String {
        var object = JSONObject()
        object.add("sheet", sheet.sheet)
        object.add("header_row", sheet.headerRow)
        var totals = Totals()
        totals.add(sheet)
        addTotals(totals, to: &object)
        return object.text
    }

    static func json(_ issue: Issue, language: Language) -> String {
        var object = JSONObject()
        let location = issue.location
        object.add("code", issue.code.rawValue)
        object.add("severity", issue.severity.rawValue)
        object.add("file", location.file)
        object.add("sheet", location.sheet)
        object.add("row", location.row)
        object.add("column", location.columnLetters)
        object.add("cell", location.cell)
        object.add("field", issue.field)
        object.add("value", issue.value)
        object.add("fields", strings: issue.fields)
        if let other = issue.other {
            var place = JSONObject()
            place.add("file", other.file)
            place.add("sheet", other.sheet)
            place.add("row", other.row)
            object.add("other", raw: place.text)
        }
        object.add("message", issue.message.text(in: language))
        return object.text
    }
}
