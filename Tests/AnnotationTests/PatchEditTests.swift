import Testing
@testable import Spreadsheet

/// The streaming edits on sheet XML the writers of real workbooks produce, and the bookkeeping edits.
@Suite struct PatchEditTests {
    private func mark(_ xml: String, _ cells: [String: NoteLevel], drawing: String? = nil) -> String {
        var marks: [Int: [Int: NoteLevel]] = [:]
        for (reference, level) in cells {
            let cell = CellAddress(reference)!
            marks[cell.row, default: [:]][cell.column] = level
        }
        let marker = SheetMarker(marks: marks, style: { old, level in 100 + old * 10 + (level == .error ? 1 : 2) },
                                 legacyDrawingID: drawing)
        return String(decoding: marker.rewrite(Array(xml.utf8)), as: UTF8.self)
    }

    @Test func cellsAndRowsThatDoNotExistAreInsertedInOrder() {
        let sheet = #"<worksheet><sheetData><row r="2" spans="1:3"><c r="A2" s="3"><v>1</v></c><c r="C2" t="s"><v>0</v></c></row>"#
            + #"<row r="5"><c r="B5"/></row></sheetData></worksheet>"#
        #expect(mark(sheet, ["B2": .error, "C2": .warning, "D2": .error, "A1": .warning, "A4": .error, "C7": .error]) ==
            #"<worksheet><sheetData><row r="1"><c r="A1" s="102"/></row>"#
            + #"<row r="2"><c r="A2" s="3"><v>1</v></c><c r="B2" s="101"/><c r="C2" t="s" s="102"><v>0</v></c><c r="D2" s="101"/></row>"#
            + #"<row r="4"><c r="A4" s="101"/></row><row r="5"><c r="B5"/></row><row r="7"><c r="C7" s="101"/></row></sheetData></worksheet>"#)
    }

    @Test func rowsAndCellsWithoutReferencesCountOnFromTheOneBefore() {
        let sheet = #"<x:worksheet xmlns:x="main"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c s="4"><x:v>2</x:v></x:c></x:row>"#
            + #"<x:row/></x:sheetData></x:worksheet>"#
        #expect(mark(sheet, ["B1": .error, "A2": .warning]) ==
            #"<x:worksheet xmlns:x="main"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c s="141"><x:v>2</x:v></x:c></x:row>"#
            + #"<x:row><x:c r="A2" s="102"/></x:row></x:sheetData></x:worksheet>"#)
    }

    @Test func emptySheetDataOpensUp() {
        #expect(mark("<worksheet><sheetData/></worksheet>", ["B2": .error]) ==
            #"<worksheet><sheetData><row r="2"><c r="B2" s="101"/></row></sheetData></worksheet>"#)
    }

    /// `<legacyDrawing>` goes before the elements CT_Worksheet puts after it, at the top level only.
    @Test func legacyDrawingTakesItsSchemaPlace() {
        let drawing = #"<legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId9"/>"#
        let sheet = #"<worksheet><sheetData/><conditionalFormatting><cfRule><extLst/></cfRule></conditionalFormatting>"#
            + #"<drawing r:id="rId1"/><tableParts count="1"/><extLst/></worksheet>"#
        #expect(mark(sheet, [:], drawing: "rId9") ==
            #"<worksheet><sheetData></sheetData><conditionalFormatting><cfRule><extLst/></cfRule></conditionalFormatting>"#
            + #"<drawing r:id="rId1"/>"# + drawing + #"<tableParts count="1"/><extLst/></worksheet>"#)
        #expect(mark("<worksheet><sheetData/></worksheet>", [:], drawing: "rId9")
            == "<worksheet><sheetData></sheetData>" + drawing + "</worksheet>")
    }

    @Test func attributeValuesMayHoldAngleBrackets() {
        let sheet = #"<worksheet><sheetData><row r="1"><c r="A1" t="str"><f>IF(B1&gt;0,"&lt;x&gt;","")</f><v>a</v></c></row>"#
            + #"</sheetData><headerFooter><oddHeader title=">"/></headerFooter></worksheet>"#
        #expect(mark(sheet, ["A1": .warning]) == sheet.replacingOccurrences(of: #"t="str">"#, with: #"t="str" s="102">"#))
    }

    @Test func stylesWithoutCellFormatsAreRefused() {
        #expect(throws: SpreadsheetError.self) {
            try StylesPatch(Array("<styleSheet><fills count=\"1\"><fill/></fills></styleSheet>".utf8), file: "a.xlsx")
        }
    }

    @Test func appPropertiesWithNamedRangesGetTheSheetAfterTheLastWorksheet() {
        let app = "<Properties><HeadingPairs><vt:vector size=\"4\" baseType=\"variant\">"
            + "<vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>"
            + "<vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>"
            + "</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size=\"3\" baseType=\"lpstr\">"
            + "<vt:lpstr>一</vt:lpstr><vt:lpstr>二</vt:lpstr><vt:lpstr>一!Print_Titles</vt:lpstr></vt:vector></TitlesOfParts></Properties>"
        let patched = String(decoding: PackageEdits.appProperties(Array(app.utf8), addingSheet: "问题清单"), as: UTF8.self)
        #expect(patched == app
            .replacingOccurrences(of: "<vt:i4>2</vt:i4>", with: "<vt:i4>3</vt:i4>")
            .replacingOccurrences(of: "size=\"3\"", with: "size=\"4\"")
            .replacingOccurrences(of: "<vt:lpstr>二</vt:lpstr>", with: "<vt:lpstr>二</vt:lpstr><vt:lpstr>问题清单</vt:lpstr>"))
    }

    @Test func relationshipIDsFollowTheHighest() {
        let rels = #"<Relationships xmlns="r"><Relationship Id="rId7" Type="t" Target="a"/><Relationship Id="other" Type="t" Target="b"/></Relationships>"#
        let (xml, ids) = PackageEdits.relationships(Array(rels.utf8), adding: [("comments", "xl/comments1.xml")])
        #expect(ids == ["rId8"])
        #expect(String(decoding: xml, as: UTF8.self).hasSuffix(
            #"<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="/xl/comments1.xml"/></Relationships>"#))
    }
}
