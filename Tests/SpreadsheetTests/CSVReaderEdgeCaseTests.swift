import Testing
import Spreadsheet

/// Hand-made files from `fixtures/csv/make`, one rule each.
@Suite struct CSVReaderEdgeCaseTests {
    typealias T = CSVTesting

    @Test func separatorLineIsHonouredAndNotARow() throws {
        let result = try T.read(T.fixture("sep-line.csv"))
        #expect(result.rows == [
            T.row(1, ["序号", "姓名", "备注"]), T.row(2, ["1", "李四", "a;b"]), T.row(3, ["2", "王五", "x,y"]),
        ])
    }

    @Test func fullWidthCommaInGB18030() throws {
        let result = try T.read(T.fixture("fullwidth-comma.csv"))
        #expect(result.rows == [
            T.row(1, ["序号", "户主姓名", "联系电话"]), T.row(2, ["1", "李四", "13812345678"]),
            T.row(3, ["2", "王五", "有，逗号"]), T.row(4, ["3", "赵六", "a,b"]),
        ])
    }

    @Test func pipe() throws {
        #expect(try T.read(T.fixture("pipe.csv")).rows == [
            T.row(1, ["a", "b", "c"]), T.row(2, ["1", "x|y", "3"]), T.row(3, ["4", "5", "6"]),
        ])
    }

    @Test func carriageReturnLineEndsAndNoFinalNewline() throws {
        #expect(try T.read(T.fixture("cr-only.csv")).rows == [
            T.row(1, ["a", "b"]), T.row(2, ["1", "x\ry"]), T.row(3, ["2", "z"]),
        ])
        #expect(try T.read(T.fixture("no-final-newline.csv")).rows == [
            T.row(1, ["序号", "姓名"]), T.row(2, ["1", "李四"]),
        ])
    }

    @Test func nulBytesAreDropped() throws {
        #expect(try T.read(T.fixture("nul-bytes.csv")).rows == [
            T.row(1, ["a", "b"]), T.row(2, ["1", "x"]), T.row(3, ["q", "w"]),
        ])
    }

    @Test func raggedRowsAndEmptyRowsKeepTheirNumbers() throws {
        #expect(try T.read(T.fixture("ragged.csv")).rows == [
            T.row(1, ["a", "b", "c"]), T.row(2, ["1"]), T.row(3, ["1", "2", "3", "4", "5"]), T.row(5, ["", "x"]),
        ])
    }

    @Test func utf16BigEndian() throws {
        #expect(try T.read(T.fixture("utf16be.csv")).rows == [T.row(1, ["序号", "姓名"]), T.row(2, ["1", "李四"])])
    }

    @Test func strayQuotesAreKeptAndNoted() throws {
        let result = try T.read(T.fixture("stray-quote.csv"))
        #expect(result.rows == [
            T.row(1, ["序号", "尺寸", "备注"]), T.row(2, ["1", "5\"寸", "ok"]), T.row(3, ["2", "引号后面", "x"]),
            T.row(4, ["3", "未闭合,y\r\n4,z\r\n"]),
        ])
        #expect(result.notes.map(\.code) == ["stray-quote", "stray-quote", "stray-quote"])
        #expect(result.notes.map(\.address) == [
            CellAddress(row: 2, column: 2), CellAddress(row: 3, column: 2), CellAddress(row: 4, column: 2),
        ])
        #expect(result.notes.allSatisfy { $0.sheet == "stray-quote" })
        #expect(result.notes[0].message.zh == "单元格 B2 中有不成对的引号，已按原样保留为文字；请检查该单元格")
    }

    @Test func quoteNotesAreCapped() throws {
        let path = try T.temporaryFile(Array((1...1_500).map { "\($0),5\"寸\r\n" }.joined().utf8))
        let result = try T.read(path)
        #expect(result.rows.count == 1_500)
        #expect(result.notes.count == 1_001)
        #expect(result.notes[999].address == CellAddress(row: 1_000, column: 2))
        #expect(result.notes[1_000].address == nil)
        #expect(result.notes[1_000].message.en == "500 more cells have unmatched quotes, not listed one by one: check the file's quotes")
    }

    /// The first non-ASCII byte is past the first mebibyte: detection must not decide from the start alone.
    @Test(arguments: ["late-chinese-utf8.csv", "late-chinese-gb18030.csv"])
    func lateChineseIsDecodedRight(file: String) throws {
        let result = try T.read(T.fixture(file))
        #expect(result.rows.count == 58_873)
        #expect(result.rows[0] == T.row(1, ["1", "abc", "000001"]))
        #expect(result.rows.last == T.row(58_873, ["最后", "一行", "中文"]))
    }

    @Test func invalidGB18030NamesBothOffsets() {
        let error = T.error { _ = try T.read(T.fixture("gb18030-invalid.csv")) }
        #expect(error?.kind == .undecodableText)
        #expect(error?.message.en == "cannot tell the file's encoding: it is not UTF-8 (invalid at byte offset 0) nor GB18030 "
            + "(invalid at byte offset 13). Save it again as \"CSV UTF-8 (comma delimited)\" "
            + "or give its encoding with --input-encoding (e.g. utf-16le, big5)")
        #expect(error?.file == T.fixture("gb18030-invalid.csv"))
    }

    @Test func forcedUTF8OnGB18030NamesTheOffset() {
        let error = T.error { _ = try T.read(T.fixture("late-chinese-gb18030.csv"), encoding: "utf-8") }
        #expect(error?.kind == .undecodableText)
        #expect(error?.message.zh.hasPrefix("文件不是有效的 UTF-8 文本：字节偏移 1048590 处的字节无法解码。") == true)
    }

    @Test func unknownEncodingName() {
        let error = T.error { _ = try T.read(T.fixture("pipe.csv"), encoding: "klingon") }
        #expect(error?.kind == .undecodableText)
        #expect(error?.message.en == "unknown encoding name \"klingon\": use utf-8, gb18030, utf-16le, utf-16be, …")
    }
}
