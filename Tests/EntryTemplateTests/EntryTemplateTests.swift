import Foundation
import Testing
import TestSupport
import Questionnaire
import Spreadsheet
@testable import EntryTemplate

/// The workbook `EntryTemplate` writes, read back part by part as XML.
@Suite struct EntryTemplateTests {
    /// Writes the template and returns its path in a fresh scratch folder.
    static func write(_ template: EntryTemplate) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("template-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/走访登记表.xlsx"
        try template.write(to: path)
        return path
    }

    /// One part of the package, as `unzip -p` prints it.
    static func part(_ path: String, _ name: String) throws -> String {
        try runProcess("/usr/bin/unzip", ["-p", path, name]).output
    }

    /// The `<dataValidation …>` elements of a worksheet, one per line.
    static func validations(_ sheetXML: String) -> [String] {
        guard let start = sheetXML.range(of: "<dataValidations"), let end = sheetXML.range(of: "</dataValidations>") else { return [] }
        return sheetXML[start.upperBound..<end.lowerBound].components(separatedBy: "<dataValidation ").dropFirst()
            .map { "<dataValidation " + $0 }
    }

    @Test func builtInSchemaWithHamlets() throws {
        let path = try Self.write(EntryTemplate(schema: try Schema.builtIn(), hamlets: ["大寨社", "小河边社", "新村社"], rows: 5))
        #expect(try Self.part(path, "xl/workbook.xml").contains("""
            <sheets><sheet name="登记表" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" r:id="rId2"/></sheets>\
            <definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'登记表'!$3:$3</definedName></definedNames>
            """))
        let sheet = try Self.part(path, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("""
            <sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:U8"/><sheetViews><sheetView tabSelected="1" \
            workbookViewId="0"><pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>
            """))
        #expect(sheet.contains("<mergeCells count=\"2\"><mergeCell ref=\"A1:U1\"/><mergeCell ref=\"A2:U2\"/></mergeCells>"))
        #expect(sheet.hasSuffix("""
            <pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape"/></worksheet>
            """))
        // Row 8 is the last pre-formatted row: C (hamlet), E (ID) and F (phone) are text, P (date) a date.
        #expect(sheet.contains("""
            <row r="8"><c r="A8" s="5"/><c r="B8" s="5"/><c r="C8" s="6"/><c r="D8" s="5"/><c r="E8" s="6"/><c r="F8" s="6"/>
            """))
        #expect(sheet.contains("<c r=\"P8\" s=\"7\"/>"))
        let styles = try Self.part(path, "xl/styles.xml")
        #expect(styles.contains("<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"))
        #expect(styles.contains("""
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/>\
            <xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>\
            <xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
            """))
        let validations = Self.validations(sheet)
        #expect(validations.count == 21)
        #expect(validations[0] == """
            <dataValidation allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="问卷编号" prompt="填文字。" sqref="A4:A8"/>
            """)
        #expect(validations[2] == """
            <dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="输入有误" \
            error="“自然社”只能填下拉列表中的一项。" promptTitle="自然社" prompt="必填。从下拉列表中选择：大寨社、小河边社、新村社。" \
            sqref="C4:C8"><formula1>"大寨社,小河边社,新村社"</formula1></dataValidation>
            """)
        #expect(validations[4] == """
            <dataValidation type="textLength" errorStyle="warning" operator="equal" allowBlank="1" showInputMessage="1" \
            showErrorMessage="1" errorTitle="请核对" error="“户主身份证号”不是 18 位。15 位的旧身份证号可以点“是”保留，其他请核对后重填。" \
            promptTitle="户主身份证号" prompt="18 位身份证号，最后一位可以是 X。本列是文本格式，数字不会变成 4.2E+17。" \
            sqref="E4:E8"><formula1>18</formula1></dataValidation>
            """)
        #expect(validations[6] == """
            <dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="输入有误" \
            error="“贫困户类别”只能填下拉列表中的一项。" promptTitle="贫困户类别" \
            prompt="必填。从下拉列表中选择：建档立卡贫困户、低保户、边缘户、非贫困户。" sqref="G4:G8">\
            <formula1>"建档立卡贫困户,低保户,边缘户,非贫困户"</formula1></dataValidation>
            """)
        #expect(validations[7] == """
            <dataValidation type="whole" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="输入有误" \
            error="“在校学生数”要填 0 到 9 之间的整数。" promptTitle="在校学生数" prompt="必填。填 0 到 9 之间的整数。" \
            sqref="H4:H8"><formula1>0</formula1><formula2>9</formula2></dataValidation>
            """)
        #expect(validations[12] == """
            <dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="输入有误" \
            error="“发放一封信”只能填下拉列表中的一项。" promptTitle="发放一封信" prompt="必填。从下拉列表中选择：是、否。" \
            sqref="M4:M8"><formula1>"是,否"</formula1></dataValidation>
            """)
        #expect(validations[15] == """
            <dataValidation type="date" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" \
            errorTitle="请核对" error="“走访日期”不在走访时间 2018-07-17 至 2018-07-22 之内。确实如此请点“是”保留。" \
            promptTitle="走访日期" prompt="必填。填日期，如 2018-07-17。走访时间为 2018-07-17 至 2018-07-22。" sqref="P4:P8">\
            <formula1>43298</formula1><formula2>43303</formula2></dataValidation>
            """)
    }

    @Test func headerAndTitleRows() throws {
        let path = try Self.write(EntryTemplate(schema: try Schema.builtIn(), rows: 1))
        let strings = try Self.part(path, "xl/sharedStrings.xml")
        #expect(strings.contains("""
            <si><t>大走访、大调研、大服务 走访登记表</t></si>\
            <si><t>学校：思茅五小　　行政村：箐门口村　　走访时间：2018-07-17 至 2018-07-22　　带 * 的栏目必填</t></si>\
            <si><t>问卷编号</t></si><si><t>行政村</t></si><si><t>*自然社</t></si><si><t>*户主姓名</t></si>
            """))
        // Without hamlets the hamlet column takes any text: only its input message.
        #expect(Self.validations(try Self.part(path, "xl/worksheets/sheet1.xml"))[2] == """
            <dataValidation allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="自然社" \
            prompt="必填。填文字。" sqref="C4"/>
            """)
    }
}
