@testable import Spreadsheet
import Testing

/// The sheet-body scanner on the XML forms writers use, fed in pieces of every size so tokens break
/// across buffer refills.
@Suite struct XLSXScannerTests {
    final class PiecewiseSource: ByteSource {
        private let bytes: [UInt8]
        private let piece: Int
        private var offset = 0

        init(_ text: String, piece: Int) {
            bytes = Array(text.utf8)
            self.piece = piece
        }

        func read(into buffer: UnsafeMutableRawBufferPointer) throws(ZipArchive.Failure) -> Int {
            let count = min(piece, buffer.count, bytes.count - offset)
            buffer.copyBytes(from: bytes[offset..<(offset + count)])
            offset += count
            return count
        }
    }

    static let pieces = [1, 2, 3, 7, 64, 1 << 20]

    func rows(_ body: String, piece: Int, strings: [String] = []) throws -> ([[CellValue]], [String]) {
        let table = SharedStringTable(strings: strings)
        let context = SheetContext(file: "t.xlsx", sheet: "S", part: "sheet.xml", sharedStrings: table,
                                   styles: CellStyles(), date1904: false)
        var reader = SheetBodyReader(source: PiecewiseSource(body, piece: piece), context: context, maxTokenBytes: 1 << 20)
        var rows: [[CellValue]] = []
        try reader.readRows { rows.append($0.cells) }
        return (rows, reader.mergedRanges.map(\.description))
    }

    @Test(arguments: pieces) func entitiesAndCharacterReferences(_ piece: Int) throws {
        let xml = #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&amp;&lt;&gt;&quot;&apos;&#x4E2D;&#20013;&#x1F600;</t></is></c>"#
            + #"<c r="B1" t="str"><v>a&amp;b</v></c></row></sheetData></worksheet>"#
        #expect(try rows(xml, piece: piece).0 == [[t("&<>\"'中中😀"), t("a&b")]])
    }

    @Test(arguments: pieces) func namespacePrefixes(_ piece: Int) throws {
        let xml = #"<x:worksheet xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main"><x:sheetData><x:row x:r="2">"#
            + #"<x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c></x:row>"#
            + #"</x:sheetData><x:mergeCells><x:mergeCell ref="B2:C2"/></x:mergeCells></x:worksheet>"#
        let (grid, merged) = try rows(xml, piece: piece, strings: ["共享"])
        #expect(grid == [[null, t("共享"), t("内联")]])
        #expect(merged == ["B2:C2"])
    }

    @Test(arguments: pieces) func bothQuoteStylesAndSpacesInTags(_ piece: Int) throws {
        let xml = "<worksheet><sheetData><row r='1' ><c r = 'A1' t = \"n\" ><v>1.5</v></c><c r=\"B1\"\n\tt='b'><v>0</v></c ></row ></sheetData></worksheet>"
        #expect(try rows(xml, piece: piece).0 == [[n(1.5), .bool(false)]])
    }

    @Test(arguments: pieces) func cdataCommentsAndProcessingInstructions(_ piece: Int) throws {
        let xml = #"<?xml version="1.0"?><worksheet><!-- <c r="Z9"><v>9</v></c> --><sheetData><row r="1">"#
            + #"<c r="A1" t="inlineStr"><is><t><![CDATA[<x> & ]]>]]></t></is></c><?mso x?><c r="B1"><v><![CDATA[42]]></v></c>"#
            + #"</row></sheetData></worksheet>"#
        #expect(try rows(xml, piece: piece).0 == [[t("<x> & ]]>"), n(42)]])
    }

    @Test func doctypeIsRefused() {
        let xml = #"<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "b">]><worksheet><sheetData/></worksheet>"#
        #expect(throws: SpreadsheetError.self) { try rows(xml, piece: 64) }
    }

    @Test func unknownEntityIsMalformed() {
        let xml = #"<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row></sheetData></worksheet>"#
        #expect(throws: SpreadsheetError.self) { try rows(xml, piece: 64) }
    }

    @Test func rowsAndCellsWithoutReferencesFollowThePreviousOne() throws {
        let xml = #"<worksheet><sheetData><row r="3"><c><v>1</v></c><c r="D3"><v>4</v></c><c><v>5</v></c></row>"#
            + #"<row><c><v>6</v></c></row><row><c r="B9"><v>7</v></c></row></sheetData></worksheet>"#
        var numbers: [Int] = []
        let context = SheetContext(file: "t", sheet: "S", part: "p", sharedStrings: SharedStringTable(), styles: CellStyles(), date1904: false)
        var reader = SheetBodyReader(source: PiecewiseSource(xml, piece: 5), context: context, maxTokenBytes: 1 << 20)
        var grid: [[CellValue]] = []
        try reader.readRows { row in
            numbers.append(row.number)
            grid.append(row.cells)
        }
        #expect(numbers == [3, 4, 9])
        #expect(grid == [[n(1), null, null, n(4), n(5)], [n(6)], [null, n(7)]])
    }

    @Test func strayTagsDoNotBreakTheRow() throws {
        let xml = #"<worksheet><sheetData><row r="1"></c><v>9</v></c><c r="B1"><v>1</v></c></row></x><c><v>2</v></c>"#
            + #"<row r="3"><c r="A3"><v>3</v></c></row></sheetData></worksheet>"#
        #expect(try rows(xml, piece: 3).0 == [[null, n(1)], [n(3)]])
    }

    @Test func aTokenLongerThanTheLimitIsRefused() {
        let xml = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>" + String(repeating: "x", count: 3 << 20)
            + "</v></c></row></sheetData></worksheet>"
        #expect(throws: SpreadsheetError.self) { try rows(xml, piece: 1 << 16) }
    }

    @Test func mergedRangePrePassSkipsRowsButNotLookAlikes() throws {
        let xml = #"<worksheet><x:sheetData xmlns:x="m"><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;/sheetData&gt;</t></is></c></row>"#
            + #"</x:sheetData ><mergeCells><mergeCell ref="A1:C1"/></mergeCells><conditionalFormatting/></worksheet>"#
        for piece in Self.pieces {
            let context = SheetContext(file: "t", sheet: "S", part: "p", sharedStrings: SharedStringTable(), styles: CellStyles(), date1904: false)
            var reader = SheetBodyReader(source: PiecewiseSource(xml, piece: piece), context: context, maxTokenBytes: 1 << 20)
            try reader.readMergedRanges()
            #expect(reader.mergedRanges.map(\.description) == ["A1:C1"])
        }
    }
}

/// The second-thread inflater gives the scanner the same bytes, and stops cleanly when reading stops early.
@Suite struct XLSXPrefetchTests {
    static let body = "<worksheet><sheetData>"
        + (1...2000).map { #"<row r="\#($0)"><c r="A\#($0)"><v>\#($0)</v></c><c r="B\#($0)" t="inlineStr"><is><t>行\#($0)</t></is></c></row>"# }.joined()
        + #"</sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>"#

    func reader(chunk: Int) -> SheetBodyReader {
        let context = SheetContext(file: "t", sheet: "S", part: "p", sharedStrings: SharedStringTable(), styles: CellStyles(), date1904: false)
        let source = PrefetchingSource(XLSXScannerTests.PiecewiseSource(Self.body, piece: 97), chunkSize: chunk, depth: 3)
        return SheetBodyReader(source: source, context: context, maxTokenBytes: 1 << 20)
    }

    @Test(arguments: [16, 1000, 1 << 20]) func sameRowsAsReadingDirectly(_ chunk: Int) throws {
        var reader = reader(chunk: chunk)
        var rows: [SheetRow] = []
        try reader.readRows { rows.append($0) }
        #expect(rows.count == 2000)
        #expect(rows.last == SheetRow(number: 2000, cells: [n(2000), t("行2000")]))
        #expect(reader.mergedRanges.map(\.description) == ["A1:B1"])
    }

    struct Stop: Error {}

    @Test func stoppingEarlyEndsTheThread() {
        var reader = reader(chunk: 64)
        #expect(throws: Stop.self) {
            try reader.readRows { row in if row.number == 10 { throw Stop() } }
        }
    }
}

/// Damaged sheet bodies (bytes cut, repeated or swapped at seeded random places) give rows or an error,
/// never a crash or a hang.
@Suite struct XLSXDamagedBodyTests {
    static let body = #"<worksheet xmlns:x="m"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t='inlineStr'>"#
        + #"<is><r><t>&amp;&#x4E2D;</t></r><rPh><t>x</t></rPh></is></c><c r="C1" s="1"><v>43298</v></c></row>"#
        + #"<row><x:c t="str"><f>_xlfn.DISPIMG("a",1)</f><v>=DISPIMG("a",1)</v></x:c><c><v><![CDATA[7]]></v></c></row>"#
        + #"<!-- note --><row r="9"><c r="XFD9" t="b"><v>1</v></c></row></sheetData>"#
        + #"<mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>"#

    @Test func damagedBodiesNeverCrash() {
        var seed: UInt64 = 20_261_129
        func random(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(max(bound, 1)))
        }
        let original = Array(Self.body.utf8)
        var outcomes = [0, 0]
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<(1 + random(3)) {
                let start = random(bytes.count)
                let length = min(1 + random(12), bytes.count - start)
                switch random(3) {
                case 0: bytes.removeSubrange(start..<(start + length))
                case 1: bytes.insert(contentsOf: bytes[start..<(start + length)], at: random(bytes.count))
                default: bytes.swapAt(start, random(bytes.count))
                }
            }
            let context = SheetContext(file: "t", sheet: "S", part: "p", sharedStrings: SharedStringTable(strings: ["共"]),
                                       styles: CellStyles(), date1904: false)
            let text = String(decoding: bytes, as: UTF8.self)
            var reader = SheetBodyReader(source: XLSXScannerTests.PiecewiseSource(text, piece: 1 + random(64)),
                                         context: context, maxTokenBytes: 1 << 16)
            do {
                try reader.readRows { _ in }
                outcomes[0] += 1
            } catch {
                outcomes[1] += 1
            }
        }
        // Both kinds occur: the damage is sometimes harmless (inside text), sometimes fatal.
        #expect(outcomes[0] > 0 && outcomes[1] > 0)
    }
}
