import Foundation
import Spreadsheet
import Testing
import TestSupport

/// What the writers write is read back identically by our readers and by Python's own readers.
/// Texts through XLSX (calamine, openpyxl) and CSV through our reader are in SpreadsheetTests; these add
/// numbers, booleans and dates through XLSX, and CSV through Python's csv module.
@Suite struct WriterRoundTripTests {
    static let values: [CellValue] = [
        .number(0), .number(-0.5), .number(1e-300), .number(123_456_789_012_345), .number(0.1 + 0.2),
        .number(-1.7976931348623157e308), .number(4_294_967_297), .bool(true), .bool(false),
        .date(DateTime(year: 2018, month: 7, day: 17)), .date(DateTime(year: 1900, month: 3, day: 1)),
        .date(DateTime(year: 2026, month: 11, day: 29, hour: 23, minute: 59, second: 59)),
        .text("0012"), .text("530802199001011234"), .text("=1+1"), .text("是"),
    ]

    private func scratch(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zoufang-writers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    private func writeWorkbook() throws -> String {
        let path = try scratch("值.xlsx")
        let writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet("值")
        for value in Self.values { try sheet.writeRow([value]) }
        try writer.close()
        return path
    }

    @Test func ourReaderReadsEveryValueBack() throws {
        let reader = try XLSXReader(path: try writeWorkbook())
        var read: [CellValue] = []
        try reader.forEachRow(sheet: 0) { read.append($0[1]) }
        #expect(read == Self.values)
    }

    /// openpyxl: numbers as float (an integral one as int), booleans as bool, dates as datetime by their style.
    @Test func openpyxlReadsEveryValueBack() throws {
        guard try ExternalTools.available(ExternalTools.python, named: "python") else { return }
        let script = """
            import sys, openpyxl
            for (cell,) in openpyxl.load_workbook(sys.argv[1])["值"].iter_rows():
                v = cell.value
                print(type(v).__name__, v.isoformat(" ") if hasattr(v, "isoformat") else repr(v))
            """
        let result = try runProcess(ExternalTools.python!, ["-c", script, try writeWorkbook()])
        let expected = Self.values.map { value -> String in
            switch value {
            case .number(let number) where number == number.rounded() && abs(number) < 1e15: "int \(Int(number))"
            case .number(let number): "float \(Self.pythonRepr(number))"
            case .bool(let flag): "bool \(flag ? "True" : "False")"
            case .date(let date): "datetime \(date.year)-\(Self.two(date.month))-\(Self.two(date.day)) \(Self.two(date.hour)):\(Self.two(date.minute)):\(Self.two(date.second))"
            case .text(let text): "str '\(text)'"
            default: "?"
            }
        }
        #expect(result.output.split(separator: "\n").map(String.init) == expected, "\(result.errorOutput)")
    }

    /// Python's csv module, in the file's own encoding, reads every written text back (formula-like text
    /// with the apostrophe the writer adds so Excel shows it as text).
    @Test(arguments: CSVOutputEncoding.allCases)
    func pythonCSVReadsEveryTextBack(_ encoding: CSVOutputEncoding) throws {
        guard try ExternalTools.available(ExternalTools.python, named: "python") else { return }
        let texts = ["a,b", "\"q\"", "行一\r\n行二", " 前后空格 ", "", "0012", "=SUM(A1)", "-3", "中文，全角", "😀", "\t", "x\ny"]
        let path = try scratch("文本.csv")
        let writer = try CSVWriter(path: path, encoding: encoding)
        for text in texts { try writer.write([.text(text), .text("尾")]) }
        try writer.finish()
        let script = """
            import csv, json, sys
            with open(sys.argv[1], encoding=sys.argv[2], newline="") as stream:
                print(json.dumps([row[0] for row in csv.reader(stream)]))
            """
        let result = try runProcess(ExternalTools.python!, ["-c", script, path, encoding == .utf8 ? "utf-8-sig" : "gb18030"])
        let read = try JSONDecoder().decode([String].self, from: Data(result.stdout))
        #expect(read == texts.map { "=+-@\t\r".contains($0.first ?? " ") ? "'" + $0 : $0 })
    }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    /// Python's repr of a float: the shortest text that reads back, as Swift's description gives.
    private static func pythonRepr(_ number: Double) -> String { "\(number)" }
}
