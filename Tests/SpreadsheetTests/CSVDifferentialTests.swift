import Foundation
import Testing
@testable import Spreadsheet

/// The streaming scanner, with a buffer small enough to cut many records in two, against a plain reference
/// parser that holds the whole text, on random text full of quotes, delimiters, line ends and NUL bytes.
@Suite struct CSVDifferentialTests {
    typealias T = CSVTesting

    /// The rules of decisions.md "CSV reader and writer", written the simplest way: whole text in memory.
    static func referenceRows(_ text: [UInt8], delimiter: [UInt8]) -> [SheetRow] {
        var rows: [SheetRow] = []
        var fields: [[UInt8]] = []
        var field: [UInt8] = []
        var number = 0
        var index = 0
        func endField() {
            fields.append(field.filter { $0 != 0 })
            field = []
        }
        func endRecord() {
            endField()
            number += 1
            while fields.last?.isEmpty == true { fields.removeLast() }
            if !fields.isEmpty {
                rows.append(SheetRow(number: number, cells: fields.map { $0.isEmpty ? .empty : .text(String(decoding: $0, as: UTF8.self)) }))
            }
            fields = []
        }
        func atDelimiter() -> Bool { text[index...].starts(with: delimiter) }
        while index < text.count {
            // One field, starting at `index`.
            if text[index] == CSVByte.quote {
                index += 1
                while index < text.count {
                    if text[index] == CSVByte.quote {
                        if index + 1 < text.count, text[index + 1] == CSVByte.quote {
                            field.append(CSVByte.quote)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    field.append(text[index])
                    index += 1
                }
            }
            while index < text.count, text[index] != CSVByte.cr, text[index] != CSVByte.lf, !atDelimiter() {
                field.append(text[index])
                index += 1
            }
            if index == text.count { break }
            if atDelimiter() {
                endField()
                index += delimiter.count
                if index == text.count { break }
                continue
            }
            index += text[index] == CSVByte.cr && index + 1 < text.count && text[index + 1] == CSVByte.lf ? 2 : 1
            endRecord()
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return rows
    }

    static let tokens: [[UInt8]] = [
        Array("\"".utf8), Array("\"\"".utf8), Array(",".utf8), Array("，".utf8), Array("\r".utf8), Array("\n".utf8),
        Array("\r\n".utf8), [0], Array("中".utf8), Array("ab".utf8), Array("0123".utf8), Array(" ".utf8),
    ]

    /// In GB18030 the text also goes through iconv into the small buffer.
    @Test(arguments: [(",", false), ("，", false), (",", true), ("，", true)])
    func scannerAgreesWithTheReference(delimiter: String, gb18030: Bool) throws {
        var generator = CSVRoundTripTests.SeededGenerator(state: 4180)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zoufang-diff-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        for _ in 0..<150 {
            var text: [UInt8] = []
            // Mostly plain fields, so records are many and short; quotes and line ends now and then.
            while text.count < 3_000 {
                let rare = Int.random(in: 0..<4, using: &generator) == 0
                text += Self.tokens[rare ? Int.random(in: 0..<Self.tokens.count, using: &generator) : Int.random(in: 8..<11, using: &generator)]
                if Int.random(in: 0..<3, using: &generator) == 0 { text += Array(delimiter.utf8) }
                if Int.random(in: 0..<12, using: &generator) == 0 { text += Array("\r\n".utf8) }
            }
            let file = Array("sep=\(delimiter)\n".utf8) + text
            try Data(gb18030 ? T.gb18030(String(decoding: file, as: UTF8.self)) : file).write(to: URL(fileURLWithPath: path))
            let reader = try CSVReader(path: path, options: ReadOptions(encoding: gb18030 ? "gb18030" : nil), bufferCapacity: 64)
            var rows: [SheetRow] = []
            try reader.forEachRow(sheet: 0) { rows.append($0) }
            #expect(rows == Self.referenceRows(text, delimiter: Array(delimiter.utf8)), "\(String(decoding: text, as: UTF8.self).debugDescription)")
        }
    }
}
