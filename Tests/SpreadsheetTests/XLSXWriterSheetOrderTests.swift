import Foundation
import Testing
import TestSupport
@testable import Spreadsheet

/// A sheet written first but listed last: workbook.xml, the selected tab and the defined names follow the
/// listing order, not the writing order.
@Suite struct XLSXWriterSheetOrderTests {
    /// 明细 is streamed first (as `zoufang run` does while reading), 汇总表 and 问题清单 are written after it.
    private func writeListingFirst(to path: String, hideSummary: Bool = false) throws {
        let writer = try XLSXWriter(path: path)
        let records = try writer.addSheet("明细", layout: SheetLayout(printSetup: PrintSetup(repeatedRows: 1...1)), listedLast: true)
        for row in 1...3 { try records.writeRow([.text("第\(row)行"), .number(Double(row))]) }
        records.autoFilter = CellRange(first: CellAddress(row: 1, column: 1), last: CellAddress(row: 3, column: 2))
        let summary = try writer.addSheet("汇总表", layout: SheetLayout(hidden: hideSummary))
        try summary.writeRow([.text("合计"), .number(3)])
        let issues = try writer.addSheet("问题清单")
        try issues.writeRow([.text("没有问题")])
        try writer.close()
    }

    @Test func sheetWrittenFirstIsListedLast() throws {
        let path = try scratchDirectory() + "/order.xlsx"
        try writeListingFirst(to: path)
        #expect(try zipPart(path, "xl/workbook.xml") == """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <workbookPr/><bookViews><workbookView/></bookViews><sheets>\
            <sheet name="汇总表" sheetId="1" r:id="rId1"/>\
            <sheet name="问题清单" sheetId="2" r:id="rId2"/>\
            <sheet name="明细" sheetId="3" r:id="rId3"/></sheets><definedNames>\
            <definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">'明细'!$A$1:$B$3</definedName>\
            <definedName name="_xlnm.Print_Titles" localSheetId="2">'明细'!$1:$1</definedName>\
            </definedNames></workbook>
            """)
        #expect(try zipPart(path, "xl/worksheets/sheet1.xml").contains("<sheetView tabSelected=\"1\" workbookViewId=\"0\"/>"))
        #expect(try zipPart(path, "xl/worksheets/sheet3.xml").contains("<sheetView workbookViewId=\"0\"/>"))
        let reader = try XLSXReader(path: path)
        #expect(reader.sheets.map(\.name) == ["汇总表", "问题清单", "明细"])
        var rows: [[CellValue]] = []
        try reader.forEachRow(sheet: 2) { rows.append($0.cells) }
        #expect(rows == [[.text("第1行"), .number(1)], [.text("第2行"), .number(2)], [.text("第3行"), .number(3)]])
    }

    @Test func firstVisibleListedSheetIsTheActiveTab() throws {
        let path = try scratchDirectory() + "/hidden-first.xlsx"
        try writeListingFirst(to: path, hideSummary: true)
        let workbook = try zipPart(path, "xl/workbook.xml")
        #expect(workbook.contains("<workbookView activeTab=\"1\"/>"))
        #expect(workbook.contains("<sheet name=\"汇总表\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>"))
        #expect(try zipPart(path, "xl/worksheets/sheet1.xml").contains("<sheetView workbookViewId=\"0\"/>"))
        #expect(try zipPart(path, "xl/worksheets/sheet2.xml").contains("<sheetView tabSelected=\"1\" workbookViewId=\"0\"/>"))
    }
}
