import Foundation
import Testing
import TestSupport
import Questionnaire
import Spreadsheet
@testable import EntryTemplate

/// Lists longer than Excel's 255 characters, bounds from the schema, and the English template.
@Suite struct ListSheetTests {
    /// 60 hamlets (第1社 … 第60社): 359 characters joined, too long for a validation's formula.
    static let manyHamlets = (1...60).map { "第\($0)社" }

    /// A small questionnaire using the types the built-in one does not: bounded decimal, unbounded integer,
    /// a date with min and max, select_multiple, and a choice list as long as the hamlets.
    static var schema: Schema {
        let long = ChoiceList(name: "village", choices: manyHamlets.enumerated().map { Choice(code: "v\($0)", label: $1) })
        let crops = ChoiceList(name: "crops", choices: [Choice(code: "rice", label: "水稻", labels: ["en": "rice"]),
                                                        Choice(code: "tea", label: "茶叶", labels: ["en": "tea"])])
        return Schema(
            fields: [
                Field(id: "hamlet", type: .text, label: "自然社", labels: ["en": "Hamlet"], required: true),
                Field(id: "home", type: .selectOne(list: "village"), label: "户籍村", labels: ["en": "Home village"]),
                Field(id: "area", type: .decimal, label: "耕地亩数", labels: ["en": "Farmland"], min: "0.5"),
                Field(id: "pigs", type: .integer, label: "养猪头数", labels: ["en": "Pigs"]),
                Field(id: "moved", type: .date, label: "搬迁日期", labels: ["en": "Moved on"], min: "2016-01-01", max: "2020-12-31"),
                Field(id: "crops", type: .selectMultiple(list: "crops"), label: "种植", labels: ["en": "Crops"]),
            ],
            choiceLists: ["village": long, "crops": crops],
            settings: Settings(formTitle: "易地搬迁户登记", sheetField: "hamlet"))
    }

    @Test func longListsShareOneColumnOfTheHiddenListSheet() throws {
        let path = try EntryTemplateTests.write(EntryTemplate(schema: Self.schema, hamlets: Self.manyHamlets, rows: 10))
        #expect(try EntryTemplateTests.part(path, "xl/workbook.xml").contains("""
            <sheets><sheet name="登记表" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" r:id="rId2"/>\
            <sheet name="列表" sheetId="3" state="hidden" r:id="rId3"/></sheets>
            """))
        let validations = EntryTemplateTests.validations(try EntryTemplateTests.part(path, "xl/worksheets/sheet1.xml"))
        #expect(validations[0] == """
            <dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="输入有误" \
            error="“自然社”只能填下拉列表中的一项。" promptTitle="自然社" prompt="必填。从下拉列表中选择（共 60 项，见“说明”表）。" \
            sqref="A4:A13"><formula1>'列表'!$A$1:$A$60</formula1></dataValidation>
            """)
        #expect(validations[1].hasSuffix("sqref=\"B4:B13\"><formula1>'列表'!$A$1:$A$60</formula1></dataValidation>"))
        #expect(validations[2] == """
            <dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" showInputMessage="1" \
            showErrorMessage="1" errorTitle="输入有误" error="“耕地亩数”要填不小于 0.5 的数。" promptTitle="耕地亩数" \
            prompt="填不小于 0.5 的数。" sqref="C4:C13"><formula1>0.5</formula1></dataValidation>
            """)
        #expect(validations[3] == """
            <dataValidation type="whole" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="输入有误" \
            error="“养猪头数”要填整数。" promptTitle="养猪头数" prompt="填整数。" sqref="D4:D13">\
            <formula1>-1000000000</formula1><formula2>1000000000</formula2></dataValidation>
            """)
        #expect(validations[4] == """
            <dataValidation type="date" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="输入有误" \
            error="“搬迁日期”要在 2016-01-01 至 2020-12-31 之间。" promptTitle="搬迁日期" \
            prompt="填日期，如 2016-01-01。日期要在 2016-01-01 至 2020-12-31 之间。" sqref="E4:E13">\
            <formula1>42370</formula1><formula2>44196</formula2></dataValidation>
            """)
        #expect(validations[5] == """
            <dataValidation allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="种植" \
            prompt="可填多项，用“、”隔开：水稻、茶叶。" sqref="F4:F13"/>
            """)
        let lists = try EntryTemplateTests.part(path, "xl/worksheets/sheet3.xml")
        #expect(lists.contains("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>"))
        #expect(lists.contains("<row r=\"60\"><c r=\"A60\" t=\"s\"><v>"))
        #expect(!lists.contains("<row r=\"61\""))
        #expect(!lists.contains("r=\"B1\""))
    }

    @Test func englishTemplate() throws {
        let path = try EntryTemplateTests.write(EntryTemplate(schema: Self.schema, hamlets: ["Upper", "Lower"], rows: 2, language: .en))
        #expect(try EntryTemplateTests.part(path, "xl/workbook.xml").contains("""
            <sheets><sheet name="Visits" sheetId="1" r:id="rId1"/><sheet name="Instructions" sheetId="2" r:id="rId2"/>\
            <sheet name="Lists" sheetId="3" state="hidden" r:id="rId3"/></sheets>
            """))
        let validations = EntryTemplateTests.validations(try EntryTemplateTests.part(path, "xl/worksheets/sheet1.xml"))
        #expect(validations[0] == """
            <dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Not allowed" \
            error="Hamlet: must be one of the values in the dropdown list." promptTitle="Hamlet" \
            prompt="Required. Choose from the list: Upper, Lower." sqref="A4:A5"><formula1>"Upper,Lower"</formula1></dataValidation>
            """)
        let strings = try EntryTemplateTests.part(path, "xl/sharedStrings.xml")
        #expect(strings.contains("<si><t>Column A: Hamlet</t></si><si><t>yes</t></si>"))
    }

    @Test func instructionsListEveryFieldWithItsColumn() throws {
        let path = try EntryTemplateTests.write(EntryTemplate(schema: try Schema.builtIn(), hamlets: ["大寨社", "小河边社"], rows: 3))
        let strings = try EntryTemplateTests.part(path, "xl/sharedStrings.xml")
        #expect(strings.contains("""
            <si><t>栏目</t></si><si><t>必填</t></si><si><t>填写要求</t></si><si><t>可选的值</t></si><si><t>示例</t></si>\
            <si><t>A 列：问卷编号</t></si>
            """))
        #expect(strings.contains("""
            <si><t>E 列：户主身份证号</t></si><si><t>18 位身份证号，最后一位可以是 X。本列是文本格式，数字不会变成 4.2E+17。</t></si>\
            <si><t>530822198001010019</t></si>
            """))
    }

    /// What a careless schema may hold: an empty choice list, dates Excel cannot hold, a label over 32 characters.
    @Test func oddSchemasStillGiveAWorkbookExcelTakes() throws {
        let longLabel = String(repeating: "很长的栏目名", count: 7)
        let schema = Schema(
            fields: [
                Field(id: "kind", type: .selectOne(list: "empty"), label: "类别"),
                Field(id: "born", type: .date, label: "出生日期", min: "1800-01-01"),
                Field(id: "note", type: .text, label: longLabel),
            ],
            choiceLists: ["empty": ChoiceList(name: "empty", choices: [])],
            settings: Settings(windowStart: DateTime(year: 1899, month: 1, day: 1), windowEnd: DateTime(year: 1899, month: 2, day: 1)))
        let path = try EntryTemplateTests.write(EntryTemplate(schema: schema, rows: 2))
        let validations = EntryTemplateTests.validations(try EntryTemplateTests.part(path, "xl/worksheets/sheet1.xml"))
        #expect(validations[0] == """
            <dataValidation allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="类别" prompt="填文字。" sqref="A4:A5"/>
            """)
        #expect(validations[1] == """
            <dataValidation type="date" operator="greaterThanOrEqual" allowBlank="1" showInputMessage="1" showErrorMessage="1" \
            errorTitle="输入有误" error="“出生日期”要在 1900-01-01 至 … 之间。" promptTitle="出生日期" \
            prompt="填日期，如 1900-01-01。日期要在 1900-01-01 至 … 之间。" sqref="B4:B5"><formula1>1</formula1></dataValidation>
            """)
        #expect(validations[2] == """
            <dataValidation allowBlank="1" showInputMessage="1" showErrorMessage="1" \
            promptTitle="\(String(longLabel.prefix(31)))…" prompt="填文字。" sqref="C4:C5"/>
            """)
    }
}
