/// Strict UTF-8 validation (no overlongs, no surrogates, nothing past U+10FFFF), usable on a file read in pieces.
enum UTF8Validation {
    enum Outcome: Equatable {
        case valid
        /// A sequence starts at this index but is cut by the end of the piece.
        case incomplete(at: Int)
        /// The sequence starting at this index is not UTF-8.
        case invalid(at: Int)
    }

    static func check(_ bytes: UnsafePointer<UInt8>, count: Int) -> Outcome {
        var index = 0
        while index < count {
            // Eight ASCII bytes at a time: most of a questionnaire's bytes are digits, dates and delimiters.
            while index + 8 <= count,
                  UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            let trailing: Int
            switch lead {
            case 0xC2...0xDF: trailing = 1
            case 0xE0: trailing = 2; low = 0xA0
            case 0xED: trailing = 2; high = 0x9F
            case 0xE1...0xEF: trailing = 2
            case 0xF0: trailing = 3; low = 0x90
            case 0xF4: trailing = 3; high = 0x8F
            case 0xF1...0xF3: trailing = 3
            default: return .invalid(at: index)
            }
            for offset in 1...trailing {
                guard index + offset < count else { return .incomplete(at: index) }
                let byte = bytes[index + offset]
                let range = offset == 1 ? low...high : 0x80...0xBF
                guard range.contains(byte) else { return .invalid(at: index) }
            }
            index += trailing + 1
        }
        return .valid
    }
}
