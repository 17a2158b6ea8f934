import Foundation
import Testing
import TestSupport

/// The exact XML of the parts a patch rewrites, and every other part byte for byte as it was.
@Suite struct PatchedPartsTests {
    private static let solidFills = #"<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/><bgColor indexed="64"/></patternFill></fill>"#

    @Test func openpyxlWorkbookWithCommentsKeepsThemAndGetsNewOnes() throws {
        let annotated = try AnnotatedFixture("annotate/openpyxl-comments.xlsx")
        defer { annotated.cleanUp() }
        let styles = try annotated.part("xl/styles.xml")
        #expect(styles.contains(#"<fills count="4"><fill><patternFill /></fill><fill><patternFill patternType="gray125" /></fill>"#
            + Self.solidFills + "</fills>"))
        // xf 0 and 1 (the date format) as openpyxl wrote them, then one copy per (style, level) in first-use order.
        let formats = #"<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" pivotButton="0" quotePrefix="0" xfId="0" />"#
            + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" pivotButton="0" quotePrefix="0" xfId="0" />"#
            + #"<xf numFmtId="0" fontId="0" fillId="3" borderId="0" pivotButton="0" quotePrefix="0" xfId="0" applyFill="1"/>"#
            + #"<xf numFmtId="0" fontId="0" fillId="2" borderId="0" pivotButton="0" quotePrefix="0" xfId="0" applyFill="1"/>"#
            + #"<xf numFmtId="164" fontId="0" fillId="2" borderId="0" pivotButton="0" quotePrefix="0" xfId="0" applyFill="1"/></cellXfs>"#
        #expect(styles.contains(formats))

        let sheet = try annotated.part("xl/worksheets/sheet1.xml")
        #expect(sheet.contains(#"<c r="I2" t="inlineStr" s="2"><is><t>×</t></is></c>"#))
        // B3 had no cell: it is inserted between A3 and C3.
        #expect(sheet.contains(#"<is><t>上寨</t></is></c><c r="B3" s="3"/><c r="C3" t="inlineStr">"#))
        #expect(sheet.contains(#"<c r="H4" t="inlineStr" s="3"><is><t>是的</t></is></c>"#))
        // E6 lies in the merge E5:E6: its problem is shown on E5, the cell a person sees.
        #expect(sheet.contains(#"<c r="E5" t="inlineStr" s="3"><is><t>特困</t></is></c>"#))
        #expect(sheet.contains(#"<c r="J6" s="4" t="n"/>"#))
        // The sheet already had its legacy drawing: no second one.
        #expect(sheet.components(separatedBy: "<legacyDrawing").count == 2)

        let comments = try annotated.part("xl/comments/comment1.xml")
        #expect(comments.contains("<authors><author>王丽华</author><author>zoufang</author></authors>"))
        #expect(comments.contains(#"<comment ref="A2" authorId="0" shapeId="0"><text><t>上寨的户都在这里</t></text></comment>"#))
        #expect(comments.contains(#"<comment ref="H4" authorId="0" shapeId="0"><text><t>户主说收到了</t>"#
            + "<r><t xml:space=\"preserve\">\n\nzoufang:\n错误：一封信“是的”看不出是“是”还是“否”：请填写 是 或 否（也可用 √ 和 ×）</t></r></text></comment>"))
        #expect(comments.contains(#"<comment ref="I2" authorId="1"><text><t xml:space="preserve">警告：发放明白卡「×」：建档立卡贫困户未发放教育扶贫补助明白卡。请核对纸质问卷后改正。</t></text></comment>"#))
        #expect(comments.contains(#"<comment ref="E5" authorId="1"><text><t xml:space="preserve">错误：贫困户类别“特困”不是可选的一项：可填 建档立卡贫困户、低保户、边缘户、非贫困户"#
            + "\nE6: 错误：贫困户类别“特困”不是可选的一项：可填 建档立卡贫困户、低保户、边缘户、非贫困户</t></text></comment>"))
        #expect(comments.components(separatedBy: "<comment ").count - 1 == 6)

        // openpyxl's drawing keeps its two shapes (1026, 1027) and gets four more, for I2, B3, E5 and J6, written
        // with the prefixes it binds (ns1 for VML, ns0 for Office, ns2 for Excel).
        let drawing = try annotated.part("xl/drawings/commentsDrawing1.vml")
        #expect(drawing.components(separatedBy: "<ns1:shape ").count - 1 == 6)
        #expect(drawing.contains(##"<ns1:shape id="_x0000_s1031" type="#_x0000_t202""##))
        #expect(drawing.contains("<ns2:Row>5</ns2:Row><ns2:Column>9</ns2:Column></ns2:ClientData></ns1:shape>\n</xml>"))
        #expect(drawing.components(separatedBy: "shapetype id=").count == 2)
        #expect(drawing.hasPrefix(#"<xml xmlns:ns0="urn:schemas-microsoft-com:office:office" xmlns:ns1="urn:schemas-microsoft-com:vml" xmlns:ns2="urn:schemas-microsoft-com:office:excel">"#))

        // The sheet's relationships already led to both: unchanged. The listing sheet is added.
        #expect(try PackageTesting.unchanged(annotated, except: [
            "xl/worksheets/sheet1.xml", "xl/comments/comment1.xml", "xl/drawings/commentsDrawing1.vml", "xl/styles.xml",
            "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml",
        ], added: ["xl/worksheets/sheet2.xml"]))
        #expect(try annotated.part("xl/workbook.xml").contains(
            #"<sheet name="走访登记表" sheetId="1" state="visible" r:id="rId1" /><sheet name="问题清单" sheetId="2" r:id="rId4"/></sheets>"#))
        #expect(try annotated.part("xl/_rels/workbook.xml.rels").hasSuffix(
            #"<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>"#))
        #expect(try annotated.part("[Content_Types].xml").hasSuffix(
            #"<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#))
    }

    @Test func xlsxWriterWorkbookGetsCommentsDrawingAndStylesDerivedFromItsOwn() throws {
        let annotated = try AnnotatedFixture("annotate/xlsxwriter.xlsx")
        defer { annotated.cleanUp() }
        let styles = try annotated.part("xl/styles.xml")
        // The 宋体 bordered text format (2) and the bordered date format (3), each with a fill added.
        let formats = #"<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>"#
            + #"<xf numFmtId="0" fontId="2" fillId="3" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyFill="1"/>"#
            + #"<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyFill="1"/>"#
            + #"<xf numFmtId="164" fontId="0" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyFill="1"/></cellXfs>"#
        #expect(styles.contains(formats))
        #expect(styles.contains(#"<cellXfs count="7">"#))
        #expect(styles.contains(#"<fills count="4">"#) && styles.contains(Self.solidFills + "</fills>"))

        let sheet = try annotated.part("xl/worksheets/sheet1.xml")
        #expect(sheet.contains(#"<c r="I2" s="4" t="s">"#))
        #expect(sheet.contains(#"<c r="B3" s="5"/>"#))
        #expect(sheet.contains(#"<c r="J6" s="6"/>"#))
        #expect(sheet.hasSuffix(#"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
            + #"<legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId2"/></worksheet>"#))

        #expect(try annotated.part("xl/worksheets/_rels/sheet1.xml.rels") == """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="/xl/comments1.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="/xl/drawings/vmlDrawing1.vml"/>\
            </Relationships>
            """)
        let comments = try annotated.part("xl/comments1.xml")
        #expect(comments.hasPrefix("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>zoufang</author></authors>\
            <commentList><comment ref="I2" authorId="0"><text><t xml:space="preserve">警告：
            """))
        #expect(comments.components(separatedBy: "<comment ").count - 1 == 5)
        let drawing = try annotated.part("xl/drawings/vmlDrawing1.vml")
        #expect(drawing.contains(#"<o:idmap v:ext="edit" data="1"/>"#))
        #expect(drawing.contains("<x:Anchor>9, 15, 0, 10, 12, 15, 5, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>1</x:Row><x:Column>8</x:Column>"))
        #expect(drawing.components(separatedBy: "<v:shape ").count - 1 == 5)

        let types = try annotated.part("[Content_Types].xml")
        #expect(types.hasSuffix(#"<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>"#
            + #"<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>"#
            + #"<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#))
        // XlsxWriter lists the sheet titles: the new sheet joins them.
        let app = try annotated.part("docProps/app.xml")
        #expect(app.contains("<vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4>"))
        #expect(app.contains(#"<vt:vector size="2" baseType="lpstr"><vt:lpstr>走访登记表</vt:lpstr><vt:lpstr>问题清单</vt:lpstr></vt:vector>"#))
        #expect(try PackageTesting.unchanged(annotated, except: [
            "xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
            "[Content_Types].xml", "docProps/app.xml",
        ], added: ["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/worksheets/_rels/sheet1.xml.rels",
                   "xl/worksheets/sheet2.xml"]))
    }

    @Test func listingSheetLinksEveryProblemToItsCell() throws {
        let annotated = try AnnotatedFixture("annotate/xlsxwriter.xlsx")
        defer { annotated.cleanUp() }
        let listing = try annotated.part("xl/worksheets/sheet2.xml")
        #expect(listing.contains(#"<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">文件</t></is></c>"#))
        #expect(listing.contains(#"<c r="B2" t="inlineStr"><is><t xml:space="preserve">走访登记表</t></is></c><c r="C2"><v>2</v></c>"#
            + #"<c r="D2" t="inlineStr"><is><t xml:space="preserve">I2</t></is></c>"#))
        let links = ["I2", "B3", "H4", "E5", "E6", "J6"].enumerated().map { row, cell in
            #"<hyperlink ref="D\#(row + 2)" location="'走访登记表'!\#(cell)" display="走访登记表!\#(cell)"/>"#
        }
        #expect(listing.contains("<hyperlinks>" + links.joined() + "</hyperlinks>"))
    }

    @Test func libreOfficeWorkbookWithMergesAndItsOwnComments() throws {
        let annotated = try AnnotatedFixture("annotate/libreoffice-merged.xlsx")
        defer { annotated.cleanUp() }
        let names = try Package.names(annotated.output)
        #expect(names.contains("xl/comments1.xml") && names.contains("xl/drawings/vmlDrawing1.vml"))
        let comments = try annotated.part("xl/comments1.xml")
        #expect(comments.contains("<authors><author> </author><author>zoufang</author></authors>"))
        #expect(comments.contains(#"<t xml:space="preserve">户主说收到了</t></r><r><t xml:space="preserve">"#
            + "\n\nzoufang:\n错误：一封信“是的”"))
        #expect(comments.components(separatedBy: "<comment ").count - 1 == 6)
        let drawing = try annotated.part("xl/drawings/vmlDrawing1.vml")
        #expect(drawing.components(separatedBy: "<v:shape ").count - 1 == 6)
        #expect(try PackageTesting.unchanged(annotated, except: [
            "xl/worksheets/sheet1.xml", "xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/styles.xml",
            "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "docProps/app.xml",
        ], added: ["xl/worksheets/sheet2.xml"]))
    }
}

enum PackageTesting {
    /// True when the annotated workbook has every entry of the original, in order, those not in `except` with
    /// exactly the original bytes, followed by `added`.
    static func unchanged(_ annotated: AnnotatedFixture, except changed: Set<String>, added: [String]) throws -> Bool {
        let original = try Package.names(annotated.input)
        let names = try Package.names(annotated.output)
        guard names == original + added else {
            Issue.record("entries \(names), expected \(original + added)")
            return false
        }
        for name in original where !changed.contains(name) {
            guard try Package.bytes(annotated.input, name) == Package.bytes(annotated.output, name) else {
                Issue.record("\(name) changed")
                return false
            }
        }
        return true
    }
}
