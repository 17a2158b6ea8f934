import Spreadsheet
import Testing
import TestSupport

/// `zoufang cat` on workbooks: the formats, sheet choice, and unreadable files.
@Suite struct XLSXCatTests {
    func cat(_ arguments: [String], environment: [String: String] = ["LANG": "zh_CN.UTF-8", "LC_ALL": ""]) throws -> ProcessResult {
        try runProcess(Repository.zoufangExecutable, ["cat"] + arguments, environment: environment)
    }

    @Test func jsonIsTheRawCellsFormat() throws {
        let result = try cat([xlsxFixture("xlsxwriter-small.xlsx")])
        #expect(result.status == 0)
        #expect(result.output == """
            {"file": "\(xlsxFixture("xlsxwriter-small.xlsx"))", "sheets": [
              {"sheet": "Sheet1", "hidden": false, "merged": ["A3:B3"],
               "rows": [
                ["姓名", "日期", "人数"],
                ["张三", {"date": "2018-07-17"}, 3],
                ["合并"]]}
            ]}

            """)
    }

    @Test func csvShowsValuesAsExcelDoes() throws {
        let result = try cat([xlsxFixture("openpyxl-types.xlsx"), "--format", "csv"])
        #expect(result.output == """
            箐门口村大走访登记表

            序号,自然社,学生数,发放,走访日期,备注
            1,上社,3,TRUE,2018-07-17,#N/A
            2,,2.5,FALSE,2018-07-18T09:30:00,\u{3000}全角空格
            3,,-4

            1E+17,,0.1

            """)
    }

    @Test func tsvQuotesFieldsHoldingTabsOrLineBreaks() throws {
        let result = try cat([xlsxFixture("xlsxwriter-constant-memory.xlsx"), "--format", "tsv"])
        #expect(result.output == "姓名\t日期\t人数\t备注\n李延苏\t2018-07-17\t4\ta & b < c\n\n王五\t\t1.25\t\"line1\nline2\"\n")
    }

    @Test func chosenSheetAndUnknownSheet() throws {
        let hidden = try cat([xlsxFixture("openpyxl-types.xlsx"), "--sheet", "深藏", "--format", "csv"])
        #expect(hidden.output == "\n,42\n")
        let missing = try cat([xlsxFixture("openpyxl-types.xlsx"), "--sheet", "无此表"])
        #expect(missing.status == 2)
        #expect(missing.errorOutput.contains("没有名为“无此表”的工作表"))
    }

    @Test func unreadableFilePrintsOnlyItsErrorAndExits3() throws {
        let path = xlsxFixture("hostile-encrypted.xlsx")
        let chinese = try cat([path])
        #expect(chinese.status == 3)
        #expect(chinese.output.isEmpty)
        #expect(chinese.errorOutput == path + ": 工作簿设有打开密码：请在 Excel/WPS 中去掉密码后重新保存\n")
        let english = try cat([path, "--lang", "en"])
        #expect(english.errorOutput == path + ": the workbook is password protected: remove the password and save it again\n")
        let fromEnvironment = try cat([path], environment: ["LANG": "en_US.UTF-8", "LC_ALL": ""])
        #expect(fromEnvironment.errorOutput == english.errorOutput)
    }

    @Test func countAndMergedFormats() throws {
        let count = try cat([xlsxFixture("openpyxl-types.xlsx"), "--all-sheets", "--format", "count"])
        #expect(count.output == "登记表\t6\t22\n隐藏\t1\t1\n深藏\t1\t1\n")
        let merged = try cat([xlsxFixture("openpyxl-types.xlsx"), "--format", "merged"])
        #expect(merged.output == "登记表\n\tA1:F1\n\tB4:B5\n")
    }

    @Test func unknownLanguageIsAUsageError() throws {
        let result = try cat([xlsxFixture("xlsxwriter-small.xlsx"), "--lang", "fr"])
        #expect(result.status == 2)
        #expect(result.errorOutput.hasPrefix("Error: The value 'fr' is invalid for '--lang <lang>'. Please provide one of 'zh' and 'en'."))
        #expect(result.output.isEmpty)
    }

    @Test func failureInsideASheetStillLeavesStdoutEmpty() throws {
        let result = try cat([xlsxFixture("hostile-malformed.xlsx"), "--all-sheets"])
        #expect(result.status == 3)
        #expect(result.output.isEmpty)
    }
}
