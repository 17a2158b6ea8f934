import Questionnaire

/// A 128-bit digest of some bytes. Two different rows share one with a chance of about 2⁻¹²⁸, so detection
/// keeps digests instead of the rows themselves.
struct Digest: Hashable {
    var high: Int
    var low: Int

    /// The digest of the parts in order (see `Hasher.combine(parts:)`).
    init(_ parts: [String]) {
        var first = Hasher()
        var second = Hasher()
        first.combine(0x5A0F)
        second.combine(0x7E11)
        first.combine(parts: parts)
        second.combine(parts: parts)
        high = first.finalize()
        low = second.finalize()
    }

    /// A 64-bit hash of the parts, for the tables that check candidates against the values (`HashedEntries`).
    static func hash(_ parts: [String]) -> Int {
        var hasher = Hasher()
        hasher.combine(parts: parts)
        return hasher.finalize()
    }
}

extension Hasher {
    /// Feeds each part as UTF-8 bytes ended by a separator byte: hashing Strings would normalise each one
    /// first, and joining them would build a string per record.
    mutating func combine(parts: [String]) {
        for var part in parts {
            part.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
            combine(0x1F as UInt8)
        }
    }
}

/// A record's place in 12 bytes: file and sheet names are interned once.
struct CompactLocation: Hashable {
    var file: UInt32
    var sheet: UInt32
    var row: UInt32
}

/// Interns file and sheet names so that each stored location is three integers (and each issue's place, in
/// `CheckReport`).
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

    func name(_ id: UInt32) -> String {
        names[Int(id)]
    }

    /// The id of a name, given it when it is new.
    mutating func intern(_ name: String) -> UInt32 {
        if let id = ids[name] { return id }
        let id = UInt32(names.count)
        names.append(name)
        ids[name] = id
        return id
    }
}
