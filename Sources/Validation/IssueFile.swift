import Foundation
import Questionnaire
import Spreadsheet

/// The issues of a check, packed end to end and written 64 KiB at a time to a temporary file
/// (`SpilledBlocks`) as they are found, so that a report of many issues keeps only a small entry per issue
/// in memory (`CheckReport` sorts the entries and reads each issue back when it writes it).
///
/// Append-only and shared by copies of a report: each copy keeps its own entries, so none sees another's
/// issues. The lock makes appends and reads safe from any thread.
final class IssueFile: @unchecked Sendable {
    /// Where an issue's bytes are: in the block `block` from `start`, `length` bytes.
    struct Entry: Sendable {
        var block: Int32
        var start: UInt32
        var length: UInt32
    }

    private static let blockSize = 1 << 16

    private let lock = NSLock()
    /// Made when the first block is full: a check with few issues makes no file.
    private let blocks = SpilledBlocks()
    private var sealedBlocks = 0
    /// The block being filled.
    private var open: [UInt8] = []

    func append(_ issue: Issue) -> Entry {
        lock.withLock {
            let start = open.count
            Self.encode(issue, into: &open)
            let entry = Entry(block: Int32(sealedBlocks), start: UInt32(start), length: UInt32(open.count - start))
            if open.count >= Self.blockSize {
                _ = blocks.append(open)
                sealedBlocks += 1
                open.removeAll(keepingCapacity: true)
            }
            return entry
        }
    }

    func issue(_ entry: Entry) -> Issue {
        let range = Int(entry.start)..<Int(entry.start) + Int(entry.length)
        let bytes = lock.withLock {
            Int(entry.block) < sealedBlocks ? blocks.bytes(of: Int(entry.block), in: range) : Array(open[range])
        }
        return Self.decode(bytes)
    }

    private static func encode(_ issue: Issue, into bytes: inout [UInt8]) {
        bytes.appendText(issue.code.rawValue)
        bytes.appendText(issue.severity.rawValue)
        encode(issue.location, into: &bytes)
        encode(issue.field, into: &bytes)
        encode(issue.value, into: &bytes)
        bytes.appendNumber(issue.fields.map { $0.count + 1 } ?? 0)
        for field in issue.fields ?? [] { bytes.appendText(field) }
        bytes.appendNumber(issue.other == nil ? 0 : 1)
        if let other = issue.other { encode(other, into: &bytes) }
        bytes.appendText(issue.message.zh)
        bytes.appendText(issue.message.en)
    }

    private static func encode(_ location: SourceLocation, into bytes: inout [UInt8]) {
        bytes.appendText(location.file)
        encode(location.sheet, into: &bytes)
        bytes.appendNumber(location.row.map { $0 + 1 } ?? 0)
        bytes.appendNumber(location.column.map { $0 + 1 } ?? 0)
    }

    private static func encode(_ text: String?, into bytes: inout [UInt8]) {
        bytes.appendNumber(text == nil ? 0 : 1)
        if let text { bytes.appendText(text) }
    }

    private static func decode(_ bytes: [UInt8]) -> Issue {
        var reader = ByteReader(bytes)
        func optionalText() -> String? { reader.number() == 0 ? nil : reader.text() }
        func location() -> SourceLocation {
            let file = reader.text()
            let sheet = optionalText()
            let row = reader.number()
            let column = reader.number()
            return SourceLocation(file: file, sheet: sheet, row: row == 0 ? nil : row - 1, column: column == 0 ? nil : column - 1)
        }
        let code = IssueCode(rawValue: reader.text()) ?? .unreadableFile
        let severity = Severity(rawValue: reader.text()) ?? code.severity
        let place = location()
        let field = optionalText()
        let value = optionalText()
        let fieldCount = reader.number()
        let fields = fieldCount == 0 ? nil : (1..<fieldCount).map { _ in reader.text() }
        let other = reader.number() == 0 ? nil : location()
        let message = LocalizedText(zh: reader.text(), en: reader.text())
        return Issue(code, at: place, field: field, value: value, fields: fields, other: other, severity: severity, message: message)
    }
}
