import Foundation

/// The shared strings remembered so far, found by their exact UTF-8 bytes: Swift's `String` equality treats
/// canonically equivalent text (NFC and NFD) as equal, but a spreadsheet keeps them as different strings.
///
/// The bytes lie end to end in one array; an open-addressing table (linear probing, at most half full) holds a
/// 32-bit hash tag and the entry's number in each slot. A lookup hashes the text once and compares bytes only
/// when a tag matches, and no `String` is copied or retained: with a `[String: Int]` dictionary the lookups
/// were 8 % of `zoufang run`, most of it reference counting and following keys on colliding slots.
struct RememberedStrings {
    /// Where a lookup ended: the string's shared-string index, or the empty slot where it would go.
    struct Probe {
        fileprivate let tag: UInt32
        fileprivate let slot: Int
        let index: Int?
    }

    private var bytes: [UInt8] = []
    /// Entry `e` is `bytes[starts[e]..<starts[e + 1]]`.
    private var starts: [Int32] = [0]
    /// Entry `e`'s index in the shared-string table.
    private var indices: [Int32] = []
    /// 0 for an empty slot, else the tag in the high 32 bits and the entry number + 1 in the low ones.
    private var slots = [UInt64](repeating: 0, count: 1024)

    /// How many strings are remembered.
    var count: Int { indices.count }

    func find(_ text: UnsafeBufferPointer<UInt8>) -> Probe {
        var hasher = Hasher()  // seeded per process, so crafted text cannot pile into one chain
        hasher.combine(bytes: UnsafeRawBufferPointer(text))
        let tag = UInt32(truncatingIfNeeded: hasher.finalize())
        let mask = slots.count - 1
        var slot = Int(tag) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return Probe(tag: tag, slot: slot, index: nil) }
            let entry = Int(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1
            if UInt32(truncatingIfNeeded: value >> 32) == tag, holds(entry, text) {
                return Probe(tag: tag, slot: slot, index: Int(indices[entry]))
            }
            slot = (slot + 1) & mask
        }
    }

    /// Remembers `text` as shared string `index`; `probe` is `find(text)`'s answer, with nothing added since.
    mutating func add(_ text: UnsafeBufferPointer<UInt8>, index: Int, at probe: Probe) {
        let entry = indices.count
        bytes.append(contentsOf: text)
        starts.append(Int32(bytes.count))
        indices.append(Int32(index))
        slots[probe.slot] = UInt64(probe.tag) << 32 | UInt64(entry + 1)
        if 2 * indices.count > slots.count { grow() }
    }

    private func holds(_ entry: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[entry])
        let length = Int(starts[entry + 1]) - start
        guard length == text.count else { return false }
        guard length > 0 else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, text.baseAddress!, length) == 0 }
    }

    /// Doubles the table; a slot's place comes from its tag alone, so nothing is hashed again.
    private mutating func grow() {
        var larger = [UInt64](repeating: 0, count: 2 * slots.count)
        let mask = larger.count - 1
        for value in slots where value != 0 {
            var slot = Int(truncatingIfNeeded: value >> 32) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = value
        }
        slots = larger
    }
}
