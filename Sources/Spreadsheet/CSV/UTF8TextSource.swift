/// A text file's content as UTF-8 bytes, read piece by piece: the file itself when it is UTF-8,
/// else converted by iconv. The byte-order mark is skipped.
final class UTF8TextSource {
    private let input: FileInput
    private let encoding: TextEncoding
    private let converter: IconvConverter?
    /// Raw bytes waiting for conversion: [pending, rawCount) of `raw`.
    private let raw: UnsafeMutablePointer<UInt8>
    private var rawCount = 0
    private var pending = 0
    /// File offset of `raw[0]`.
    private var rawOffset: Int
    private var inputExhausted = false

    private static let rawCapacity = 128 * 1024

    init(path: String, encoding: TextEncoding) throws(SpreadsheetError) {
        input = try FileInput(path: path)
        try input.skip(encoding.bomLength)
        self.encoding = encoding
        rawOffset = encoding.bomLength
        if let name = encoding.iconvName {
            guard let converter = IconvConverter(from: name, to: "UTF-8") else {
                throw TextDecodingFailure.unknownEncoding(path: path, name: name)
            }
            self.converter = converter
            raw = .allocate(capacity: Self.rawCapacity)
        } else {
            converter = nil
            raw = .allocate(capacity: 0)
        }
    }

    deinit {
        raw.deallocate()
    }

    /// Writes up to `capacity` (at least 4) UTF-8 bytes; 0 only at the end of the file.
    func read(into output: UnsafeMutablePointer<UInt8>, capacity: Int) throws(SpreadsheetError) -> Int {
        guard let converter else { return try input.read(into: output, capacity: capacity) }
        while true {
            if pending == rawCount || (pending > 0 && !inputExhausted) {
                try refillRaw()
            }
            let result = converter.convert(raw + pending, count: rawCount - pending, into: output, capacity: capacity)
            pending += result.consumed
            switch result.stop {
            case .invalidInput:
                throw failure(at: rawOffset + pending)
            case .incompleteInput where inputExhausted:
                throw failure(at: rawOffset + pending)
            case .inputConsumed where inputExhausted && result.produced == 0:
                return 0
            default:
                if result.produced > 0 { return result.produced }
            }
        }
    }

    /// Moves the unconverted tail to the front and reads more of the file behind it.
    private func refillRaw() throws(SpreadsheetError) {
        let tail = rawCount - pending
        raw.update(from: raw + pending, count: tail)
        rawOffset += pending
        pending = 0
        let count = try input.read(into: raw + tail, capacity: Self.rawCapacity - tail)
        rawCount = tail + count
        if count == 0 { inputExhausted = true }
    }

    private func failure(at offset: Int) -> SpreadsheetError {
        if let utf8Offset = encoding.firstInvalidUTF8 {
            return TextDecodingFailure.neitherUTF8NorGB18030(path: input.path, utf8Offset: utf8Offset, gb18030Offset: offset)
        }
        return TextDecodingFailure.invalid(path: input.path, encoding: encoding.displayName, offset: offset)
    }
}
