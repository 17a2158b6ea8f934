import Testing
@testable import Spreadsheet

@Suite struct CSVEncodingTests {
    private func check(_ bytes: [UInt8]) -> EncodingCheck {
        bytes.withUnsafeBufferPointer { UTF8Validation.check($0.baseAddress!, count: $0.count) }
    }

    @Test func strictUTF8() {
        #expect(check(Array("序号,姓名,𠀀é\r\n".utf8)) == .valid)
        #expect(check([0x61, 0xC0, 0xAF]) == .invalid(at: 1))  // overlong "/"
        #expect(check([0xED, 0xA0, 0x80]) == .invalid(at: 0))  // surrogate D800
        #expect(check([0xF4, 0x90, 0x80, 0x80]) == .invalid(at: 0))  // past U+10FFFF
        #expect(check([0xE0, 0x80, 0x80]) == .invalid(at: 0))  // overlong three-byte
        // The second of two three-byte sequences read from one eight-byte word.
        #expect(check(Array("中".utf8) + [0xED, 0xA0, 0x80] + Array("abcdefgh".utf8)) == .invalid(at: 3))
        #expect(check(Array("中文".utf8) + [0xE0, 0x9F, 0x80] + Array("abcdefgh".utf8)) == .invalid(at: 6))
        #expect(check(Array("0123456789abcdef中".utf8).dropLast()) == .incomplete(at: 16))
        #expect(check(Array("0123456789abcdef".utf8) + [0xD6, 0xD0, 0xCE, 0xC4]) == .invalid(at: 16))  // GB18030 中文
    }

    /// The fast eight-byte path agrees with the standard library on random near-UTF-8 bytes.
    @Test func agreesWithTheStandardLibrary() {
        var generator = CSVRoundTripTests.SeededGenerator(state: 7)
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("1234567".utf8), Array("中".utf8), Array("é".utf8), Array("𠀀".utf8),
            [0x80], [0xE4, 0xB8], [0xF0, 0x9F], [0xC1, 0xBF], [0xED, 0xBF, 0xBF], [0xEF, 0xBF, 0xBF], [0xFF],
        ]
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                bytes += pieces[Int.random(in: 0..<(Int.random(in: 0...3, using: &generator) == 0 ? pieces.count : 5), using: &generator)]
            }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            switch check(bytes) {
            case .valid:
                #expect(valid, "\(bytes)")
            case .invalid(let offset), .incomplete(let offset):
                #expect(!valid, "\(bytes)")
                #expect(String(validating: bytes[..<offset], as: UTF8.self) != nil, "\(bytes) at \(offset)")
            }
        }
    }

    /// The structure check accepts everything iconv decodes; where it refuses, iconv refuses too.
    @Test func gb18030StructureAgreesWithIconv() {
        var generator = CSVRoundTripTests.SeededGenerator(state: 18_030)
        let pieces: [[UInt8]] = [
            Array("a,1".utf8), [0xD6, 0xD0], [0xA1, 0x40], [0xFE, 0xFE], [0x81, 0x30, 0x81, 0x30], [0x90, 0x30, 0x81, 0x30],
            [0x80], [0xFF], [0x81, 0x7F], [0x81], [0x84, 0x31, 0xA5, 0x30], [0x81, 0x30, 0x20],
        ]
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                bytes += pieces[Int.random(in: 0..<(Int.random(in: 0...3, using: &generator) == 0 ? pieces.count : 6), using: &generator)]
            }
            let structure = structureCheck(bytes)
            if iconvDecodes(bytes) { #expect(structure == .valid, "\(bytes)") }
            switch structure {
            case .valid:
                break
            case .invalid(let offset), .incomplete(let offset):
                #expect(!iconvDecodes(bytes), "\(bytes)")
                #expect(structureCheck(Array(bytes[..<offset])) == .valid, "\(bytes) at \(offset)")
            }
        }
    }

    private func structureCheck(_ bytes: [UInt8]) -> EncodingCheck {
        bytes.isEmpty ? .valid : bytes.withUnsafeBufferPointer { GB18030Structure.check($0.baseAddress!, count: $0.count) }
    }

    private func iconvDecodes(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty else { return true }
        let converter = IconvConverter(from: "GB18030", to: "UTF-8")!
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 4)
        let result = converter.convert(bytes, count: bytes.count, into: &output, capacity: output.count)
        return result.stop == .inputConsumed && result.consumed == bytes.count
    }
}
