import Foundation
import Questionnaire
import Spreadsheet
import Testing
@testable import Validation

@Suite struct CheckReportTests {
    static let conflict = Issue(
        .conflict, at: SourceLocation(file: "returns/第二组.xlsx", sheet: "Sheet1", row: 12, column: 2),
        field: "head_name", value: "李延苏", fields: ["students", "phone"],
        other: SourceLocation(file: "returns/第一组.csv", sheet: "第一组", row: 7),
        message: LocalizedText(zh: "同一户\n\"两份\"", en: "same household"))
    static let warning = Issue(
        .unknownHeader, at: SourceLocation(file: "returns/第二组.xlsx", sheet: "Sheet1", row: 2, column: 9),
        value: "备注", message: LocalizedText(zh: "未知列", en: "unknown column"))
    static let unreadable = Issue(
        .unreadableFile, at: SourceLocation(file: "returns/坏.xlsx"), message: LocalizedText(zh: "加密", en: "encrypted"))

    static func sample() -> CheckReport {
        var report = CheckReport()
        report.add(FileAccount(file: "returns/第一组.csv", sheets: [
            SheetAccount(sheet: "第一组", headerRow: 2, rows: 10, records: 8, blankRows: 1, skippedRows: 1),
        ]))
        report.add(RecordCheck(issues: [], isCountedInTables: true))
        report.add(RecordCheck(issues: [conflict], isCountedInTables: false))
        report.add(warning)
        report.add(FileAccount(
            file: "returns/第二组.xlsx",
            sheets: [SheetAccount(sheet: "Sheet1", headerRow: 2, rows: 5, records: 3, rejectedRows: 2),
                     SheetAccount(sheet: "空表", rows: 0)],
            skippedSheets: ["说明"]))
        return report
    }

    @Test func jsonIsExactlyAsSpecifiedWithAbsentKeysLeftOut() {
        #expect(Self.sample().json(language: .zh) == """
            {"inputs": [
              {"file": "returns/第一组.csv", "sheets": [{"sheet": "第一组", "header_row": 2, "rows": 10, "records": 8, "blank_rows": 1, "skipped_rows": 1, "rejected_rows": 0}], "rows": 10, "records": 8, "blank_rows": 1, "skipped_rows": 1, "rejected_rows": 0},
              {"file": "returns/第二组.xlsx", "sheets": [{"sheet": "Sheet1", "header_row": 2, "rows": 5, "records": 3, "blank_rows": 0, "skipped_rows": 0, "rejected_rows": 2}, {"sheet": "空表", "rows": 0, "records": 0, "blank_rows": 0, "skipped_rows": 0, "rejected_rows": 0}], "skipped_sheets": ["说明"], "rows": 5, "records": 3, "blank_rows": 0, "skipped_rows": 0, "rejected_rows": 2}], "rows": 15, "records": 11, "blank_rows": 1, "skipped_rows": 1, "rejected_rows": 2, "counted_records": 1, "issues": [
              {"code": "unknown-header", "severity": "warning", "file": "returns/第二组.xlsx", "sheet": "Sheet1", "row": 2, "column": "I", "cell": "I2", "value": "备注", "message": "未知列"},
              {"code": "conflict", "severity": "error", "file": "returns/第二组.xlsx", "sheet": "Sheet1", "row": 12, "column": "B", "cell": "B12", "field": "head_name", "value": "李延苏", "fields": ["students", "phone"], "other": {"file": "returns/第一组.csv", "sheet": "第一组", "row": 7}, "message": "同一户\\n\\"两份\\""}], "counts": {"error": 1, "warning": 1}}

            """)
    }

    @Test func jsonParsesAndAnUnreadableFileCarriesOnlyItsFile() throws {
        var report = Self.sample()
        report.add(FileAccount(file: "returns/坏.xlsx", unreadable: true))
        report.add(Self.unreadable)
        let json = report.json(language: .en)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let issues = try #require(object["issues"] as? [[String: Any]])
        #expect(issues.last?.keys.sorted() == ["code", "file", "message", "severity"])
        #expect(issues.last?["message"] as? String == "encrypted")
        let inputs = try #require(object["inputs"] as? [[String: Any]])
        #expect(inputs.last?["unreadable"] as? Bool == true)
        #expect(inputs.last?["rows"] as? Int == 0)
    }

    @Test func exitStatusFollowsTheSpec() {
        var clean = CheckReport()
        clean.add(FileAccount(file: "a.csv"))
        #expect(clean.exitStatus(strict: true) == 0)
        var warnings = clean
        warnings.add(Self.warning)
        #expect(warnings.exitStatus(strict: false) == 0)
        #expect(warnings.exitStatus(strict: true) == 1)
        var errors = warnings
        errors.add(Self.conflict)
        #expect(errors.exitStatus(strict: false) == 1)
        var unreadable = errors
        unreadable.add(FileAccount(file: "returns/坏.xlsx", unreadable: true))
        #expect(unreadable.exitStatus(strict: false) == 3)
    }

    @Test func issuesSortByFileInInputOrderThenSheetOrderThenRow() {
        var report = CheckReport()
        report.add(FileAccount(file: "b.xlsx", sheets: [SheetAccount(sheet: "二"), SheetAccount(sheet: "一")]))
        report.add(FileAccount(file: "a.csv"))
        let places: [(String, String?, Int?, Int?)] = [
            ("a.csv", "a", 3, 1), ("b.xlsx", "一", 2, 2), ("b.xlsx", "二", 9, 1), ("b.xlsx", nil, nil, nil),
            ("b.xlsx", "二", 4, 3), ("b.xlsx", "二", 4, 1),
        ]
        for (file, sheet, row, column) in places {
            report.add(Issue(.typeError, at: SourceLocation(file: file, sheet: sheet, row: row, column: column),
                             message: LocalizedText(zh: "", en: "")))
        }
        #expect(report.issues.map { "\($0.location.file) \($0.location.sheet ?? "-") \($0.location.cell ?? "-")" } == [
            "b.xlsx - -", "b.xlsx 二 A4", "b.xlsx 二 C4", "b.xlsx 二 A9", "b.xlsx 一 B2", "a.csv a A3",
        ])
    }

    @Test func textReportGivesTotalsPerFileAndProblemsByFile() {
        var report = Self.sample()
        report.add(FileAccount(file: "returns/坏.xlsx", unreadable: true))
        report.add(Self.unreadable)
        #expect(report.text(language: .zh) == """
            检查了 3 个文件：错误 2 个，警告 1 个。
            数据行 15 = 记录 11 + 空行 1 + 跳过 1 + 拒收 2
            汇总表计入 1 户：重复登记的户只计输入顺序中的第一份。

            returns/第一组.csv：错误 0 个，警告 0 个
              第一组：表头第 2 行，数据行 10 = 记录 8 + 空行 1 + 跳过 1 + 拒收 0

            returns/第二组.xlsx：错误 1 个，警告 1 个
              Sheet1：表头第 2 行，数据行 5 = 记录 3 + 空行 0 + 跳过 0 + 拒收 2
              空表：数据行 0 = 记录 0 + 空行 0 + 跳过 0 + 拒收 0
              未读取的工作表：说明

            returns/坏.xlsx：无法读取

            问题清单
            returns/第二组.xlsx
              Sheet1 I2   警告  unknown-header  「备注」
                  未知列
              Sheet1 B12  错误  conflict        「李延苏」
                  同一户
                  "两份"
            returns/坏.xlsx
              错误  unreadable-file
                  加密

            """)
    }

    /// Long messages wrap at 80 columns under the issue, long values are cut, colour marks the severity.
    @Test func textFitsEightyColumnsAndColoursOnlyWhenAsked() {
        var report = CheckReport()
        report.add(FileAccount(file: "a.csv", sheets: [SheetAccount(sheet: "a", headerRow: 1, rows: 1, records: 1)]))
        report.add(Issue(
            .typeError, at: SourceLocation(file: "a.csv", sheet: "a", row: 2, column: 4), value: String(repeating: "很长的值", count: 20),
            message: LocalizedText(
                zh: "在校学生数“很长的值”不是数字：请填写整数（如 2），不要写“两个”或“2人”，也不要留空；改好后重新运行 zoufang check。",
                en: "x")))
        report.add(Issue(
            .dateOutsideWindow, at: SourceLocation(file: "a.csv", sheet: "a", row: 3, column: 7), value: "2018-07-25",
            message: LocalizedText(zh: "走访日期不在活动期间。", en: "x")))
        let plain = report.text(language: .zh)
        #expect(plain.split(separator: "\n").suffix(6) == [
            "a.csv",
            "  a D2  错误  type-error           「很长的值很长的值很长的值很长的值很长的值…」",
            "      在校学生数“很长的值”不是数字：请填写整数（如 2），不要写“两个”或“2人”，也",
            "      不要留空；改好后重新运行 zoufang check。",
            "  a G3  警告  date-outside-window  「2018-07-25」",
            "      走访日期不在活动期间。",
        ])
        #expect(!plain.contains("\u{1B}"))
        let coloured = report.text(language: .zh, colour: true)
        #expect(coloured.contains("  a D2  \u{1B}[31m错误\u{1B}[0m  type-error "))
        #expect(coloured.contains("  a G3  \u{1B}[33m警告\u{1B}[0m  date-outside-window  「2018-07-25」\n"))
    }
}

@Suite struct CheckReportEnglishTests {
    @Test func englishTextReport() {
        var report = CheckReportTests.sample()
        report.add(FileAccount(file: "returns/坏.xlsx", unreadable: true))
        report.add(CheckReportTests.unreadable)
        #expect(report.text(language: .en) == """
            Checked 3 file(s): 2 error(s), 1 warning(s).
            15 rows = 11 records + 1 blank + 1 skipped + 2 rejected
            Tables count 1 household(s), each once: its first copy in input order.

            returns/第一组.csv: 0 error(s), 0 warning(s)
              第一组, header row 2: 10 rows = 8 records + 1 blank + 1 skipped + 0 rejected

            returns/第二组.xlsx: 1 error(s), 1 warning(s)
              Sheet1, header row 2: 5 rows = 3 records + 0 blank + 0 skipped + 2 rejected
              空表: 0 rows = 0 records + 0 blank + 0 skipped + 0 rejected
              sheets not read: 说明

            returns/坏.xlsx: could not be read

            Problems
            returns/第二组.xlsx
              Sheet1 I2   warning  unknown-header  '备注'
                  unknown column
              Sheet1 B12  error    conflict        '李延苏'
                  same household
            returns/坏.xlsx
              error  unreadable-file
                  encrypted

            """)
        #expect(report.exitStatus(strict: true) == 3)
    }
}
