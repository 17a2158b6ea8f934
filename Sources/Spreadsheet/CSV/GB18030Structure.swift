/// The byte structure of GB18030 (one byte 00–7F; two bytes 81–FE then 40–7E or 80–FE; four bytes 81–FE, 30–39,
/// 81–FE, 30–39), checked before any row is handed on so that a file that is neither UTF-8 nor GB18030 fails at
/// once. It accepts everything glibc's iconv decodes (and a few unassigned four-byte codes iconv refuses, which
/// then fail during the read). No code table: iconv does the decoding.
enum GB18030Structure {
    static func check(_ bytes: UnsafePointer<UInt8>, count: Int) -> EncodingCheck {
        var index = 0
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                // Then skip the ASCII bytes at the front of each eight-byte word at once.
                while index + 8 <= count {
                    let highBits = UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
                    index += highBits.trailingZeroBitCount >> 3
                    if highBits != 0 { break }
                }
                continue
            }
            guard lead >= 0x81 && lead <= 0xFE else { return .invalid(at: index) }
            guard index + 1 < count else { return .incomplete(at: index) }
            let second = bytes[index + 1]
            if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) {
                index += 2
                continue
            }
            guard (0x30...0x39).contains(second) else { return .invalid(at: index) }
            guard index + 3 < count else { return .incomplete(at: index) }
            guard (0x81...0xFE).contains(bytes[index + 2]), (0x30...0x39).contains(bytes[index + 3]) else {
                return .invalid(at: index)
            }
            index += 4
        }
        return .valid
    }
}
