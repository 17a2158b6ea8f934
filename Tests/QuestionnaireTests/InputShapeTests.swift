import Testing
import Spreadsheet
@testable import Questionnaire

@Suite struct InputShapeTests {
    @Test func mergedDataCellsFillTheirRange() {
        // The hamlet is merged down B2:B4 over three households; row 3 is otherwise empty only in the file.
        let result = read([sheet([
            standardHeader,
            household(1, "上社", "李延苏"),
            household(2, "", "张三"),
            household(3, "", "王五"),
            household(4, "下社", "赵六"),
        ], merged: ["B2:B4"])])
        #expect(result.issueLines == [])
        #expect(result.records.map { $0.values[builtIn.fieldIndex("hamlet")!] }
            == [.text("上社"), .text("上社"), .text("上社"), .text("下社")])
    }

    @Test func aHugeMergedRangeFillsOnlyTheColumnsRead() {
        let result = read([sheet([standardHeader, household(1), household(2, "", "张三")], merged: ["B2:XFD1048576"])])
        #expect(result.records.map { $0.values[builtIn.fieldIndex("hamlet")!] } == [.text("上社"), .text("上社")])
        #expect(result.issueLines == [])
    }

    @Test func aMergedRangeWhoseTopRowIsEmptyFillsNothing() {
        let result = read([sheet([standardHeader, [], household(2, "", "张三")], merged: ["B2:B3"])])
        #expect(result.records.isEmpty)
        #expect(result.issueLines == ["missing-value B3 hamlet"])
    }

    @Test func severalSheets() {
        let result = read([
            sheet([["填表说明"], ["1. 每户一行"], ["2. 日期写成 2018-07-17"]], name: "说明"),
            sheet([standardHeader, household(1)], name: "上社"),
            sheet([standardHeader, household(1, "下社", "张三")], name: "旧表", visibility: .hidden),
            sheet([standardHeader, household(1, "下社", "王五")], name: "下社"),
            sheet([["自然社", "户主姓名"], ["下社", "赵六"]], name: "草稿"),
        ])
        #expect(result.records.map(\.source.sheet) == ["上社", "下社"])
        #expect(result.account.skippedSheets == ["说明", "旧表"])
        #expect(result.account.sheets.map(\.sheet) == ["上社", "下社", "草稿"])
        #expect(result.issueLines == ["no-header 草稿 "])
    }

    @Test func veryHiddenSheetsAreSkippedToo() {
        let result = read([sheet([standardHeader, household(1)], name: "x", visibility: .veryHidden), sheet([standardHeader, household(1)])])
        #expect(result.account.skippedSheets == ["x"])
        #expect(result.records.count == 1)
    }

    @Test func aWorkbookWithOnlyHiddenSheets() {
        let result = read([sheet([standardHeader, household(1)], visibility: .hidden)])
        #expect(result.records.isEmpty)
        #expect(result.issues.map(\.code) == [.noHeader])
        #expect(result.issues[0].location == SourceLocation(file: "a.xlsx"))
        #expect(result.issues[0].message.zh == "工作簿里的工作表全部隐藏了：请在 Excel/WPS 中取消隐藏登记表")
    }

    @Test func theSheetNameIsTheHamletWhenThereIsNoHamletColumn() {
        let header = standardHeader.filter { $0 != "自然社" }
        var row = household(1)
        row.remove(at: 1)
        let result = read([sheet([header, row], name: " 上社 ")])
        #expect(result.issueLines == [])
        #expect(result.value("hamlet") == .text("上社"))
        #expect(result.records[0].columns[builtIn.fieldIndex("hamlet")!] == nil)
    }

    @Test func aDefaultSheetNameIsNoHamlet() {
        let header = standardHeader.filter { $0 != "自然社" }
        var row = household(1)
        row.remove(at: 1)
        let result = read([sheet([header, row], name: "Sheet1")])
        #expect(result.issueLines == ["missing-column Sheet1 hamlet"])
        #expect(result.records.isEmpty)
        #expect(result.account.sheets[0].rejectedRows == 1)
        #expect(DefaultSheetName.matches("工作表2") && DefaultSheetName.matches("sheet") && !DefaultSheetName.matches("上社1组"))
    }

    @Test func totalAndSignatureRowsAreSkippedAndCounted() {
        let result = read([sheet([
            ["箐门口村走访登记表"],
            standardHeader,
            household(1, students: "2"),
            household(2, "上社", "张三", students: "3"),
            ["小计", "", "", "", "5", "2"],
            household(3, "下社", "王五", students: "1"),
            ["合计", "", "", "", "6", "3", "3"],
            [],
            ["填表人：王老师", "", "", "审核人：李校长"],
            ["填报日期：2018年7月22日"],
        ])])
        #expect(result.issueLines == [])
        #expect(result.account.sheets == [SheetAccount(sheet: "Sheet1", headerRow: 2, rows: 8, records: 3, blankRows: 1, skippedRows: 4)])
    }

    @Test func totalRowDisagreeingWithTheRecordsIsATotalMismatch() throws {
        let result = read([sheet([
            standardHeader,
            household(1, students: "2"),
            household(2, "上社", "张三", students: "3"),
            ["总计", "", "", "", "6人", "2", "1"],
        ])])
        #expect(result.issueLines == ["total-mismatch E4 students", "total-mismatch G4 card_given"])
        let issue = try #require(result.issues.first)
        #expect(issue.value == "6人")
        #expect(issue.severity == .warning)
        #expect(issue.message.zh == "合计行的在校学生数为 6人，但上面各户加起来是 5，请核对")
        #expect(result.account.sheets[0].skippedRows == 1)
    }

    @Test func subtotalsCompareWithTheirOwnGroup() {
        let result = read([sheet([
            standardHeader,
            household(1, students: "2"),
            ["小计", "", "", "", "2"],
            household(2, "下社", "张三", students: "3"),
            ["小计", "", "", "", "4"],
            ["合计", "", "", "", "5"],
        ])])
        #expect(result.issueLines == ["total-mismatch E5 students"])
        #expect(result.issues[0].message.zh == "小计行的在校学生数为 4，但上面各户加起来是 3，请核对")
    }

    @Test func aHeaderRepeatedForTheNextPrintedPageIsSkipped() {
        let result = read([sheet([standardHeader, household(1), standardHeader, household(2, "上社", "张三")])])
        #expect(result.issueLines == [])
        #expect(result.records.map(\.source.row) == [2, 4])
        #expect(result.account.sheets[0].skippedRows == 1)
    }

    @Test func blankRowsInsideTheDataAreCounted() {
        // Row 3 is empty; row 5 holds only whitespace; row 6 only a pre-printed serial number; row 7 only spaces.
        let result = read([sheet([
            standardHeader, household(1), [], household(2, "上社", "张三"), ["", " ", "\u{3000}"], ["5"], [" "],
        ])])
        #expect(result.issueLines == [])
        #expect(result.account.sheets[0] == SheetAccount(sheet: "Sheet1", headerRow: 1, rows: 5, records: 2, blankRows: 3))
    }

    @Test func rowsThatCannotBePlacedAreRejectedWithAnError() {
        let result = read([sheet([
            standardHeader,
            household(1, "", "李延苏"),
            household(2, "上社", "张三", poverty: "富裕户"),
            household(3, "上社", ""),
            household(4, "上社", "王五", poverty: ""),
            household(5, "上社", "赵六", students: "几个"),
        ])])
        #expect(result.issueLines == [
            "missing-value B2 hamlet",
            "constraint-error D3 poverty",
            "missing-value C4 head_name",
            "missing-value D5 poverty",
            "type-error E6 students",
        ])
        #expect(result.issues[0].message.zh == "自然社为空：这一行无法归入汇总表，没有计入汇总")
        #expect(result.issues[2].message.zh == "户主姓名为空，也没有有效的身份证号：认不出是哪一户，这一行没有计入汇总")
        #expect(result.records.map(\.source.row) == [6])
        #expect(result.records[0].invalidFields == [builtIn.fieldIndex("students")!])
        #expect(result.account.sheets[0] == SheetAccount(sheet: "Sheet1", headerRow: 1, rows: 5, records: 1, rejectedRows: 4))
    }

    @Test func anEmptyRequiredCellIsAMissingValueOnAKeptRecord() throws {
        var row = household(1)
        row[7] = ""
        row[5] = "\u{3000}"
        let result = read([sheet([standardHeader, row])])
        #expect(result.issueLines == ["missing-value F2 letter_given", "missing-value H2 visit_date"])
        #expect(result.issues[1].message.zh == "走访日期为空：这是必填项，请照纸质问卷补上")
        #expect(result.issues[1].message.en == "Visit date is empty: it is required, fill it in from the paper form")
        #expect(result.issues[1].value == nil)
        #expect(result.records.count == 1)
    }

    @Test func messagesNameTheColumnAsTheTeacherHeadedIt() {
        let result = read([sheet([["自然社", "户主", "贫困户类别", "子女就读人数（人）"], ["上社", "李延苏", "低保户", ""]])])
        #expect(result.issues.first { $0.code == .missingValue }?.message.zh == "子女就读人数（人）为空：这是必填项，请照纸质问卷补上")
        #expect(result.issues.first { $0.code == .missingValue }?.message.en == "Students in school is empty: it is required, fill it in from the paper form")
    }

    @Test func aValidIDCardIdentifiesAHouseholdWithoutAName() {
        let header = ["自然社", "户主姓名", "身份证号", "贫困户类别"]
        let result = read([sheet([
            header, ["上社", "", "532701198001011235", "低保户"], ["上社", "", "532701198001011234", "低保户"],
        ])])
        #expect(result.records.map(\.source.row) == [2])
        #expect(result.issueLines.contains("constraint-error C3 head_id"))
        #expect(result.issueLines.contains("missing-value B3 head_name"))
        #expect(result.account.sheets[0].rejectedRows == 1)
    }

    @Test func recordsKeepProvenanceAndColumns() {
        let result = read([sheet([["标题"], standardHeader, household(1)], name: "上社")], file: "returns/第一组.xlsx")
        let record = result.records[0]
        #expect(record.source == RecordSource(file: "returns/第一组.xlsx", sheet: "上社", row: 3))
        #expect(record.location(ofField: builtIn.fieldIndex("head_name")!).cell == "C3")
        #expect(record.columns[builtIn.fieldIndex("phone")!] == nil)
    }

    @Test func accountingHoldsOnEverySheet() {
        let result = read([sheet([
            ["标题"], standardHeader, household(1), [], household(2, "", ""), ["合计", "", "", "", "2"], ["备注：无"],
        ])])
        for account in result.account.sheets { #expect(account.balances) }
        #expect(result.account.sheets[0] == SheetAccount(sheet: "Sheet1", headerRow: 2, rows: 5, records: 1, blankRows: 1, skippedRows: 2, rejectedRows: 1))
    }
}
