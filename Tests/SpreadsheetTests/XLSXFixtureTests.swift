import Spreadsheet
import Testing

/// Every fixture made by a real program, read to its exact grid and merged ranges.
@Suite struct XLSXFixtureTests {
    /// openpyxl's sheet as the other writers (LibreOffice, gnumeric) save it again.
    static let registerRows: [[CellValue]] = [
        [t("箐门口村大走访登记表")], [],
        [t("序号"), t("自然社"), t("学生数"), t("发放"), t("走访日期"), t("备注")],
        [n(1), t("上社"), n(3), .bool(true), d(2018, 7, 17), .error("#N/A")],
        [n(2), null, n(2.5), .bool(false), d(2018, 7, 18, 9, 30), t("\u{3000}全角空格")],
        [n(3), null, n(-4)], [],
        [n(1e17), null, n(0.1)],
    ]

    @Test func openpyxlTypesAndVisibility() throws {
        let reader = try XLSXReader(path: xlsxFixture("openpyxl-types.xlsx"))
        #expect(reader.sheets == [
            SheetInfo(name: "登记表"), SheetInfo(name: "隐藏", visibility: .hidden),
            SheetInfo(name: "深藏", visibility: .veryHidden),
        ])
        // openpyxl writes no cached value for a formula (F6 `=1+1`), so that cell is empty.
        #expect(try readGrid(reader) == SheetGrid(rows: Self.registerRows, merged: ["A1:F1", "B4:B5"]))
        #expect(try readGrid(reader, sheet: 1) == SheetGrid(rows: [[t("hidden")]], merged: []))
        #expect(try readGrid(reader, sheet: 2) == SheetGrid(rows: [[], [null, n(42)]], merged: []))
    }

    @Test func libreOfficeResave() throws {
        let reader = try XLSXReader(path: xlsxFixture("libreoffice.xlsx"))
        // LibreOffice computes the formula and stores 2; it has no veryHidden and writes "hidden".
        var rows = Self.registerRows
        rows[5] = [n(3), null, n(-4), null, null, n(2)]
        #expect(reader.sheets.map(\.visibility) == [.visible, .hidden, .hidden])
        #expect(try readGrid(reader) == SheetGrid(rows: rows, merged: ["A1:F1", "B4:B5"]))
        #expect(try readGrid(reader, sheet: 2) == SheetGrid(rows: [[], [null, n(42)]], merged: []))
    }

    @Test func gnumericResave() throws {
        let reader = try XLSXReader(path: xlsxFixture("gnumeric.xlsx"))
        var rows = Self.registerRows
        rows[5] = [n(3), null, n(-4), null, null, n(2)]
        // gnumeric's exporter keeps no sheet visibility; it writes merges in its own order.
        #expect(reader.sheets.map(\.name) == ["登记表", "隐藏", "深藏"])
        #expect(try readGrid(reader) == SheetGrid(rows: rows, merged: ["B4:B5", "A1:F1"]))
    }

    /// openpyxl writes `date1904="1"`; the patched copy says `"true"`, which the schema also allows.
    @Test(arguments: ["openpyxl-1904.xlsx", "patched-1904-true.xlsx"])
    func the1904DateSystem(_ fixture: String) throws {
        #expect(try readGrid(fixture) == SheetGrid(rows: [[d(2018, 7, 17)], [d(1904, 1, 2, 12)], [n(5)]], merged: []))
    }

    @Test func chartSheetIsListedAndHoldsNoCells() throws {
        let reader = try XLSXReader(path: xlsxFixture("xlsxwriter-chartsheet.xlsx"))
        #expect(reader.sheets.map(\.name) == ["图表", "数据"])
        #expect(try readGrid(reader, sheet: 0) == SheetGrid(rows: [], merged: []))
        #expect(try readGrid(reader, sheet: 1) == SheetGrid(rows: [[t("人数")], [n(3)], [n(5)]], merged: []))
    }

    @Test func xlsxwriterFormatsAndBuiltInDateIDs() throws {
        let reader = try XLSXReader(path: xlsxFixture("xlsxwriter-formats.xlsx"))
        #expect(reader.sheets.map(\.name) == ["格式", "A&B<\"中\">"])
        #expect(try readGrid(reader, sheet: 1) == SheetGrid(rows: [[t("&")]], merged: []))
        let grid = try readGrid(reader)
        let noon = d(2018, 7, 17, 12)
        let serial = n(43298.5)
        let builtIns: [[CellValue]] = [14, 22, 27, 31, 36, 45, 47, 50, 55, 58].map { [n(Double($0)), noon] }
            + [[n(0), serial], [n(2), serial], [n(49), serial]]
        let customs: [[CellValue]] = [
            [t("yyyy\"年\"m\"月\"d\"日\""), noon], [t("[$-804]yyyy\"年\"m\"月\"d\"日\";@"), noon],
            [t("[DBNum1][$-804]yyyy\"年\"m\"月\""), noon], [t("[Red]yyyy/mm/dd"), noon], [t("*-yyyy-mm-dd"), noon],
            [t("[h]:mm:ss"), serial], [t("\"d\"0.00"), serial], [t("0.00_);[Red]\\(0.00\\)"), serial],
            [t("[DBNum1][$-804]General"), serial], [t("#,##0 \"天\""), serial], [t("\\d0"), serial],
        ]
        let tail: [[CellValue]] = [
            [t("formula"), n(3), t("ab"), .error("#DIV/0!"), .bool(true)],
            [t("张三丰"), .bool(false), n(4.205211980010113e17), t("420521198001011234")],
            [t("合并")],
        ]
        #expect(grid == SheetGrid(rows: [[t("id"), t("value")]] + builtIns + customs + tail, merged: ["A28:B29"]))
    }

    @Test func xlsxwriterConstantMemoryInlineStrings() throws {
        #expect(try readGrid("xlsxwriter-constant-memory.xlsx") == SheetGrid(rows: [
            [t("姓名"), t("日期"), t("人数"), t("备注")],
            [t("李延苏"), d(2018, 7, 17), n(4), t("a & b < c")], [],
            [t("王五"), null, n(1.25), t("line1\nline2")],
        ], merged: []))
    }

    static let smallGrid = SheetGrid(rows: [
        [t("姓名"), t("日期"), t("人数")], [t("张三"), d(2018, 7, 17), n(3)], [t("合并")],
    ], merged: ["A3:B3"])

    @Test(arguments: ["xlsxwriter-small.xlsx", "patched-prefixed.xlsx", "patched-no-r.xlsx",
                      "patched-absolute-targets.xlsx", "patched-strict.xlsx"])
    func variantsOfTheSmallWorkbook(_ fixture: String) throws {
        #expect(try readGrid(fixture) == Self.smallGrid)
    }

    @Test func missingStylesAndSharedStrings() throws {
        // Without styles.xml no number format is known, so the date stays its serial number.
        #expect(try readGrid("patched-no-styles.xlsx") == SheetGrid(rows: [
            [t("姓名"), t("日期"), t("人数"), t("备注")],
            [t("李延苏"), n(43298), n(4), t("a & b < c")], [],
            [t("王五"), null, n(1.25), t("line1\nline2")],
        ], merged: []))
    }

    @Test func everyCellTypeAndEdge() throws {
        let reader = try XLSXReader(path: xlsxFixture("patched-cell-types.xlsx"))
        #expect(try readGrid(reader) == SheetGrid(rows: [
            [t("姓名"), t("张三 "), null, t("a\rb_x0041_c中"), t("\u{3000}全角\u{3000}"), t("&<中中"), t("😀")],
            [],
            [t("姓名x"), t("abc"), d(2018, 7, 17, 8, 30), .bool(true), .error("#REF!"), d(2018, 7, 17, 18), n(2), n(4.2e17)],
            [],
            [null, t("&中<b>&amp;</b>"), t("富文本"), null, t("INF"), t("0x10"), t("</sheetData> sheetData")],
            [t("no r"), n(7)],
            [n(1), null, n(3)],
            [],
            [null, n(-1), d(1900, 2, 28), d(1899, 12, 30, 12)],
        ], merged: ["A1:B1", "C5:D6"]))
        #expect(reader.notes.map(\.code) == ["cell-image"])
        #expect(reader.notes.first?.address == CellAddress(row: 5, column: 4))
    }

    @Test func wpsFormatsAndPicture() throws {
        let reader = try XLSXReader(path: xlsxFixture("patched-wps.xlsx"))
        // 58 and 31 are used without being defined; id 0 is redefined as General; 176 is a custom date.
        #expect(try readGrid(reader) == SheetGrid(rows: [
            [d(2018, 7, 17), d(2018, 7, 17), n(5), d(2018, 7, 17), d(2018, 7, 17)],
            [null, t("张三")],
        ], merged: []))
        #expect(reader.notes == [ReaderNote(code: "cell-image", sheet: "Sheet1", address: CellAddress(row: 2, column: 1),
                                            message: reader.notes[0].message)])
    }

    @Test func mergedRangesComeBeforeRowsAndAgreeWithThem() throws {
        let reader = try XLSXReader(path: xlsxFixture("patched-cell-types.xlsx"))
        let before = try reader.mergedRanges(sheet: 0)
        try reader.forEachRow(sheet: 0) { _ in }
        #expect(before.map(\.description) == ["A1:B1", "C5:D6"])
        #expect(try reader.mergedRanges(sheet: 0) == before)
    }
}
