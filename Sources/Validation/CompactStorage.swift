import Questionnaire

/// A 128-bit digest of some bytes. Two different rows or keys share one with a chance of about 2⁻¹²⁸,
/// so detection keeps digests instead of the rows themselves.
struct Digest: Hashable {
    var high: Int
    var low: Int

    /// The digest of the parts in order, each ended by a separator byte, hashed as UTF-8 bytes: hashing
    /// Strings would normalise each one first, and joining them would build a string per record.
    init(_ parts: [String]) {
        var first = Hasher()
        var second = Hasher()
        first.combine(0x5A0F)
        second.combine(0x7E11)
        for var part in parts {
            part.withUTF8 { buffer in
                first.combine(bytes: UnsafeRawBufferPointer(buffer))
                second.combine(bytes: UnsafeRawBufferPointer(buffer))
            }
            first.combine(0x1F as UInt8)
            second.combine(0x1F as UInt8)
        }
        high = first.finalize()
        low = second.finalize()
    }
}

/// A record's place in 12 bytes: file and sheet names are interned once.
struct CompactLocation: Hashable {
    var file: UInt32
    var sheet: UInt32
    var row: UInt32
}

/// Interns file and sheet names so that each stored location is three integers.
struct LocationTable {
    private var names: [String] = []
    private var ids: [String: UInt32] = [:]
    /// The last file and sheet seen: records come sheet by sheet, so most lookups end here.
    private var lastFile: (name: String, id: UInt32)?
    private var lastSheet: (name: String, id: UInt32)?

    mutating func compact(_ source: RecordSource) -> CompactLocation {
        if lastFile?.name != source.file { lastFile = (source.file, intern(source.file)) }
        if lastSheet?.name != source.sheet { lastSheet = (source.sheet, intern(source.sheet)) }
        return CompactLocation(file: lastFile?.id ?? 0, sheet: lastSheet?.id ?? 0, row: UInt32(clamping: source.row))
    }

    func location(_ compact: CompactLocation) -> SourceLocation {
        SourceLocation(file: names[Int(compact.file)], sheet: names[Int(compact.sheet)], row: Int(compact.row))
    }

    private mutating func intern(_ name: String) -> UInt32 {
        if let id = ids[name] { return id }
        let id = UInt32(names.count)
        names.append(name)
        ids[name] = id
        return id
    }
}

/// The canonical values of each household's first copy, packed end to end in 1 MiB chunks: no per-record
/// allocation and no copying as it grows. Conflict messages read the earlier values back from here.
struct ValueArena {
    struct Reference {
        var chunk: UInt32
        var offset: UInt32
        var length: UInt32
    }

    private static let chunkSize = 1 << 20
    private var chunks: [[UInt8]] = []

    /// Bytes held, for the memory note in docs/decisions.md.
    private(set) var byteCount = 0

    mutating func append(_ values: [String]) -> Reference {
        var bytes: [UInt8] = []
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(0x1F) }
            bytes.append(contentsOf: value.utf8)
        }
        if chunks.isEmpty || chunks[chunks.count - 1].count + bytes.count > Self.chunkSize {
            var chunk: [UInt8] = []
            chunk.reserveCapacity(max(Self.chunkSize, bytes.count))
            chunks.append(chunk)
        }
        let last = chunks.count - 1
        let reference = Reference(chunk: UInt32(last), offset: UInt32(chunks[last].count), length: UInt32(bytes.count))
        chunks[last].append(contentsOf: bytes)
        byteCount += bytes.count
        return reference
    }

    func values(at reference: Reference) -> [String] {
        let start = Int(reference.offset)
        let bytes = chunks[Int(reference.chunk)][start..<start + Int(reference.length)]
        return bytes.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }
}
