import Foundation
import Spreadsheet

/// Decodes records into a library user's own `Decodable` types. A property is found by field id
/// (`head_name`) or its camel-case spelling (`headName`), then by an extra column's heading;
/// `sourceFile`, `sourceSheet` and `sourceRow` give the provenance. Missing values decode as nil.
public struct RecordDecoder: Sendable {
    public let schema: Schema
    private let fieldByKey: [String: Int]

    public init(schema: Schema) {
        self.schema = schema
        var fieldByKey: [String: Int] = [:]
        for (index, field) in schema.fields.enumerated() {
            fieldByKey[field.id] = index
            fieldByKey[Self.camelCase(field.id)] = index
        }
        self.fieldByKey = fieldByKey
    }

    public func decode<T: Decodable>(_ type: T.Type, from record: Record) throws -> T {
        try T(from: RecordDecoding(decoder: self, record: record))
    }

    /// The value behind a key: a typed field, an extra column's text, or the record's provenance.
    func entry(_ key: String, in record: Record) -> RecordEntry? {
        if let index = fieldByKey[key] { return record.values[index].map(RecordEntry.value) ?? .missing }
        switch key {
        case "sourceFile", "source_file": return .value(.text(record.source.file))
        case "sourceSheet", "source_sheet": return .value(.text(record.source.sheet))
        case "sourceRow", "source_row": return .value(.integer(record.source.row))
        default: break
        }
        guard let position = record.extraHeadings.firstIndex(of: key) else { return nil }
        return record.extras[position].map { .value(.text($0)) } ?? .missing
    }

    static func camelCase(_ id: String) -> String {
        let words = id.split(separator: "_")
        guard let first = words.first else { return id }
        return String(first) + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

enum RecordEntry {
    case value(FieldValue)
    case missing
}

struct RecordDecoding: Decoder {
    let decoder: RecordDecoder
    let record: Record
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(RecordContainer<Key>(decoding: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "a record is keyed by field id"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: "a record is keyed by field id"))
    }
}

struct RecordContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoding: RecordDecoding
    var codingPath: [any CodingKey] { decoding.codingPath }
    var allKeys: [Key] {
        decoding.decoder.schema.fields.compactMap { Key(stringValue: $0.id) }
    }

    func contains(_ key: Key) -> Bool {
        decoding.decoder.entry(key.stringValue, in: decoding.record) != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard case .value = decoding.decoder.entry(key.stringValue, in: decoding.record) else { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard case .value(let value)? = decoding.decoder.entry(key.stringValue, in: decoding.record) else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [key], debugDescription: "no value for \(key.stringValue)"))
        }
        return try FieldValueDecoding(value: value, codingPath: codingPath + [key]).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.typeMismatch(type, .init(codingPath: codingPath + [key], debugDescription: "fields are not nested"))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath + [key], debugDescription: "decode lists as [String]"))
    }

    func superDecoder() throws -> any Decoder { decoding }
    func superDecoder(forKey key: Key) throws -> any Decoder { decoding }
}
