import Foundation
@testable import Spreadsheet
import TestSupport

/// Reading helpers shared by the CSV tests.
enum CSVTesting {
    struct ReadResult {
        var sheet: String
        var rows: [SheetRow]
        var notes: [ReaderNote]
    }

    static func read(_ path: String, encoding: String? = nil) throws -> ReadResult {
        let reader = try CSVReader(path: path, options: ReadOptions(encoding: encoding))
        var rows: [SheetRow] = []
        try reader.forEachRow(sheet: 0) { rows.append($0) }
        return ReadResult(sheet: reader.sheets[0].name, rows: rows, notes: reader.notes)
    }

    static func fixture(_ name: String) -> String {
        Repository.fixture("csv/" + name)
    }

    /// A row of text cells; "" is an empty cell.
    static func row(_ number: Int, _ texts: [String]) -> SheetRow {
        SheetRow(number: number, cells: texts.map { $0.isEmpty ? .empty : .text($0) })
    }

    /// Writes bytes to a fresh temporary file with the given extension.
    static func temporaryFile(_ bytes: [UInt8], extension ext: String = "csv") throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("zoufang-csv-\(UUID().uuidString).\(ext)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Text encoded as GB18030 by iconv.
    static func gb18030(_ text: String) -> [UInt8] {
        let converter = IconvConverter(from: "UTF-8", to: "GB18030")!
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 4)
        let result = converter.convert(&input, count: input.count, into: &output, capacity: output.count)
        return Array(output[..<result.produced])
    }

    /// The error `body` throws, or nil.
    static func error(_ body: () throws -> Void) -> SpreadsheetError? {
        do {
            try body()
            return nil
        } catch let error as SpreadsheetError {
            return error
        } catch {
            return nil
        }
    }
}
