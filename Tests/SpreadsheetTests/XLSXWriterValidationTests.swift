import Foundation
import Testing
import TestSupport
@testable import Spreadsheet

/// Data validations: the exact `<dataValidations>` XML, its place among the worksheet's children, and
/// the validations Excel would refuse.
@Suite struct XLSXWriterValidationTests {
    private static func range(_ text: String) -> [CellRange] { [CellRange(text)!] }

    /// One validation of each rule and comparison, on a sheet with a merge and print setup around them.
    static let validations = [
        DataValidation(ranges: range("A2:A1001"), rule: .list(["是", "否"]),
                       inputMessage: .init(title: "是否", text: "从下拉列表中选择"),
                       errorMessage: .init(title: "输入有误", text: "只能填“是”或“否”")),
        DataValidation(ranges: range("B2:B1001"), rule: .listRange(sheet: "列表", range: CellRange("A1:A300")!)),
        DataValidation(ranges: range("C2:C1001"), rule: .whole(.between(0, 9))),
        DataValidation(ranges: range("D2:D1001"), rule: .decimal(.greaterThanOrEqual(0.5)), errorStyle: .information),
        DataValidation(ranges: range("E2:E1001"), rule: .date(.between(
            DateTime(year: 2018, month: 7, day: 17), DateTime(year: 2018, month: 7, day: 22))), errorStyle: .warning),
        DataValidation(ranges: range("F2:F1001"), rule: .textLength(.equal(18))),
        DataValidation(ranges: [CellRange("G2:G10")!, CellRange("I2:I10")!], rule: .whole(.notBetween(1, 2))),
        DataValidation(ranges: range("H2:H10"), rule: .decimal(.notEqual(3))),
        DataValidation(ranges: range("H11:H20"), rule: .decimal(.greaterThan(-1.25))),
        DataValidation(ranges: range("H21:H30"), rule: .textLength(.lessThan(5))),
        DataValidation(ranges: range("H31:H40"), rule: .whole(.lessThanOrEqual(100))),
        DataValidation(ranges: range("J2:J1001"), rule: .anyValue, inputMessage: .init(title: "备注", text: "A & B <c> \"d\"")),
        DataValidation(ranges: range("K2"), rule: .list(["say \"hi\"", "a&b"])),
    ]

    @Test func everyRuleAndComparisonInExcelsOrder() throws {
        let path = try scratchDirectory() + "/validations.xlsx"
        let writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet("登记表", layout: SheetLayout(
            mergedRanges: [CellRange("A1:B1")!], printSetup: PrintSetup(), dataValidations: Self.validations))
        try sheet.writeRow([.text("标题")])
        try writer.close()
        let xml = try zipPart(path, "xl/worksheets/sheet1.xml")
        #expect(xml.hasSuffix("""
            <mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><dataValidations count="13">\
            <dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="输入有误" \
            error="只能填“是”或“否”" promptTitle="是否" prompt="从下拉列表中选择" sqref="A2:A1001">\
            <formula1>"是,否"</formula1></dataValidation>\
            <dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="B2:B1001">\
            <formula1>'列表'!$A$1:$A$300</formula1></dataValidation>\
            <dataValidation type="whole" allowBlank="1" showErrorMessage="1" sqref="C2:C1001">\
            <formula1>0</formula1><formula2>9</formula2></dataValidation>\
            <dataValidation type="decimal" errorStyle="information" operator="greaterThanOrEqual" allowBlank="1" \
            showErrorMessage="1" sqref="D2:D1001"><formula1>0.5</formula1></dataValidation>\
            <dataValidation type="date" errorStyle="warning" allowBlank="1" showErrorMessage="1" sqref="E2:E1001">\
            <formula1>43298</formula1><formula2>43303</formula2></dataValidation>\
            <dataValidation type="textLength" operator="equal" allowBlank="1" showErrorMessage="1" sqref="F2:F1001">\
            <formula1>18</formula1></dataValidation>\
            <dataValidation type="whole" operator="notBetween" allowBlank="1" showErrorMessage="1" sqref="G2:G10 I2:I10">\
            <formula1>1</formula1><formula2>2</formula2></dataValidation>\
            <dataValidation type="decimal" operator="notEqual" allowBlank="1" showErrorMessage="1" sqref="H2:H10">\
            <formula1>3</formula1></dataValidation>\
            <dataValidation type="decimal" operator="greaterThan" allowBlank="1" showErrorMessage="1" sqref="H11:H20">\
            <formula1>-1.25</formula1></dataValidation>\
            <dataValidation type="textLength" operator="lessThan" allowBlank="1" showErrorMessage="1" sqref="H21:H30">\
            <formula1>5</formula1></dataValidation>\
            <dataValidation type="whole" operator="lessThanOrEqual" allowBlank="1" showErrorMessage="1" sqref="H31:H40">\
            <formula1>100</formula1></dataValidation>\
            <dataValidation allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="备注" \
            prompt="A &amp; B &lt;c&gt; &quot;d&quot;" sqref="J2:J1001"/>\
            <dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="K2">\
            <formula1>"say ""hi"",a&amp;b"</formula1></dataValidation></dataValidations>\
            <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>\
            <pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape"/></worksheet>
            """))
    }

    @Test func openpyxlReadsTheValidationsWithoutWarnings() throws {
        let path = try scratchDirectory() + "/validations.xlsx"
        let writer = try XLSXWriter(path: path)
        _ = try writer.addSheet("登记表", layout: SheetLayout(dataValidations: Self.validations))
        try writer.close()
        let script = """
            import sys, warnings
            warnings.simplefilter("error")
            import openpyxl
            sheet = openpyxl.load_workbook(sys.argv[1]).active
            for v in sheet.data_validations.dataValidation:
                print(v.type, v.operator, v.errorStyle, str(v.sqref), v.formula1, v.formula2, v.prompt)
            """
        guard try ExternalTools.available(ExternalTools.python, named: "python with openpyxl"), let python = ExternalTools.python
        else { return }
        let result = try runProcess(python, ["-c", script, path])
        #expect(result.errorOutput == "")
        #expect(result.output == """
            list None None A2:A1001 "是,否" None 从下拉列表中选择
            list None None B2:B1001 '列表'!$A$1:$A$300 None None
            whole None None C2:C1001 0 9 None
            decimal greaterThanOrEqual information D2:D1001 0.5 None None
            date None warning E2:E1001 43298 43303 None
            textLength equal None F2:F1001 18 None None
            whole notBetween None G2:G10 I2:I10 1 2 None
            decimal notEqual None H2:H10 3 None None
            decimal greaterThan None H11:H20 -1.25 None None
            textLength lessThan None H21:H30 5 None None
            whole lessThanOrEqual None H31:H40 100 None None
            None None None J2:J1001 None None A & B <c> "d"
            list None None K2 "say ""hi"",a&b" None None

            """)
    }

    @Test func validationsExcelWouldRefuseAreErrors() throws {
        let longList = (1...60).map { "第\($0)社" }
        #expect(!DataValidation.fitsInFormula(longList))
        #expect(DataValidation.fitsInFormula(Array(longList.prefix(40))))
        #expect(!DataValidation.fitsInFormula(["a,b"]))
        #expect(!DataValidation.fitsInFormula([]))
        let cases: [(DataValidation, String)] = [
            (DataValidation(ranges: Self.range("A1"), rule: .list(longList)),
             "a dropdown list is empty, holds a comma or is longer than 255 characters: put it on a sheet (listRange)"),
            (DataValidation(ranges: [], rule: .whole(.equal(1))), "a data validation has no cell range"),
            (DataValidation(ranges: Self.range("A1"), rule: .date(.greaterThan(DateTime(year: 1899, month: 12, day: 31)))),
             "a data validation's dates must lie in the years 1900 to 9999"),
            (DataValidation(ranges: Self.range("A1"), rule: .anyValue,
                            inputMessage: .init(title: String(repeating: "题", count: 33), text: "")),
             "the data validation message \"\(String(repeating: "题", count: 33))\" has a title over 32 or a text over 255 characters"),
        ]
        for (validation, message) in cases {
            let path = try scratchDirectory() + "/refused.xlsx"
            let writer = try XLSXWriter(path: path)
            #expect {
                _ = try writer.addSheet("登记表", layout: SheetLayout(dataValidations: [validation]))
            } throws: { error in
                (error as? SpreadsheetError)?.message.en == "sheet \"登记表\": " + message
            }
        }
    }
}
