import Testing
import Spreadsheet

/// Files written by real programs (LibreOffice, Python's csv module), each holding the same small return.
@Suite struct CSVReaderFixtureTests {
    /// The grid `fixtures/csv/make` writes: row 4 is a quoted two-line cell (one row), row 5 is empty.
    static let returnRows: [SheetRow] = [
        CSVTesting.row(1, ["箐门口村大走访登记表"]),
        CSVTesting.row(2, ["序号", "自然社", "户主姓名", "身份证号", "联系电话", "在校学生数", "走访日期", "意见建议"]),
        CSVTesting.row(3, ["1", "上社", "李延苏", "530381198807170012", "13812345678", "2", "2018-07-17", "希望多开展“家访”，谢谢"]),
        CSVTesting.row(4, ["2", "下社", "张三", "00123", "", "0", "2018/7/18", "第一行\n第二行"]),
        CSVTesting.row(6, ["3", "中社", "王, 五", "53038119880717001X", "0874-1234567", "1", "", "他说\"好\""]),
        CSVTesting.row(7, ["4", "中社", "赵六", "", "", "", "", "末尾有逗号,"]),
    ]

    @Test(arguments: [
        "libreoffice-utf8.csv", "libreoffice-gb18030.csv", "libreoffice-utf16.csv", "libreoffice-semicolon.csv",
        "libreoffice-tab-utf16.txt",
        "python-gb18030.csv", "python-utf8-sig.csv", "python-utf16.csv", "excel-unicode-text.txt",
    ])
    func readsTheReturn(file: String) throws {
        let result = try CSVTesting.read(CSVTesting.fixture(file))
        #expect(result.rows == Self.returnRows)
        #expect(result.notes.isEmpty)
        #expect(result.sheet == String(file.prefix { $0 != "." }))
    }

    @Test func forcedEncodingReadsTheSameGrid() throws {
        let result = try CSVTesting.read(CSVTesting.fixture("libreoffice-gb18030.csv"), encoding: "GB18030")
        #expect(result.rows == Self.returnRows)
        let utf16 = try CSVTesting.read(CSVTesting.fixture("python-utf16.csv"), encoding: "utf-16le")
        #expect(utf16.rows == Self.returnRows)
    }

    @Test func readingTwiceGivesTheSameRows() throws {
        let reader = try CSVReader(path: CSVTesting.fixture("python-gb18030.csv"), options: ReadOptions())
        var first: [SheetRow] = []
        var second: [SheetRow] = []
        try reader.forEachRow(sheet: 0) { first.append($0) }
        try reader.forEachRow(sheet: 0) { second.append($0) }
        #expect(first == Self.returnRows)
        #expect(second == first)
        #expect(try reader.mergedRanges(sheet: 0) == [])
        #expect(reader.sheets == [SheetInfo(name: "python-gb18030")])
    }

    @Test func openedThroughSpreadsheets() throws {
        let reader = try Spreadsheets.open(CSVTesting.fixture("excel-unicode-text.txt"))
        var rows: [SheetRow] = []
        try reader.forEachRow(sheet: 0) { rows.append($0) }
        #expect(rows == Self.returnRows)
    }
}
