/// What a streaming encoding check found in one piece of a file.
enum EncodingCheck: Equatable {
    case valid
    /// A sequence starts at this index but is cut by the end of the piece.
    case incomplete(at: Int)
    /// The sequence starting at this index is not valid.
    case invalid(at: Int)
}

/// Strict UTF-8 validation (no overlongs, no surrogates, nothing past U+10FFFF), usable on a file read in pieces.
enum UTF8Validation {
    static func check(_ bytes: UnsafePointer<UInt8>, count: Int) -> EncodingCheck {
        var index = 0
        // Eight bytes at a time while they last: skip every ASCII byte at the front of the word at once, and take
        // a three-byte sequence (all of Chinese) with one mask test.
        while index + 8 <= count {
            let word = UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self)
            let highBits = word & 0x8080_8080_8080_8080
            if highBits == 0 {
                index += 8
                continue
            }
            let asciiBytes = highBits.trailingZeroBitCount >> 3
            if asciiBytes > 0 {
                index += asciiBytes
                continue
            }
            if word & 0xC0_C0F0 == 0x80_80E0 {
                guard isValidThreeByte(word) else { return .invalid(at: index) }
                // Chinese comes in runs: take the next character from the same word when it is one too.
                let next = word >> 24
                if next & 0xC0_C0F0 == 0x80_80E0 {
                    guard isValidThreeByte(next) else { return .invalid(at: index + 3) }
                    index += 6
                } else {
                    index += 3
                }
                continue
            }
            let lead = UInt8(truncatingIfNeeded: word)
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard isValidSequence(lead, bytes + index + 1, length: length) else { return .invalid(at: index) }
            index += length
        }
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard index + length <= count else {
                return lead >= 0xC2 && lead <= 0xF4 ? .incomplete(at: index) : .invalid(at: index)
            }
            guard isValidSequence(lead, bytes + index + 1, length: length) else { return .invalid(at: index) }
            index += length
        }
        return .valid
    }

    /// Whether the three-byte sequence in the low bytes of `word` (already shaped 1110xxxx 10xxxxxx 10xxxxxx)
    /// is neither overlong (E0 80–9F) nor a surrogate (ED A0–BF).
    @inline(__always)
    private static func isValidThreeByte(_ word: UInt64) -> Bool {
        let lead = UInt8(truncatingIfNeeded: word)
        let second = UInt8(truncatingIfNeeded: word >> 8)
        return (lead != 0xE0 || second >= 0xA0) && (lead != 0xED || second <= 0x9F)
    }

    /// Whether `lead` and the `length - 1` bytes at `rest` are one well-formed sequence (Unicode Table 3-7).
    @inline(__always)
    private static func isValidSequence(_ lead: UInt8, _ rest: UnsafePointer<UInt8>, length: Int) -> Bool {
        let second = rest[0]
        switch length {
        case 2:
            return lead >= 0xC2 && second & 0xC0 == 0x80
        case 3:
            // Chinese text: E4–E9 with any continuation bytes, the common case.
            guard second & 0xC0 == 0x80, rest[1] & 0xC0 == 0x80 else { return false }
            if lead == 0xE0 { return second >= 0xA0 }
            if lead == 0xED { return second <= 0x9F }
            return true
        default:
            guard lead <= 0xF4, second & 0xC0 == 0x80, rest[1] & 0xC0 == 0x80, rest[2] & 0xC0 == 0x80 else { return false }
            if lead == 0xF0 { return second >= 0x90 }
            if lead == 0xF4 { return second <= 0x8F }
            return true
        }
    }
}
