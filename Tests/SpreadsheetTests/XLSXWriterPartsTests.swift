import Foundation
import Testing
import TestSupport
@testable import Spreadsheet

/// The exact XML of the parts of a small workbook.
@Suite struct XLSXWriterPartsTests {
    @Test func worksheetChildrenInExcelOrder() throws {
        let path = try scratchDirectory() + "/sample.xlsx"
        try writeSampleWorkbook(to: path)
        let sheet = try zipPart(path, "xl/worksheets/sheet1.xml")
        #expect(sheet.hasPrefix("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:E4"/>\
            <sheetViews><sheetView tabSelected="1" workbookViewId="0">\
            <pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>\
            <selection pane="bottomLeft" activeCell="A3" sqref="A3"/></sheetView></sheetViews>\
            <sheetFormatPr defaultRowHeight="14.25"/>\
            <cols><col min="1" max="1" width="8.7" customWidth="1"/><col min="2" max="2" width="12" customWidth="1"/>\
            <col min="3" max="3" width="7" customWidth="1"/><col min="5" max="5" width="21" customWidth="1"/></cols>\
            <sheetData><row r="1" ht="24" customHeight="1"><c r="A1" s="1" t="s"><v>0</v></c></row>
            """))
        #expect(sheet.contains("""
            <row r="3"><c r="A3" t="s"><v>6</v></c><c r="B3"><v>12</v></c><c r="C3" s="3"><v>0.125</v></c>\
            <c r="D3" t="b"><v>1</v></c><c r="E3" s="5"><v>46083</v></c></row>
            """))
        #expect(sheet.hasSuffix("""
            </sheetData><autoFilter ref="A2:E4"/><mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells>\
            <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>\
            <pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape"/></worksheet>
            """))
    }
}
