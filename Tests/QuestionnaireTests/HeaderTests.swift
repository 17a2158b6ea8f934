import Testing
import Spreadsheet
@testable import Questionnaire

@Suite struct HeaderTests {
    @Test func titleRowsAboveTheHeader() {
        let result = read([sheet([
            ["箐门口村大走访登记表"],
            ["学校：思茅五小", "", "", "日期：2018年7月"],
            [],
            standardHeader,
            household(1),
        ], merged: ["A1:I1"])])
        #expect(result.issueLines == [])
        #expect(result.records.count == 1)
        #expect(result.records[0].source == RecordSource(file: "a.xlsx", sheet: "Sheet1", row: 5))
        #expect(result.account.sheets[0].headerRow == 4)
        #expect(result.account.sheets[0].rows == 1)
    }

    @Test func headerMustBeWithinTheFirst20Rows() {
        let titles = (1...20).map { ["说明第\($0)行"] }
        let result = read([sheet(titles + [standardHeader, household(1)])])
        #expect(result.records.isEmpty)
        #expect(result.account.skippedSheets == ["Sheet1"])
        #expect(result.issueLines == ["no-header Sheet1 "])
    }

    @Test func twoLevelHeaderWithAMergedParent() {
        // 发放资料 is merged over 一封信 and 明白卡; the single-row headings are merged down over two rows.
        let result = read([sheet([
            ["序号", "自然社", "户主姓名", "贫困户类别", "在校学生数", "发放资料", "", "走访日期", "走访人"],
            ["", "", "", "", "", "一封信", "明白卡"],
            ["1", "上社", "李延苏", "非贫困户", "2", "是", "否", "2018-07-17", "王老师"],
        ], merged: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:G1", "H1:H2", "I1:I2"])])
        #expect(result.issueLines == [])
        #expect(result.account.sheets[0].headerRow == 2)
        #expect(result.value("letter_given") == .boolean(true))
        #expect(result.value("card_given") == .boolean(false))
        #expect(result.records[0].columns[builtIn.fieldIndex("card_given")!] == 7)
    }

    @Test func twoLevelHeadingMatchedAsParentPlusChild() {
        // 住校生 over 人数 only means something together: 住校生人数. Unmerged single headings above empty cells.
        let result = read([sheet([
            ["自然社", "户主姓名", "贫困户类别", "学生", "", "住校生"],
            ["", "", "", "人数", "姓名", "人数"],
            ["上社", "李延苏", "非贫困户", "2", "李明、李华", "1"],
        ], merged: ["D1:E1"])])
        #expect(result.account.sheets[0].headerRow == 2)
        #expect(result.value("students") == .integer(2))
        #expect(result.value("student_names") == .list(["李明", "李华"]))
        #expect(result.value("boarders") == .integer(1))
        #expect(result.issueLines == ["missing-column Sheet1 letter_given", "missing-column Sheet1 card_given",
                                      "missing-column Sheet1 visit_date", "missing-column Sheet1 visitors"])
    }

    @Test(arguments: [
        "户主姓名", "户主姓名（必填）", "户主姓名(必填)", "*户主姓名", "户主姓名*", "户主姓名：", "户主姓名:", " 户主 姓名 ",
        "户主\n姓名", "户主姓名\u{3000}", "户主", "家长姓名", "监护人姓名", "head_name", "Head of household",
    ])
    func headingNormalisation(heading: String) {
        let header = ["自然社", heading, "贫困户类别"]
        let result = read([sheet([header, ["上社", "李延苏", "低保户"]])])
        #expect(result.value("head_name") == .text("李延苏"))
    }

    @Test func fullWidthHeadings() {
        #expect(HeadingKey.make("ＩＤ（选填）") == "id")
        #expect(HeadingKey.make("（备注）") == "(备注)")
    }

    @Test func unknownHeadingsAreKeptAsExtraColumns() {
        let result = read([sheet([standardHeader + ["备注", "联系人关系"], household(1) + ["外出务工", ""]])])
        #expect(result.issueLines == ["unknown-header J1 ", "unknown-header K1 "])
        #expect(result.issues[0].value == "备注")
        #expect(result.issues[0].severity == .warning)
        #expect(result.issues[0].message.zh == "栏目“备注”不是问卷中的项目，原样保留为附加列")
        #expect(result.records[0].extras == ["外出务工", nil])
        #expect(result.records[0].extraHeadings == ["备注", "联系人关系"])
    }

    @Test func valuesInAColumnWithoutHeadingAreReportedOnce() throws {
        let result = read([sheet([standardHeader + ["", "备注"], household(1) + ["", "", "错列"], household(2) + ["x"]])])
        #expect(result.issueLines == ["unknown-header K1 ", "unknown-header L1 ", "unknown-header J1 "])
        let issue = try #require(result.issues.last)
        #expect(issue.value == "x")
        #expect(issue.message.zh == "J 列没有栏目名称，其中的值（如 J3 的“x”）没有读入：请补上栏目名称，或检查是否错了列")
        #expect(result.records.count == 2)
    }

    @Test func duplicateHeadingsUseTheLeftColumn() {
        let result = read([sheet([standardHeader + ["户主"], household(1) + ["张三"]])])
        #expect(result.issueLines == ["duplicate-header J1 head_name"])
        #expect(result.issues[0].message.zh == "“户主”和左边的“户主姓名”都是户主姓名，只读左边那一列；这一列作为附加列保留")
        #expect(result.value("head_name") == .text("李延苏"))
        #expect(result.records[0].extras == ["张三"])
    }

    @Test func missingRequiredColumns() {
        let result = read([sheet([["自然社", "户主姓名", "贫困户类别", "在校学生数"], ["上社", "李延苏", "低保户", "1"]])])
        #expect(result.issueLines == [
            "missing-column Sheet1 letter_given", "missing-column Sheet1 card_given",
            "missing-column Sheet1 visit_date", "missing-column Sheet1 visitors",
        ])
        #expect(result.issues[0].message.zh == "缺少必填的“发放一封信”一列：请加上这一列")
        #expect(result.records.count == 1)
    }

    @Test func aMissingPlacingColumnRejectsEveryRow() {
        let result = read([sheet([["自然社", "户主姓名", "在校学生数"], ["上社", "李延苏", "1"], ["上社", "张三", "2"]])])
        #expect(result.issueLines.first == "missing-column Sheet1 poverty")
        #expect(result.issues[0].message.zh == "缺少必填的“贫困户类别”一列，各行无法归入汇总表：请加上这一列")
        #expect(result.records.isEmpty)
        #expect(result.account.sheets[0] == SheetAccount(sheet: "Sheet1", headerRow: 1, rows: 2, rejectedRows: 2))
    }

    @Test func tooFewHeadingsIsNoHeader() throws {
        let result = read([sheet([["自然社", "户主姓名", "金额"], ["上社", "李延苏", "100"]])])
        #expect(result.issueLines == ["no-header Sheet1 "])
        let issue = try #require(result.issues.first)
        #expect(issue.location == SourceLocation(file: "a.xlsx", sheet: "Sheet1"))
        #expect(issue.message.zh == "工作表“Sheet1”前 20 行找不到表头：只认出 2 个栏目（自然社、户主姓名），至少要 3 个。请检查栏目名称，表头要在前 20 行内")
        #expect(result.account.sheets == [SheetAccount(sheet: "Sheet1")])
        #expect(result.account.skippedSheets == [])
    }

    @Test func serialColumnIsRecognised() {
        let result = read([sheet([standardHeader, household(1), household(2, "上社", "张三")])])
        #expect(result.issueLines == [])
        #expect(result.records[1].extras == [])
    }

    @Test func numberingColumnCountingRowsIsASerial() {
        var header = standardHeader
        header[0] = "编号"
        let result = read([sheet([header, ["1"], household(2), household(3, "上社", "张三"), ["4"]])])
        #expect(result.issueLines == [])
        #expect(result.value("form_no") == nil)
        #expect(result.account.sheets[0] == SheetAccount(sheet: "Sheet1", headerRow: 1, rows: 4, records: 2, blankRows: 2))
    }

    @Test func numberingColumnWithFormNumbersIsTheFormNumber() {
        var header = standardHeader
        header[0] = "编号"
        var row = household(1)
        row[0] = "2018-031"
        let result = read([sheet([header, row])])
        #expect(result.value("form_no") == .text("2018-031"))
    }
}
