import Glibc

/// The encoding of a written CSV file.
public enum CSVOutputEncoding: String, Sendable, CaseIterable {
    /// UTF-8 with a byte-order mark, so Excel and WPS open it right (the default).
    case utf8
    /// GB18030, for old Excel versions that ignore the byte-order mark.
    case gb18030
}

/// Writes rows of cells as CSV: comma-separated, CRLF line ends, RFC 4180 quoting, each cell as the text Excel
/// shows for it. The file appears at `path` only when `finish()` succeeds (see `AtomicOutput`).
public final class CSVWriter {
    private let output: AtomicOutput
    private var descriptor: Int32
    private let converter: IconvConverter?
    private var pending: [UInt8] = []
    private var converted: [UInt8] = []

    private static let flushSize = 64 * 1024

    /// `protectedPaths` are the inputs, which the writer refuses to overwrite.
    public init(path: String, encoding: CSVOutputEncoding = .utf8, protectedPaths: [String] = []) throws(SpreadsheetError) {
        output = try AtomicOutput(destination: path, protectedPaths: protectedPaths)
        descriptor = open(output.temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SpreadsheetError.cannotWrite(path) }
        pending.reserveCapacity(Self.flushSize * 2)
        switch encoding {
        case .utf8:
            converter = nil
            pending.append(contentsOf: [0xEF, 0xBB, 0xBF])
        case .gb18030:
            guard let converter = IconvConverter(from: "UTF-8", to: "GB18030") else {
                throw TextDecodingFailure.unknownEncoding(path: path, name: "GB18030")
            }
            self.converter = converter
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends one row; an empty row is an empty line.
    public func write(_ row: [CellValue]) throws(SpreadsheetError) {
        // The row is built in a local array: one exclusivity check on `pending` per row, not one per field.
        var bytes: [UInt8] = []
        swap(&bytes, &pending)
        for (index, value) in row.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            CSVFieldText.append(value, to: &bytes)
        }
        bytes.append(CSVByte.cr)
        bytes.append(CSVByte.lf)
        swap(&bytes, &pending)
        if pending.count >= Self.flushSize { try flush() }
    }

    /// Writes what is left and moves the file into place.
    public func finish() throws(SpreadsheetError) {
        try flush()
        let status = close(descriptor)
        descriptor = -1
        guard status == 0 else { throw SpreadsheetError.cannotWrite(output.destination) }
        try output.commit()
    }

    private func flush() throws(SpreadsheetError) {
        if let converter {
            // Rows end on whole characters and GB18030 covers all of Unicode, so the conversion cannot stop early.
            converted.removeAll(keepingCapacity: true)
            converted.append(contentsOf: repeatElement(0, count: pending.count * 2))
            let result = converter.convert(pending, count: pending.count, into: &converted, capacity: converted.count)
            try writeAll(converted, count: result.produced)
        } else {
            try writeAll(pending, count: pending.count)
        }
        pending.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: [UInt8], count: Int) throws(SpreadsheetError) {
        var written = 0
        while written < count {
            let result = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, count - written) }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { throw SpreadsheetError.cannotWrite(output.destination) }
            written += result
        }
    }
}
