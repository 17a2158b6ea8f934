import Spreadsheet
@testable import Questionnaire

/// The built-in schema, loaded once for all tests.
let builtIn: Schema = try! Schema.builtIn()

/// What reading one in-memory workbook gave.
struct ReadResult {
    var records: [Record] = []
    var issues: [Issue] = []
    var account = FileAccount(file: "")

    /// Issues as `code cell field` lines, the shape most tests assert on.
    var issueLines: [String] {
        issues.map { issue in
            [issue.code.rawValue, issue.location.cell ?? issue.location.sheet ?? "", issue.field ?? ""]
                .joined(separator: " ")
        }
    }

    func value(_ field: String, record index: Int = 0) -> FieldValue? {
        records[index].values[builtIn.fieldIndex(field)!]
    }
}

func read(_ sheets: [MemorySpreadsheet.Sheet], schema: Schema = builtIn, file: String = "a.xlsx") -> ReadResult {
    var result = ReadResult()
    result.account = ReturnReader(schema: schema).read(
        file: file, reader: MemorySpreadsheet(sheets),
        onRecord: { result.records.append($0) }, onIssue: { result.issues.append($0) })
    return result
}

/// A real file through `Spreadsheets.open` and the real readers.
func readFile(_ path: String) -> ReadResult {
    var result = ReadResult()
    result.account = ReturnReader(schema: builtIn).read(
        file: path, onRecord: { result.records.append($0) }, onIssue: { result.issues.append($0) })
    return result
}

/// One sheet from rows of strings: "" is an empty cell, everything else text.
func sheet(_ rows: [[String]], name: String = "Sheet1", merged: [String] = [], visibility: SheetVisibility = .visible) -> MemorySpreadsheet.Sheet {
    MemorySpreadsheet.Sheet(
        name: name, visibility: visibility,
        rows: rows.map { $0.map { $0.isEmpty ? CellValue.empty : .text($0) } },
        merged: merged.map { CellRange($0)! })
}

let standardHeader = ["序号", "自然社", "户主姓名", "贫困户类别", "在校学生数", "发放一封信", "发放明白卡", "走访日期", "走访人"]

func household(_ serial: Int, _ hamlet: String = "上社", _ name: String = "李延苏", poverty: String = "非贫困户",
               students: String = "2", date: String = "2018-07-17") -> [String] {
    [String(serial), hamlet, name, poverty, students, "是", "是", date, "王老师"]
}

/// Types one cell of a field through the reader: the typed value or the issue.
func typed(_ field: String, _ cell: CellValue, heading: String? = nil) -> (value: FieldValue?, issues: [Issue]) {
    let index = builtIn.fieldIndex(field)!
    var header: [CellValue] = ["自然社", "户主姓名", "贫困户类别"].map { .text($0) }
    var row: [CellValue] = [.text("上社"), .text("李延苏"), .text("非贫困户")]
    let column: Int
    if let existing = ["hamlet", "head_name", "poverty"].firstIndex(of: field) {
        column = existing
        if let heading { header[existing] = .text(heading) }
        row[existing] = cell
    } else {
        header.append(.text(heading ?? builtIn.fields[index].label))
        row.append(cell)
        column = row.count - 1
    }
    var result = ReadResult()
    _ = ReturnReader(schema: builtIn).read(
        file: "t.xlsx", reader: MemorySpreadsheet([MemorySpreadsheet.Sheet(name: "Sheet1", rows: [header, row])]),
        onRecord: { result.records.append($0) }, onIssue: { result.issues.append($0) })
    let cellIssues = result.issues.filter { $0.location.row == 2 && $0.location.column == column + 1 }
    return (result.records.first?.values[index], cellIssues)
}
