/// A text file's content as UTF-8 bytes, read piece by piece: the file itself when it is UTF-8,
/// else decoded by iconv into Unicode scalars (glibc's own `WCHAR_T`, one conversion step), which we write as
/// UTF-8: glibc's UTF-8 encoder, a second step, took a fifth of the time on GB18030. The byte-order mark is skipped.
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
    /// iconv's output, written out as UTF-8 straight away.
    private let scalars: UnsafeMutablePointer<UInt32>

    private static let rawCapacity = 128 * 1024

    init(path: String, encoding: TextEncoding) throws(SpreadsheetError) {
        input = try FileInput(path: path)
        try input.skip(encoding.bomLength)
        self.encoding = encoding
        rawOffset = encoding.bomLength
        if let name = encoding.iconvName {
            guard let converter = IconvConverter(from: name, to: "WCHAR_T") else {
                throw TextDecodingFailure.unknownEncoding(path: path, name: name)
            }
            self.converter = converter
            raw = .allocate(capacity: Self.rawCapacity)
            scalars = .allocate(capacity: Self.rawCapacity)
        } else {
            converter = nil
            raw = .allocate(capacity: 0)
            scalars = .allocate(capacity: 0)
        }
    }

    deinit {
        raw.deallocate()
        scalars.deallocate()
    }

    /// Writes up to `capacity` (at least 8) UTF-8 bytes; 0 only at the end of the file.
    func read(into output: UnsafeMutablePointer<UInt8>, capacity: Int) throws(SpreadsheetError) -> Int {
        guard let converter else { return try input.read(into: output, capacity: capacity) }
        while true {
            if pending == rawCount || (pending > 0 && !inputExhausted) {
                try refillRaw()
            }
            // A scalar takes four bytes here and at most four as UTF-8, so what iconv gives fits in `output`.
            let room = min(Self.rawCapacity, capacity / 4) * 4
            let result = converter.convert(
                raw + pending, count: rawCount - pending,
                into: UnsafeMutableRawPointer(scalars).assumingMemoryBound(to: UInt8.self), capacity: room)
            pending += result.consumed
            switch result.stop {
            case .invalidInput:
                throw failure(at: rawOffset + pending)
            case .incompleteInput where inputExhausted:
                throw failure(at: rawOffset + pending)
            case .incompleteInput:
                // Only the start of a character is left (a whole file of one GB18030 lead byte): read on,
                // or the same bytes would be converted forever.
                try refillRaw()
            case .inputConsumed where inputExhausted && result.produced == 0:
                return 0
            default:
                if result.produced > 0 { return Self.writeUTF8(scalars, count: result.produced / 4, into: output) }
            }
        }
    }

    private static func writeUTF8(_ scalars: UnsafePointer<UInt32>, count: Int, into output: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        for index in 0..<count {
            let scalar = scalars[index]
            if scalar < 0x80 {
                output[written] = UInt8(truncatingIfNeeded: scalar)
                written += 1
            } else if scalar < 0x800 {
                output[written] = UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6)
                output[written + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
                written += 2
            } else if scalar < 0x1_0000 {
                output[written] = UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12)
                output[written + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
                output[written + 2] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
                written += 3
            } else {
                output[written] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
                output[written + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F)
                output[written + 2] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
                output[written + 3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
                written += 4
            }
        }
        return written
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
