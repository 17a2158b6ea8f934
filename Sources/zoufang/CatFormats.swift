import Foundation
import Spreadsheet

/// Collects output and writes it to stdout in large blocks. The first 16 MiB are held back, so a file
/// that turns out unreadable part-way (most do so at once) leaves stdout empty.
final class BufferedOutput {
    private var bytes: [UInt8] = []
    private var flushedOnce = false

    func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= (flushedOnce ? 1 << 20 : 16 << 20) { flush() }
    }

    func flush() {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(1, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
        bytes.removeAll(keepingCapacity: true)
        flushedOnce = true
    }
}

/// "Raw cells" JSON (shared/spec/outputs.md): every row from 1 to the last, dense, `null` for empty.
struct RawCellsJSON {
    let file: String
    let output: BufferedOutput

    func write(_ reader: any SpreadsheetReader, sheets: [Int]) throws {
        output.write("{\"file\": \(Self.string(file)), \"sheets\": [")
        for (position, index) in sheets.enumerated() {
            let info = reader.sheets[index]
            let merged = try reader.mergedRanges(sheet: index).map { Self.string($0.description) }
            output.write(position == 0 ? "\n" : ",\n")
            output.write("  {\"sheet\": \(Self.string(info.name)), \"hidden\": \(info.visibility != .visible), ")
            output.write("\"merged\": [\(merged.joined(separator: ", "))],\n   \"rows\": [")
            var lastRow = 0
            try reader.forEachRow(sheet: index) { row in
                while lastRow < row.number {
                    lastRow += 1
                    output.write(lastRow == 1 ? "\n    " : ",\n    ")
                    output.write(lastRow == row.number ? "[" + row.cells.map(Self.cell).joined(separator: ", ") + "]" : "[]")
                }
            }
            output.write("]}")
        }
        output.write("\n]}\n")
    }

    static func cell(_ value: CellValue) -> String {
        switch value {
        case .empty: "null"
        case .text(let text): string(text)
        case .number(let number): self.number(number)
        case .bool(let flag): flag ? "true" : "false"
        case .date(let date): "{\"date\": \"\(date)\"}"
        case .error(let error): "{\"error\": \(string(error))}"
        }
    }

    /// The shortest text that reads back as the same double: `3`, `0.1`, `1e+17`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    static func string(_ text: String) -> String {
        let plain = !text.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        if plain { return "\"" + text + "\"" }
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where scalar.value < 0x20: escaped += String(format: "\\u%04x", scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}

/// CSV or TSV for people: values as Excel shows them with its General format. With several sheets, each
/// starts with a `# sheet name` line.
struct PeopleCells {
    let separator: String
    let output: BufferedOutput

    func write(_ reader: any SpreadsheetReader, sheets: [Int]) throws {
        for index in sheets {
            if sheets.count > 1 { output.write("# \(reader.sheets[index].name)\n") }
            var lastRow = 0
            try reader.forEachRow(sheet: index) { row in
                output.write(String(repeating: "\n", count: max(row.number - lastRow - 1, 0)))
                output.write(row.cells.map { field(Self.text($0)) }.joined(separator: separator) + "\n")
                lastRow = row.number
            }
        }
    }

    /// Quoted only when it holds the separator, a quote or a line break (checked byte by byte: Foundation's
    /// `contains` took most of the time of a large CSV).
    private func field(_ text: String) -> String {
        let separatorByte = separator.utf8.first!
        let needsQuotes = text.utf8.contains { byte in
            byte == separatorByte || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func text(_ value: CellValue) -> String {
        switch value {
        case .empty: ""
        case .text(let text): text
        case .number(let number): generalFormat(number)
        case .bool(let flag): flag ? "TRUE" : "FALSE"
        case .date(let date): date.description
        case .error(let error): error
        }
    }

    /// Excel's General format in a standard-width cell: integers up to 11 digits as they are, other values
    /// to 10 significant digits, and very large or small ones in scientific form (`4.20514E+17`).
    static func generalFormat(_ value: Double) -> String {
        let magnitude = abs(value)
        if value == value.rounded(), magnitude < 1e11 { return String(Int64(value)) }
        if magnitude >= 1e11 || magnitude < 1e-9 { return scientific(value) }
        let text = String(format: "%.10G", value)
        return text.contains("E") ? scientific(value) : text
    }

    private static func scientific(_ value: Double) -> String {
        let text = String(format: "%.5E", value)
        guard let e = text.firstIndex(of: "E") else { return text }
        var mantissa = String(text[..<e])
        while mantissa.hasSuffix("0") { mantissa.removeLast() }
        if mantissa.hasSuffix(".") { mantissa.removeLast() }
        return mantissa + text[e...]
    }
}

/// `count`: each sheet's name, rows holding a value and non-empty cells, tab-separated (reads every cell).
/// `merged`: each sheet's merged ranges, one per line after the sheet's name (reads no rows).
struct SheetSummary {
    let output: BufferedOutput
    let mergedOnly: Bool

    func write(_ reader: any SpreadsheetReader, sheets: [Int]) throws {
        for index in sheets {
            let name = reader.sheets[index].name
            if mergedOnly {
                output.write(name + "\n")
                for range in try reader.mergedRanges(sheet: index) { output.write("\t\(range)\n") }
                continue
            }
            var rows = 0
            var cells = 0
            try reader.forEachRow(sheet: index) { row in
                rows += 1
                for cell in row.cells where !cell.isEmpty { cells += 1 }
            }
            output.write("\(name)\t\(rows)\t\(cells)\n")
        }
    }
}
