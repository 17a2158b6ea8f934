import Foundation
import Testing
import Spreadsheet

/// Rules checked on small files written by the test itself.
@Suite struct CSVReaderRuleTests {
    typealias T = CSVTesting

    private func rows(_ text: String, gb18030: Bool = false) throws -> [SheetRow] {
        let path = try T.temporaryFile(gb18030 ? T.gb18030(text) : Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try T.read(path).rows
    }

    @Test func valuesStayTextExactlyAsWritten() throws {
        #expect(try rows("00123,123456789012345678901, 3 ,1E+17,0.10,TRUE\r\n") == [
            T.row(1, ["00123", "123456789012345678901", " 3 ", "1E+17", "0.10", "TRUE"]),
        ])
    }

    @Test func quotedFieldsFollowRFC4180() throws {
        #expect(try rows("\"a,b\",\"say \"\"hi\"\"\",\"line\r\nbreak\",\"\"\r\nnext,\"\",x\r\n") == [
            T.row(1, ["a,b", "say \"hi\"", "line\r\nbreak"]), T.row(2, ["next", "", "x"]),
        ])
    }

    @Test func sniffsTheDelimiterRespectingQuotes() throws {
        // Semicolons with decimal commas; tabs with commas in the text; commas with quoted semicolons.
        #expect(try rows("a;b;c\n1,5;2,5;3\n4;5,25;6\n") == [
            T.row(1, ["a", "b", "c"]), T.row(2, ["1,5", "2,5", "3"]), T.row(3, ["4", "5,25", "6"]),
        ])
        #expect(try rows("姓名\t意见\n李四\t好，很好, 谢谢\n王五\t无\n") == [
            T.row(1, ["姓名", "意见"]), T.row(2, ["李四", "好，很好, 谢谢"]), T.row(3, ["王五", "无"]),
        ])
        #expect(try rows("a,b\n\"x;y;z\",1\n\"p;q;r\",2\n") == [
            T.row(1, ["a", "b"]), T.row(2, ["x;y;z", "1"]), T.row(3, ["p;q;r", "2"]),
        ])
        #expect(try rows("标题\n序号;姓名\n1;李四\n") == [
            T.row(1, ["标题"]), T.row(2, ["序号", "姓名"]), T.row(3, ["1", "李四"]),
        ])
        #expect(try rows("one column\nx y\n") == [T.row(1, ["one column"]), T.row(2, ["x y"])])
    }

    @Test func separatorLineAfterAByteOrderMark() throws {
        let path = try T.temporaryFile([0xEF, 0xBB, 0xBF] + Array("sep=|\r\na|b,c\r\n".utf8))
        #expect(try T.read(path).rows == [T.row(1, ["a", "b,c"])])
    }

    @Test func lastRecordEndings() throws {
        #expect(try rows("a,b\r") == [T.row(1, ["a", "b"])])
        #expect(try rows("a,\"b\"") == [T.row(1, ["a", "b"])])
        #expect(try rows("a,\"b\"\r\n\r\n") == [T.row(1, ["a", "b"])])
        #expect(try rows("x\n\n\ny") == [T.row(1, ["x"]), T.row(4, ["y"])])
    }

    @Test func utf16WithAnOddByteCount() throws {
        let path = try T.temporaryFile([0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00, 0x62])
        let error = T.error { _ = try T.read(path) }
        #expect(error?.message.en.hasPrefix("the file is not valid UTF-16LE text: the byte at offset 6 cannot be decoded.") == true)
    }

    @Test func forcedUTF16LeavesTheByteOrderMarkToIconv() throws {
        let result = try T.read(T.fixture("python-utf16.csv"), encoding: "utf-16")
        #expect(result.rows == CSVReaderFixtureTests.returnRows)
    }

    /// A bad GB18030 byte far into the file still fails before any row is handed on.
    @Test func gb18030ErrorLateInTheFileFailsBeforeAnyRow() throws {
        let head = T.gb18030(String(repeating: "序号,姓名\r\n", count: 30_000))
        let path = try T.temporaryFile(head + [0x31, 0x2C, 0xFF, 0x0D, 0x0A] + T.gb18030("2,王五\r\n"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = T.error { _ = try CSVReader(path: path, options: ReadOptions()) }
        #expect(error?.message.en.hasPrefix("cannot tell the file's encoding: it is not UTF-8 (invalid at byte offset 0) "
            + "nor GB18030 (invalid at byte offset \(head.count + 2)).") == true)
    }

    @Test func emptyFileIsAnError() throws {
        let path = try T.temporaryFile([])
        #expect(T.error { _ = try T.read(path) }?.kind == .emptyFile)
    }

    @Test func byteOrderMarkOnlyGivesNoRows() throws {
        let path = try T.temporaryFile([0xEF, 0xBB, 0xBF])
        #expect(try T.read(path).rows == [])
    }

    @Test func neitherUTF8NorGB18030() throws {
        let path = try T.temporaryFile(Array("a,b\r\n".utf8) + [0x81, 0x20])
        let error = T.error { _ = try T.read(path) }
        #expect(error?.kind == .undecodableText)
        #expect(error?.message.zh.hasPrefix("无法识别文件编码：不是 UTF-8（字节偏移 5 处无效），也不是 GB18030（字节偏移 5 处无效）。") == true)
    }

    @Test func utf8WithBOMMustBeValid() throws {
        let path = try T.temporaryFile([0xEF, 0xBB, 0xBF] + Array("a,".utf8) + [0xC3])
        let error = T.error { _ = try T.read(path) }
        #expect(error?.message.en.hasPrefix("the file is not valid UTF-8 text: the byte at offset 5 cannot be decoded.") == true)
    }

    /// A line with no line break stops at the field limit, naming the cell, with bounded memory.
    @Test func fieldLimit() throws {
        let path = try T.temporaryFile(Array("a,b\n1,".utf8) + [UInt8](repeating: 0x41, count: 3 << 20))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = T.error { _ = try T.read(path) }
        #expect(error?.kind == .limitExceeded)
        #expect(error?.message.en == "cell B2 holds more than 1048576 bytes: probably an unmatched quote or a file without line breaks; check there")
    }

    /// A record longer than the field limit is fine when its fields are not (the buffer grows for it).
    @Test func wideRecordOverAMebibyte() throws {
        let field = String(repeating: "字", count: 24)
        let record = Array(repeating: field, count: 16_000).joined(separator: ",")
        let rows = try rows("a\r\n" + record + "\r\n" + record + "\r\nz")
        #expect(rows.map(\.number) == [1, 2, 3, 4])
        #expect(rows[1].cells.count == 16_000)
        #expect(rows[2].cells == Array(repeating: .text(field), count: 16_000))
        #expect(rows[3] == T.row(4, ["z"]))
    }

    @Test func unclosedQuoteStopsAtTheFieldLimit() throws {
        let path = try T.temporaryFile(Array("a,b\n1,\"".utf8) + [UInt8](repeating: 0x41, count: 3 << 20))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = T.error { _ = try T.read(path) }
        #expect(error?.message.en.hasPrefix("cell B2 holds more than 1048576 bytes") == true)
    }

    @Test func columnLimit() throws {
        let path = try T.temporaryFile([UInt8](repeating: 0x2C, count: CellAddress.maxColumn + 5) + [0x78])
        let error = T.error { _ = try T.read(path) }
        #expect(error?.kind == .limitExceeded)
        #expect(error?.message.en.hasPrefix("row 1 is longer than") == true)
    }

    /// Many records cross the 256 KiB buffer boundary: quoted line breaks, doubled quotes, CRLF cut in two, CR alone,
    /// a three-byte full-width comma delimiter cut in two.
    @Test(arguments: [(",", "\r\n"), ("，", "\r\n"), (",", "\r"), ("\t", "\n")])
    func recordsAcrossBufferBoundaries(delimiter: String, lineEnd: String) throws {
        var text = ""
        var expected: [SheetRow] = []
        for number in 1...40_000 {
            let note = number % 3 == 0 ? "第\(number)行\r\n\"引\"" : "x\(number)"
            let quoted = "\"" + note.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            text += "\(number)\(delimiter)\(quoted)\(delimiter)0\(number)\(lineEnd)"
            expected.append(T.row(number, [String(number), note, "0\(number)"]))
        }
        #expect(text.utf8.count > 3 * 256 * 1024)  // several buffers
        #expect(try rows(text) == expected)
        #expect(try rows(text, gb18030: true) == expected)
    }
}
