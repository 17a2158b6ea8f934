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

extension XLSXWriterPartsTests {
    @Test func workbookStylesAndStringsParts() throws {
        let path = try scratchDirectory() + "/sample.xlsx"
        try writeSampleWorkbook(to: path)
        #expect(try zipPart(path, "xl/workbook.xml") == """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/>\
            <bookViews><workbookView/></bookViews><sheets><sheet name="汇总表" sheetId="1" r:id="rId1"/>\
            <sheet name="明细" sheetId="2" state="hidden" r:id="rId2"/></sheets><definedNames>\
            <definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'汇总表'!$A$2:$E$4</definedName>\
            <definedName name="_xlnm.Print_Titles" localSheetId="0">'汇总表'!$1:$2</definedName></definedNames></workbook>
            """)
        let styles = try zipPart(path, "xl/styles.xml")
        #expect(styles.contains("""
            <numFmts count="3"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/>\
            <numFmt numFmtId="166" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts><fonts count="4">\
            <font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>\
            <font><b/><sz val="16"/><name val="黑体"/><family val="2"/><charset val="134"/></font>
            """))
        #expect(styles.contains("""
            <fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>
            """))
        #expect(styles.contains("""
            <xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" \
            applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
            <xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>\
            <xf numFmtId="49" fontId="3" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>
            """))
        let strings = try zipPart(path, "xl/sharedStrings.xml")
        #expect(strings.hasPrefix("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="13" uniqueCount="13">\
            <si><t>石门村 2026 年春季走访汇总</t></si><si><t>自然社</t></si>
            """))
        #expect(strings.hasSuffix("""
            <si><t xml:space="preserve"> 前后空格 </t></si><si><t>a_x005F_x0041_b</t></si>\
            <si><t>tab\there&#13;
            line</t></si><si><t>440102199001011234</t></si></sst>
            """))
    }

    @Test func layoutVariants() throws {
        let path = try scratchDirectory() + "/layouts.xlsx"
        let writer = try XLSXWriter(path: path)
        try writer.addSheet("Both", layout: SheetLayout(frozenRows: 1, frozenColumns: 2,
                                                        printSetup: PrintSetup(landscape: false, fitToWidth: false)))
            .writeRow([.text("a"), .number(1)])
        let columns = try writer.addSheet("Columns", layout: SheetLayout(columnWidths: [.fixed(5), .fixed(5), .fixed(9)], frozenColumns: 1))
        try columns.writeRow([], height: 30)
        try columns.writeRow([.empty, .empty], styles: [nil, writer.addStyle(CellStyle(border: .medium))])
        _ = try writer.addSheet("Empty")
        try writer.close()
        let both = try zipPart(path, "xl/worksheets/sheet1.xml")
        #expect(both.contains("""
            <sheetView tabSelected="1" workbookViewId="0"><pane xSplit="2" ySplit="1" topLeftCell="C2" \
            activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="C2" sqref="C2"/></sheetView>
            """))
        #expect(both.hasSuffix("<pageSetup paperSize=\"9\" orientation=\"portrait\"/></worksheet>"))
        #expect(!both.contains("<sheetPr>"))
        let columnsXML = try zipPart(path, "xl/worksheets/sheet2.xml")
        #expect(columnsXML.contains("""
            <dimension ref="A2:B2"/><sheetViews><sheetView workbookViewId="0"><pane xSplit="1" topLeftCell="B1" \
            activePane="topRight" state="frozen"/><selection pane="topRight" activeCell="B1" sqref="B1"/></sheetView></sheetViews>\
            <sheetFormatPr defaultRowHeight="14.25"/><cols><col min="1" max="2" width="5" customWidth="1"/>\
            <col min="3" max="3" width="9" customWidth="1"/></cols><sheetData><row r="1" ht="30" customHeight="1"></row>\
            <row r="2"><c r="B2" s="1"/></row></sheetData>
            """))
        #expect(try zipPart(path, "xl/worksheets/sheet3.xml").contains("<dimension ref=\"A1\"/><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetFormatPr defaultRowHeight=\"14.25\"/><sheetData></sheetData>"))
        guard let dump = try pythonDump(openpyxlDump, path) else { return }
        #expect(dump == """
            [{"name": "Both", "state": "visible", "merged": [], "freeze": "C2", "printTitles": null, "filter": null, \
            "rows": [["a", 1]]}, {"name": "Columns", "state": "visible", "merged": [], "freeze": "B1", "printTitles": null, \
            "filter": null, "rows": [[null, null], [null, null]]}, {"name": "Empty", "state": "visible", "merged": [], \
            "freeze": null, "printTitles": null, "filter": null, "rows": []}]
            """)
    }
}

extension XLSXWriterPartsTests {
    /// A listing streamed from records learns its length only at the end; its filter can be set then.
    @Test func autoFilterSetAfterTheRows() throws {
        let path = try scratchDirectory() + "/filter.xlsx"
        let writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet("明细", layout: SheetLayout(frozenRows: 1))
        for row in 1...4 { try sheet.writeRow([.text("第\(row)行"), .number(Double(row))]) }
        #expect(sheet.rowsWritten == 4)
        sheet.autoFilter = CellRange(first: CellAddress(row: 1, column: 1), last: CellAddress(row: sheet.rowsWritten, column: 2))
        try sheet.finish()
        sheet.autoFilter = nil
        try writer.close()
        #expect(try zipPart(path, "xl/worksheets/sheet1.xml").contains("</sheetData><autoFilter ref=\"A1:B4\"/><pageMargins"))
        #expect(try zipPart(path, "xl/workbook.xml").contains(
            "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'明细'!$A$1:$B$4</definedName>"))
    }
}

extension XLSXWriterPartsTests {
    @Test func documentPropertiesAndPackageParts() throws {
        let path = try scratchDirectory() + "/properties.xlsx"
        let writer = try XLSXWriter(path: path, properties: DocumentProperties(
            title: "石门村 <春季> 走访", created: DateTime(year: 2026, month: 3, day: 2, hour: 8, minute: 5)))
        try writer.addSheet("表").writeRow([.number(1)])
        try writer.close()
        #expect(try zipPart(path, "docProps/core.xml") == """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>石门村 &lt;春季&gt; 走访</dc:title>\
            <dc:creator>zoufang</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T08:05:00Z</dcterms:created>\
            <dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-02T08:05:00Z</dcterms:modified></cp:coreProperties>
            """)
        // No text cell: no shared-strings part, and nothing refers to one.
        #expect(try zipPart(path, "[Content_Types].xml") == """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>
            """)
        #expect(try zipPart(path, "xl/_rels/workbook.xml.rels") == """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
            """)
        #expect(try runProcess("/usr/bin/unzip", ["-Z1", path]).output.split(separator: "\n").contains("xl/sharedStrings.xml") == false)
    }
}
