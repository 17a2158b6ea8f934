import Foundation
import Testing
import Spreadsheet

/// Property: what `CSVWriter` writes reads back through `CSVReader` to the same grid, in both encodings.
@Suite struct CSVRoundTripTests {
    typealias T = CSVTesting

    /// SplitMix64: a small seeded generator, so every run tests the same grids.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "", "0", "007", "00123", "李延苏", "上社", "中文，逗号", "a,b", "say \"hi\"", "\"", "line\r\nbreak", "cr\ronly",
        "lf\nonly", "=1+1", "+86 138", "-5", "@x", "\tTab", "semi;colon", "pi|pe", " spaced ", "530381198807170012",
        "12345678901234567890", "sep=;", "sep=x", "'quote", "𠀀", "é", "x",
    ]

    /// Cells that are not text, with the text Excel shows for them.
    static let typedCells: [(CellValue, String)] = [
        (.number(3), "3"), (.number(0.1), "0.1"), (.number(1e17), "1E+17"), (.number(-2.5), "-2.5"),
        (.bool(true), "TRUE"), (.date(DateTime(year: 2018, month: 7, day: 17)), "2018-07-17"), (.empty, ""),
    ]

    /// A random grid and the rows the reader must give back for it.
    static func randomGrid(_ generator: inout SeededGenerator) -> (grid: [[CellValue]], expected: [SheetRow]) {
        var grid: [[CellValue]] = []
        var expected: [SheetRow] = []
        for number in 1...Int.random(in: 1...25, using: &generator) {
            var cells: [CellValue] = []
            var texts: [String] = []
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                if Int.random(in: 0..<5, using: &generator) == 0 {
                    let (cell, text) = typedCells.randomElement(using: &generator)!
                    cells.append(cell)
                    texts.append(text)
                    continue
                }
                let text = (0..<Int.random(in: 1...3, using: &generator))
                    .map { _ in pieces.randomElement(using: &generator)! }.joined()
                cells.append(.text(text))
                texts.append(text.utf8.first.map { "=+-@\t\r".utf8.contains($0) } == true ? "'" + text : text)
            }
            grid.append(cells)
            while texts.last == "" { texts.removeLast() }
            if !texts.isEmpty { expected.append(T.row(number, texts)) }
        }
        return (grid, expected)
    }

    @Test(arguments: CSVOutputEncoding.allCases)
    func writtenGridsReadBack(encoding: CSVOutputEncoding) throws {
        var generator = SeededGenerator(state: 20_180_717)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zoufang-roundtrip-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        for _ in 0..<300 {
            let (grid, expected) = Self.randomGrid(&generator)
            let writer = try CSVWriter(path: path, encoding: encoding)
            for row in grid { try writer.write(row) }
            try writer.finish()
            let result = try T.read(path, encoding: encoding == .gb18030 ? "gb18030" : nil)
            #expect(result.rows == expected, "grid \(grid)")
            #expect(result.notes.isEmpty)
        }
    }
}
