import Foundation
import Spreadsheet
import Testing
import TestSupport

/// Workbooks from minimal writers: styles without fills, or no styles part at all.
@Suite struct MinimalStylesTests {
    private func annotate(_ fixture: String, notes: [CellNote]) throws -> (output: String, folder: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zoufang-annotate-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let output = folder + "/out.xlsx"
        try XLSXAnnotator.annotate(Repository.fixture(fixture), to: output, notes: notes,
                                   listing: NoteListing(name: "问题清单", rows: [[.text("说明")]], links: []))
        return (output, folder)
    }

    private func text(_ path: String, _ part: String) throws -> String {
        String(decoding: try Package.bytes(path, part), as: UTF8.self)
    }

    @Test func stylesWithoutFillsGetExcelsTwoAndOurs() throws {
        let note = CellNote(sheet: "Sheet1", address: CellAddress(row: 2, column: 2), level: .error, text: "错误")
        let (output, folder) = try annotate("xlsx/patched-wps.xlsx", notes: [note])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let styles = try text(output, "xl/styles.xml")
        #expect(styles.contains(#"</numFmts><fills count="4"><fill><patternFill patternType="none"/></fill>"#
            + #"<fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/>"#))
        #expect(styles.contains(#"</fills><cellStyleXfs count="1">"#))
        #expect(styles.contains(#"<cellXfs count="6">"#) && styles.hasSuffix(#"<xf numFmtId="0" xfId="0" fillId="2" applyFill="1"/></cellXfs></styleSheet>"#))
    }

    @Test func aWorkbookWithoutStylesGetsTheDefaultOnes() throws {
        let note = CellNote(sheet: "Sheet1", address: CellAddress(row: 2, column: 1), level: .warning, text: "警告")
        let (output, folder) = try annotate("xlsx/patched-no-styles.xlsx", notes: [note])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try Package.names(output).last == "xl/styles.xml")
        #expect(try text(output, "xl/styles.xml").contains(
            #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/></cellXfs>"#))
        #expect(try text(output, "xl/_rels/workbook.xml.rels").hasSuffix(
            #"<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/></Relationships>"#))
        #expect(try text(output, "[Content_Types].xml").contains(
            #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#))
        #expect(try text(output, "xl/worksheets/sheet1.xml").contains(#"<c r="A2" t="inlineStr" s="1">"#))
    }
}
