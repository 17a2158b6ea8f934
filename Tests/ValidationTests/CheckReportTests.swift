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
            检查了 3 个文件：数据行 15 = 记录 11 + 空行 1 + 跳过 1 + 拒收 2；错误 2 个，警告 1 个。
            汇总表计入 1 户：重复登记的户只计输入顺序中的第一份。

            returns/第一组.csv：数据行 10 = 记录 8 + 空行 1 + 跳过 1 + 拒收 0；错误 0 个，警告 0 个
              第一组：表头第 2 行，数据行 10 = 记录 8 + 空行 1 + 跳过 1 + 拒收 0

            returns/第二组.xlsx：数据行 5 = 记录 3 + 空行 0 + 跳过 0 + 拒收 2；错误 1 个，警告 1 个
              Sheet1：表头第 2 行，数据行 5 = 记录 3 + 空行 0 + 跳过 0 + 拒收 2
              空表：数据行 0 = 记录 0 + 空行 0 + 跳过 0 + 拒收 0
              未读取的工作表：说明

            returns/坏.xlsx：无法读取

            问题清单
            returns/第二组.xlsx
              Sheet1 I2 警告 unknown-header 「备注」 未知列
              Sheet1 B12 错误 conflict 「李延苏」 同一户
            "两份"
            returns/坏.xlsx
              错误 unreadable-file 加密

            """)
    }

    @Test func jsonQuotesControlCharacters() {
        #expect(JSONObject.quote("a\u{1}b\u{7F}\\\t\u{2028}") == "\"a\\u0001b\u{7F}\\\\\\t\\u2028\"")
    }
}

@Suite struct CheckReportEnglishTests {
    @Test func englishTextReport() {
        var report = CheckReportTests.sample()
        report.add(FileAccount(file: "returns/坏.xlsx", unreadable: true))
        report.add(CheckReportTests.unreadable)
        #expect(report.text(language: .en) == """
            Checked 3 file(s): rows 15 = records 11 + blank 1 + skipped 1 + rejected 2; 2 error(s), 1 warning(s).
            Tables count 1 household(s): a household entered more than once counts once, its first copy in input order.

            returns/第一组.csv: rows 10 = records 8 + blank 1 + skipped 1 + rejected 0; 0 error(s), 0 warning(s)
              第一组: header on row 2, rows 10 = records 8 + blank 1 + skipped 1 + rejected 0

            returns/第二组.xlsx: rows 5 = records 3 + blank 0 + skipped 0 + rejected 2; 1 error(s), 1 warning(s)
              Sheet1: header on row 2, rows 5 = records 3 + blank 0 + skipped 0 + rejected 2
              空表: rows 0 = records 0 + blank 0 + skipped 0 + rejected 0
              sheets not read: 说明

            returns/坏.xlsx: could not be read

            Problems
            returns/第二组.xlsx
              Sheet1 I2 warning unknown-header '备注' unknown column
              Sheet1 B12 error conflict '李延苏' same household
            returns/坏.xlsx
              error unreadable-file encrypted

            """)
        #expect(report.exitStatus(strict: true) == 3)
    }
}
