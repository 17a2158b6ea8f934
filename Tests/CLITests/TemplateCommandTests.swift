import Foundation
import Testing
import TestSupport

/// `zoufang template` as a process: the file, its refusals, and the workbook filled in by openpyxl and
/// saved by LibreOffice, read back by `zoufang check`.
@Suite struct TemplateCommandTests {
    static func scratch(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("template-cli-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/" + name
    }

    static func template(_ arguments: [String]) throws -> ProcessResult {
        try runProcess(Repository.zoufangExecutable, ["template"] + arguments)
    }

    @Test func writesRefusesToReplaceAndExplainsItself() throws {
        let path = try Self.scratch("走访登记表.xlsx")
        let written = try Self.template(["--hamlets", "大寨社,小河边社，新村社", "--rows", "20", "-o", path])
        #expect(written.status == 0)
        #expect(written.errorOutput == "已写出 \(path)：21 个栏目，20 行待填\n")
        let again = try Self.template(["-o", path, "--lang", "en"])
        #expect(again.status == 2)
        #expect(again.errorOutput == "\(path) exists: choose another name or add --force to replace it\n")
        let forced = try Self.template(["-o", path, "--force", "--lang", "en"])
        #expect(forced.status == 0)
        #expect(forced.errorOutput == "wrote \(path): 21 columns, 1000 rows to fill\n")

        let noRows = try Self.template(["--rows", "0", "-o", try Self.scratch("a.xlsx")])
        #expect(noRows.status == 2)
        #expect(noRows.errorOutput == "--rows 要在 1 到 100000 之间 / --rows must be from 1 to 100000\n")
        let csv = try Self.template(["-o", try Self.scratch("a.csv")])
        #expect(csv.status == 2)
        #expect(csv.errorOutput == "-o 要以 .xlsx 结尾 / -o must name an .xlsx file\n")

        let help = try Self.template(["--help"])
        #expect(help.output.contains("例 / example:  zoufang template --hamlets 大寨社,小河边社,新村社 -o 走访登记表.xlsx"))
        #expect(try runProcess(Repository.zoufangExecutable, ["--help"]).output.contains("\n  template "))
    }

    @Test func neverWritesOverItsSchema() throws {
        let schema = try Self.scratch("问卷.xlsx")
        #expect(try runProcess(Repository.zoufangExecutable, ["schema", "export", "-o", schema]).status == 0)
        let result = try Self.template(["--schema", schema, "-o", schema, "--force", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.errorOutput == "\(schema): the output would overwrite an input file: choose another output path\n")
        let fromSchema = try Self.template(["--schema", schema, "-o", try Self.scratch("登记表.xlsx"), "--rows", "3"])
        #expect(fromSchema.status == 0)
    }

    /// Types three households into the template the way a teacher would (an 18-digit ID as text, dates as
    /// dates), asserting every value typed in a dropdown column is one of its list's values and every number
    /// lies within its validation's bounds; warnings are errors, so openpyxl must load the file cleanly.
    static let fill = """
        import datetime, sys, warnings
        warnings.simplefilter("error")
        import openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        sheet = book["登记表"]
        column = {cell.value.lstrip("*"): cell.column_letter for cell in sheet[3]}
        rules = {str(v.sqref).split(":")[0][:-1]: v for v in sheet.data_validations.dataValidation}
        households = [
            {"自然社": "大寨社", "户主姓名": "李延苏", "户主身份证号": "530822198001010019", "联系电话": "13912345678",
             "贫困户类别": "建档立卡贫困户", "在校学生数": 2, "学生姓名": "李小明、李小红", "就读年级": "三年级、五年级",
             "住校生人数": 1, "有无辍学风险": "否", "发放一封信": "是", "发放明白卡": "是", "走访方式": "个别走访",
             "走访日期": datetime.date(2018, 7, 17), "走访人": "王丽华、张建国", "满意度": "满意"},
            {"自然社": "小河边社", "户主姓名": "张三", "户主身份证号": "53082219880315003X", "贫困户类别": "非贫困户",
             "在校学生数": 1, "发放一封信": "是", "发放明白卡": "否", "走访日期": datetime.date(2018, 7, 20),
             "走访人": "刘芳", "满意度": "基本满意", "意见建议": "希望多开展家长会"},
            {"自然社": "新村社", "户主姓名": "王五", "户主身份证号": "530822199006210049", "联系电话": "0879-1234567",
             "贫困户类别": "低保户", "在校学生数": 0, "发放一封信": "是", "发放明白卡": "是", "走访方式": "座谈交流",
             "走访日期": datetime.date(2018, 7, 22), "走访人": "赵文娟", "家庭困难": "住房困难，房屋漏雨"},
        ]
        for offset, household in enumerate(households):
            for heading, value in household.items():
                rule = rules[column[heading]]
                if rule.type == "list":
                    assert value in rule.formula1.strip('"').split(","), (heading, value)
                if rule.type == "whole":
                    assert int(rule.formula1) <= value <= int(rule.formula2), (heading, value)
                sheet[f"{column[heading]}{4 + offset}"] = value
        book.save(sys.argv[2])
        print(len(rules), sheet["E4"].number_format, sheet["P4"].number_format)
        """

    /// The template filled by openpyxl; nil when Python is not set up (and tools are not required).
    static func filledTemplate() throws -> String? {
        guard try ExternalTools.available(ExternalTools.python, named: "python with openpyxl"), let python = ExternalTools.python
        else { return nil }
        let blank = try Self.scratch("blank.xlsx")
        #expect(try Self.template(["--hamlets", "大寨社,小河边社,新村社", "--rows", "50", "-o", blank]).status == 0)
        let filled = (blank as NSString).deletingLastPathComponent + "/第一组.xlsx"
        let result = try runProcess(python, ["-c", fill, blank, filled])
        #expect(result.errorOutput == "")
        #expect(result.output == "21 @ yyyy-mm-dd\n")
        return filled
    }

    @Test func filledByOpenpyxlItChecksWithZeroIssues() throws {
        guard let filled = try Self.filledTemplate() else { return }
        let check = try runProcess(Repository.zoufangExecutable, ["check", filled, "--lang", "en"])
        #expect(check.status == 0)
        Self.expectCleanCheck(check.output)
    }

    /// The report of a filled template: three records, no problem, 说明 not read as data. (The file's own line
    /// is left out: a long temporary path wraps at 80 columns.)
    private static func expectCleanCheck(_ output: String) {
        #expect(output.hasPrefix("""
            Checked 1 file(s): 0 error(s), 0 warning(s).
            3 rows = 3 records + 0 blank + 0 skipped + 0 rejected
            Tables count 3 household(s), each once: its first copy in input order.

            """))
        #expect(output.hasSuffix("""
              登记表, header row 3: 3 rows = 3 records + 0 blank + 0 skipped + 0 rejected
              sheets not read: 说明

            """))
    }

    @Test func libreOfficeKeepsTheValidations() throws {
        guard let filled = try Self.filledTemplate(),
              try ExternalTools.available(ExternalTools.soffice, named: "LibreOffice (soffice)"), let soffice = ExternalTools.soffice
        else { return }
        let folder = (filled as NSString).deletingLastPathComponent + "/libreoffice"
        let converted = try runProcess(soffice, ["-env:UserInstallation=file://\(folder)/profile", "--headless",
                                                 "--convert-to", "xlsx", "--outdir", folder, filled])
        #expect(converted.status == 0)
        let saved = folder + "/第一组.xlsx"
        let sheet = try runProcess("/usr/bin/unzip", ["-p", saved, "xl/worksheets/sheet1.xml"]).output
        #expect(sheet.contains("<dataValidations count=\"21\">"))
        for rule in [
            #"sqref="C4:C53" type="list"><formula1>&quot;大寨社,小河边社,新村社&quot;</formula1>"#,
            #"sqref="G4:G53" type="list"><formula1>&quot;建档立卡贫困户,低保户,边缘户,非贫困户&quot;</formula1>"#,
            #"sqref="H4:H53" type="whole"><formula1>0</formula1><formula2>9</formula2>"#,
            #"errorStyle="warning" errorTitle="请核对" operator="equal" prompt="18 位身份证号，最后一位可以是 X。本列是文本格式，数字不会变成 4.2E+17。" promptTitle="户主身份证号" showDropDown="false" showErrorMessage="true" showInputMessage="true" sqref="E4:E53" type="textLength"><formula1>18</formula1>"#,
            #"sqref="P4:P53" type="date"><formula1>43298</formula1><formula2>43303</formula2>"#,
        ] {
            #expect(sheet.contains(rule), "\(rule)")
        }
        let check = try runProcess(Repository.zoufangExecutable, ["check", saved, "--lang", "en"])
        #expect(check.status == 0)
        Self.expectCleanCheck(check.output)
    }
}
