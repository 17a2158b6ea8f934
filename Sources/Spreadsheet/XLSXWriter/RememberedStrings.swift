import Foundation

/// The shared strings remembered so far, found by their exact UTF-8 bytes: Swift's `String` equality treats
/// canonically equivalent text (NFC and NFD) as equal, but a spreadsheet keeps them as different strings.
///
/// The bytes lie end to end in one array; an open-addressing table (linear probing, at most half full) holds a
/// 32-bit hash tag and the entry's number in each slot. A lookup hashes the text once and compares bytes only
/// when a tag matches, and no `String` is copied or retained: with a `[String: Int]` dictionary the lookups
/// were 8 % of `zoufang run`, most of it reference counting and following keys on colliding slots.
struct RememberedStrings {
    /// Where a lookup ended: the string's shared-string index, or the empty slot where it would go (nil when
    /// the string was known to be new without looking at the table).
    struct Probe {
        fileprivate let hash: UInt64
        fileprivate let slot: Int?
        let index: Int?
    }

    private var bytes: [UInt8] = []
    /// Entry `e` is `bytes[starts[e]..<starts[e + 1]]`.
    private var starts: [Int32] = [0]
    /// Entry `e`'s index in the shared-string table.
    private var indices: [Int32] = []
    /// 0 for an empty slot, else the tag in the high 32 bits and the entry number + 1 in the low ones.
    private var slots = [UInt64](repeating: 0, count: 1024)
    /// One bit per 2^20 hash values, set for each string remembered. Most strings in a large listing are new
    /// (names, ID numbers); a clear bit answers for them from this 128 KiB array, which stays in the cache,
    /// instead of a random slot of the 2 MiB table, which does not (perf: that load was most of the lookup).
    private var seen = [UInt64](repeating: 0, count: 1 << 14)

    /// How many strings are remembered.
    var count: Int { indices.count }

    func find(_ text: UnsafeBufferPointer<UInt8>) -> Probe {
        var hasher = Hasher()  // seeded per process, so crafted text cannot pile into one chain
        hasher.combine(bytes: UnsafeRawBufferPointer(text))
        let hash = UInt64(UInt(bitPattern: hasher.finalize()))
        guard seen[Self.word(hash)] & Self.bit(hash) != 0 else { return Probe(hash: hash, slot: nil, index: nil) }
        let tag = UInt32(truncatingIfNeeded: hash)
        let mask = slots.count - 1
        var slot = Int(tag) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return Probe(hash: hash, slot: slot, index: nil) }
            let entry = Int(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1
            if UInt32(truncatingIfNeeded: value >> 32) == tag, holds(entry, text) {
                return Probe(hash: hash, slot: slot, index: Int(indices[entry]))
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
        let tag = UInt32(truncatingIfNeeded: probe.hash)
        slots[probe.slot ?? Self.emptySlot(for: tag, in: slots)] = UInt64(tag) << 32 | UInt64(entry + 1)
        seen[Self.word(probe.hash)] |= Self.bit(probe.hash)
        if 2 * indices.count > slots.count { grow() }
    }

    /// The filter's word and bit for a hash: its high 20 bits, apart from the tag's low 32.
    private static func word(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 50) }
    private static func bit(_ hash: UInt64) -> UInt64 { 1 << ((hash >> 44) & 63) }

    /// The first empty slot from the tag's own place on.
    private static func emptySlot(for tag: UInt32, in slots: [UInt64]) -> Int {
        let mask = slots.count - 1
        var slot = Int(tag) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        return slot
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
        for value in slots where value != 0 {
            larger[Self.emptySlot(for: UInt32(truncatingIfNeeded: value >> 32), in: larger)] = value
        }
        slots = larger
    }
}
