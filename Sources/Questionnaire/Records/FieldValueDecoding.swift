import Foundation
import Spreadsheet

/// One typed value as a Swift value: numbers as any numeric type, dates as `Date` (UTC midnight) or
/// `YYYY-MM-DD` text, choices as their code, lists as `[String]`, everything as `String`.
struct FieldValueDecoding: Decoder, SingleValueDecodingContainer {
    let value: FieldValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        switch value {
        case .date(let date) where type == Date.self:
            return Date(timeIntervalSince1970: Double(date.daysSinceEpoch) * 86_400) as! T
        case .list(let items) where type == [String].self, .choices(let items) where type == [String].self:
            return items as! T
        default:
            return try T(from: self)
        }
    }

    func decodeNil() -> Bool { false }

    func decode(_ type: String.Type) throws -> String { FieldValueText.display(value) }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .boolean(let answer) = value else { throw mismatch(type) }
        return answer
    }

    func decode(_ type: Double.Type) throws -> Double {
        switch value {
        case .integer(let number): return Double(number)
        case .decimal(let number): return number
        default: throw mismatch(type)
        }
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    private func integer<T: BinaryInteger>(_ type: T.Type) throws -> T {
        guard case .integer(let number) = value, let result = T(exactly: number) else { throw mismatch(type) }
        return result
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> { throw mismatch(type) }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw mismatch([Any].self) }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    private func mismatch(_ type: Any.Type) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "the value \(FieldValueText.display(value)) is not a \(type)"))
    }
}
