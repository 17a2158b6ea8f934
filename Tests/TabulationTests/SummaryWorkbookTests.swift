import Foundation
import Questionnaire
import Spreadsheet
import Testing
import TestSupport
@testable import Tabulation

func scratchDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tabulation-" + UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

let sampleIssues = [
    Issue(.unknownHeader, at: SourceLocation(file: "a.xlsx", sheet: "Sheet1", row: 1, column: 13), value: "备注",
          message: LocalizedText(zh: "列标题“备注”不是问卷字段，已作为附加列保留", en: "the heading 备注 is not a field: kept as an extra column")),
    Issue(.typeError, at: SourceLocation(file: "a.xlsx", sheet: "Sheet1", row: 6, column: 5), field: "students",
          value: "几个", message: LocalizedText(zh: "在校学生数“几个”不是整数", en: "students: 几个 is not a whole number")),
]

/// Writes the summary workbook of `visits` (with an ID number and a phone on the first record).
func writeSampleSummary(to path: String, language: Language = .zh) throws {
    var records = visits
    records[0].values[Households.field["head_id"]!] = .text("53080219800101001X")
    let table = try tabulate(visits).table
    try SummaryWorkbook.write(to: path, schema: Households.schema, table: table, issues: sampleIssues,
                              records: records, language: language)
}

/// Runs a Python program with the test venv; its stdout.
func python(_ program: String, _ arguments: [String]) throws -> String {
    let result = try runProcess(ExternalTools.python!, ["-c", program] + arguments)
    #expect(result.status == 0, "\(result.errorOutput)")
    return result.output
}

@Test func summaryWorkbookOpensInOpenpyxlWithoutWarnings() throws {
    guard try ExternalTools.available(ExternalTools.python, named: "python") else { return }
    let directory = try scratchDirectory()
    let path = directory + "/汇总.xlsx"
    try writeSampleSummary(to: path)
    let output = try python("""
        import sys, warnings, openpyxl
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            book = openpyxl.load_workbook(sys.argv[1])
        print("warnings", len(caught))
        print("sheets", book.sheetnames)
        s = book["汇总表"]
        print("merged", sorted(str(r) for r in s.merged_cells.ranges))
        print("freeze", s.freeze_panes, s.page_setup.orientation, s.page_setup.paperSize, s.sheet_properties.pageSetUpPr.fitToPage, s.page_setup.fitToWidth, s.page_setup.fitToHeight, s.print_title_rows)
        for row in s.iter_rows(values_only=True):
            print(list(row))
        d = book["明细"]
        print("detail", d.max_row, d.max_column, d["C2"].value, d["C2"].data_type, d["C2"].number_format, d["J2"].value, d["J2"].number_format, d["E2"].value, type(d["E2"].value).__name__, d["M2"].value)
        i = book["问题清单"]
        print("issues", list(next(i.iter_rows(min_row=2, max_row=2, values_only=True))), i.auto_filter.ref)
        print("filters", d.auto_filter.ref, d.freeze_panes)
        """, [path])
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines[0] == "warnings 0")
    #expect(lines[1] == "sheets ['汇总表', '按类别', '问题清单', '明细']")
    #expect(lines[2] == "merged ['A1:O1', 'A2:A3', 'B2:F2', 'G2:G3', 'H2:H3', 'I2:I3', 'J2:J3', 'K2:K3', 'L2:N2', 'O2:O3']")
    #expect(lines[3] == "freeze B4 landscape 9 True 1 0 $2:$3")
    #expect(lines[4] == "['思茅五小 箐门口村 走访情况汇总表（2018年7月17日至7月22日）', None, None, None, None, None, None, None, None, None, None, None, None, None, None]")
    #expect(lines[5] == "['自然社', '走访户数', None, None, None, None, '在校学生数', '住校生人数', '辍学风\\n险户数', '发放一封\\n信户数', '发放明白\\n卡户数', '满意度', None, None, '提出意见\\n建议户数']")
    #expect(lines[6] == "[None, '合计', '建档立卡\\n贫困户', '低保户', '边缘户', '非贫困户', None, None, None, None, None, '满意', '基本满意', '不满意', None]")
    #expect(lines[7] == "['上社', 3, 2, 0, 0, 1, 6, 3, 1, 3, 2, 1, 1, 0, 2]")
    #expect(lines[8] == "['下社', 2, 0, 0, 0, 2, 0, 1, 0, 1, 2, 1, 0, 1, 0]")
    #expect(lines[9] == "['合计', 5, 2, 0, 0, 3, 6, 4, 1, 4, 4, 2, 1, 1, 2]")
    #expect(lines[10] == "[None, None, None, None, None, None, None, None, None, None, None, None, None, None, None]")
    #expect(lines[11].hasPrefix("['填表人："))
    #expect(lines[12] == "detail 6 15 53080219800101001X s @ 2018-07-19 00:00:00 yyyy-mm-dd 2 int a.xlsx")
    #expect(lines[13] == "issues ['a.xlsx', 'Sheet1', 1, 'M1', None, 'unknown-header', '警告', '备注', '列标题“备注”不是问卷字段，已作为附加列保留'] A1:I3")
    #expect(lines[14] == "filters A1:O6 A2")
    try? FileManager.default.removeItem(atPath: directory)
}

/// Runs LibreOffice headless with a profile of its own, so tests running side by side do not share one.
func soffice(_ arguments: [String], in directory: String) throws -> ProcessResult {
    let profile = "file://" + directory + "/lo-profile"
    return try runProcess(ExternalTools.soffice!, ["-env:UserInstallation=" + profile, "--headless"] + arguments,
                          currentDirectory: directory)
}

@Test func summaryWorkbookConvertsInLibreOffice() throws {
    guard try ExternalTools.available(ExternalTools.soffice, named: "soffice") else { return }
    let directory = try scratchDirectory()
    try writeSampleSummary(to: directory + "/summary.xlsx")
    let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    let result = try soffice(["--convert-to", filter, "summary.xlsx", "--outdir", directory], in: directory)
    #expect(result.status == 0, "\(result.errorOutput)")
    func lines(_ sheet: String) throws -> [String] {
        try String(contentsOfFile: directory + "/summary-\(sheet).csv", encoding: .utf8).split(separator: "\n").map(String.init)
    }
    let summary = try lines("汇总表")
    #expect(summary[0] == "思茅五小 箐门口村 走访情况汇总表（2018年7月17日至7月22日）" + String(repeating: ",", count: 14))
    #expect(Array(summary.suffix(5)) == [
        "上社,3,2,0,0,1,6,3,1,3,2,1,1,0,2", "下社,2,0,0,0,2,0,1,0,1,2,1,0,1,0", "合计,5,2,0,0,3,6,4,1,4,4,2,1,1,2",
        String(repeating: ",", count: 14), "填表人：　　　　　　　　审核人：　　　　　　　　填报日期：" + String(repeating: ",", count: 14),
    ])
    let byCategory = try lines("按类别")
    #expect(Array(byCategory.suffix(7).prefix(5)) == [
        "建档立卡贫困户,2,4,2,1,2,1,0,1,0,1", "低保户,0,0,0,0,0,0,0,0,0,0", "边缘户,0,0,0,0,0,0,0,0,0,0",
        "非贫困户,3,2,2,0,2,3,2,0,1,1", "合计,5,6,4,1,4,4,2,1,1,2",
    ])
    #expect(try lines("明细")[1] == "上社,户主,53080219800101001X,非贫困户,2,1,否,是,是,2018-07-19,满意,修路,a.xlsx,Sheet1,2")
    #expect(try lines("问题清单")[2] == "a.xlsx,Sheet1,6,E6,在校学生数,type-error,错误,几个,在校学生数“几个”不是整数")
    try? FileManager.default.removeItem(atPath: directory)
}

@Test func englishWorkbookHasEnglishSheetsAndHeadings() throws {
    guard try ExternalTools.available(ExternalTools.python, named: "python") else { return }
    let directory = try scratchDirectory()
    try writeSampleSummary(to: directory + "/summary.xlsx", language: .en)
    let output = try python("""
        import sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        print(book.sheetnames)
        print([c.value for c in book["Summary"][3]][:6])
        print([c.value for c in book["Issues"][1]])
        """, [directory + "/summary.xlsx"])
    #expect(output == """
        ['Summary', 'By category', 'Issues', 'Records']
        [None, 'total', 'Registered\\npoor', 'Subsistence\\nallowance', 'Marginal', 'Not poor']
        ['File', 'Sheet', 'Row', 'Cell', 'Field', 'Code', 'Severity', 'Value', 'Message']

        """)
    try? FileManager.default.removeItem(atPath: directory)
}

@Test func summaryWorkbookIsByteIdenticalWhenWrittenTwice() throws {
    let directory = try scratchDirectory()
    try writeSampleSummary(to: directory + "/one.xlsx")
    try writeSampleSummary(to: directory + "/two.xlsx")
    let one = try Data(contentsOf: URL(fileURLWithPath: directory + "/one.xlsx"))
    #expect(one == (try Data(contentsOf: URL(fileURLWithPath: directory + "/two.xlsx"))))
    try? FileManager.default.removeItem(atPath: directory)
}

@Test func summaryWorkbookRefusesToOverwriteAnInput() throws {
    let directory = try scratchDirectory()
    let input = directory + "/returns.xlsx"
    _ = FileManager.default.createFile(atPath: input, contents: Data("keep".utf8))
    #expect(throws: SpreadsheetError.self) {
        try SummaryWorkbook(path: input, schema: Households.schema, protectedPaths: [input])
    }
    #expect(try String(contentsOfFile: input, encoding: .utf8) == "keep")
    try? FileManager.default.removeItem(atPath: directory)
}

@Test func decimalSumsKeepTheirFractionInTheWorkbook() throws {
    guard try ExternalTools.available(ExternalTools.python, named: "python") else { return }
    var schema = Households.schema
    schema.fields.append(Field(id: "income", type: .decimal, label: "人均收入", measure: .sum))
    let records = [0.1, 0.2].map { income in
        var record = Households.record("上社", "non_poor")
        record.values.append(.decimal(income))
        return record
    }
    let directory = try scratchDirectory()
    try SummaryWorkbook.write(to: directory + "/s.xlsx", schema: schema, table: try tabulate(records, schema: schema).table,
                              issues: [], records: records)
    let output = try python("""
        import sys, openpyxl
        sheet = openpyxl.load_workbook(sys.argv[1])["汇总表"]
        print(sheet.cell(row=5, column=1).value, sheet.cell(row=5, column=sheet.max_column).value)
        """, [directory + "/s.xlsx"])
    #expect(output == "合计 0.3\n")
    try? FileManager.default.removeItem(atPath: directory)
}

/// Our own reader gives back the numbers LibreOffice shows (the same rows as the test above) and typed 明细 cells.
@Test func summaryWorkbookReadsBackWithOurReader() throws {
    let directory = try scratchDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try writeSampleSummary(to: directory + "/summary.xlsx")
    let reader = try XLSXReader(path: directory + "/summary.xlsx")
    #expect(reader.sheets.map(\.name) == ["汇总表", "按类别", "问题清单", "明细"])
    func rows(_ sheet: Int) throws -> [[CellValue]] {
        var rows: [[CellValue]] = []
        try reader.forEachRow(sheet: sheet) { rows.append($0.cells) }
        return rows
    }
    let total = try #require(try rows(0).first { $0.first == .text("合计") })
    #expect(total == [.text("合计")] + [5, 2, 0, 0, 3, 6, 4, 1, 4, 4, 2, 1, 1, 2].map { CellValue.number($0) })
    let record = try rows(3)[1]
    #expect(record[2] == .text("53080219800101001X"))
    #expect(record[4] == .number(2))
    #expect(record[9] == .date(DateTime(year: 2018, month: 7, day: 19)))
}
