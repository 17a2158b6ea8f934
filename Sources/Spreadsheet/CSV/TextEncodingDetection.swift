/// The encoding a text file is read in, and how many leading bytes (a byte-order mark) to skip.
struct TextEncoding: Equatable {
    /// The iconv name, or nil for UTF-8 (read as is, already validated).
    var iconvName: String?
    var bomLength: Int
    /// Where the file stopped being UTF-8, when detection fell back to GB18030 (for the error message).
    var firstInvalidUTF8: Int?

    /// The name shown in messages.
    var displayName: String { iconvName ?? "UTF-8" }

    static let pieceSize = 256 * 1024

    /// Decides the encoding: `forced` (from `--input-encoding`) if given; else a byte-order mark; else strict UTF-8
    /// over the whole file; else GB18030. Never GB18030 first: UTF-8 bytes are often valid GB18030 too, so trying
    /// it first would silently garble UTF-8. The whole file is validated (one extra streaming pass over the file),
    /// so a file whose first non-ASCII byte comes late is still decided right before any row is handed on; when
    /// UTF-8 fails, a second pass checks GB18030's byte structure, so a file that is neither fails here.
    static func detect(path: String, forced: String?) throws(SpreadsheetError) -> TextEncoding {
        let input = try FileInput(path: path)
        var head = [UInt8](repeating: 0, count: 3)
        let headCount = try head.withUnsafeMutableBufferPointer { buffer throws(SpreadsheetError) in
            try input.read(into: buffer.baseAddress!, capacity: 3)
        }
        head.removeSubrange(headCount...)
        guard headCount > 0 else {
            throw SpreadsheetError(.emptyFile, file: path, message: LocalizedText(
                zh: "文件是空的（0 字节），请重新导出或保存", en: "the file is empty (0 bytes): export or save it again"))
        }
        let mark = ByteOrderMark(head)
        if let forced {
            return try forcedEncoding(forced, mark: mark, path: path)
        }
        switch mark {
        case .utf16LE: return TextEncoding(iconvName: "UTF-16LE", bomLength: 2)
        case .utf16BE: return TextEncoding(iconvName: "UTF-16BE", bomLength: 2)
        case .utf8:
            if let offset = try firstInvalidUTF8(path: path, from: 3) {
                throw TextDecodingFailure.invalid(path: path, encoding: "UTF-8", offset: offset)
            }
            return TextEncoding(iconvName: nil, bomLength: 3)
        case nil:
            guard let utf8Offset = try firstInvalidUTF8(path: path, from: 0) else {
                return TextEncoding(iconvName: nil, bomLength: 0)
            }
            if let offset = try firstInvalid(path: path, from: 0, check: GB18030Structure.check) {
                throw TextDecodingFailure.neitherUTF8NorGB18030(path: path, utf8Offset: utf8Offset, gb18030Offset: offset)
            }
            return TextEncoding(iconvName: "GB18030", bomLength: 0, firstInvalidUTF8: utf8Offset)
        }
    }

    private static func forcedEncoding(_ name: String, mark: ByteOrderMark?, path: String) throws(SpreadsheetError) -> TextEncoding {
        let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
        if key == "utf8" || key == "utf8sig" {
            let skip = mark == .utf8 ? 3 : 0
            if let offset = try firstInvalidUTF8(path: path, from: skip) {
                throw TextDecodingFailure.invalid(path: path, encoding: "UTF-8", offset: offset)
            }
            return TextEncoding(iconvName: nil, bomLength: skip)
        }
        guard IconvConverter(from: name, to: "UTF-8") != nil else {
            throw TextDecodingFailure.unknownEncoding(path: path, name: name)
        }
        let skip = (key == "utf16le" && mark == .utf16LE) || (key == "utf16be" && mark == .utf16BE) ? 2 : 0
        return TextEncoding(iconvName: name, bomLength: skip)
    }

    private static func firstInvalidUTF8(path: String, from start: Int) throws(SpreadsheetError) -> Int? {
        try firstInvalid(path: path, from: start, check: UTF8Validation.check)
    }

    /// Streams the file from `start` through `check`; the offset of the first byte it refuses, or nil.
    private static func firstInvalid(
        path: String, from start: Int, check: (UnsafePointer<UInt8>, Int) -> EncodingCheck
    ) throws(SpreadsheetError) -> Int? {
        let input = try FileInput(path: path)
        try input.skip(start)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: pieceSize)
        defer { buffer.deallocate() }
        var carried = 0
        var pieceOffset = start
        while true {
            let count = try input.read(into: buffer + carried, capacity: pieceSize - carried)
            let available = carried + count
            switch check(buffer, available) {
            case .valid:
                carried = 0
            case .invalid(let index):
                return pieceOffset + index
            case .incomplete(let index):
                if count == 0 { return pieceOffset + index }
                carried = available - index
                buffer.update(from: buffer + index, count: carried)
                pieceOffset += index
                continue
            }
            if count == 0 { return nil }
            pieceOffset += available
        }
    }
}

enum ByteOrderMark: Equatable {
    case utf8, utf16LE, utf16BE

    init?(_ head: [UInt8]) {
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            self = .utf8
        } else if head.starts(with: [0xFF, 0xFE]) {
            self = .utf16LE
        } else if head.starts(with: [0xFE, 0xFF]) {
            self = .utf16BE
        } else {
            return nil
        }
    }
}
