/// Entry numbers filed under 64-bit hashes, for finding earlier households by their key or by what they
/// share: one flat array of 8-byte slots (open addressing, linear probing, at most 7/8 full), each holding
/// 32 bits of the hash and an entry. A Swift `Dictionary<Int, Int32>` takes 12-byte slots at most 3/4 full,
/// and a posting list per hash 8 bytes more.
///
/// A lookup gives every entry filed under the same 32 bits, so callers compare the entries they get with
/// the real values: an unrelated entry comes back about once in 2³² entries filed, and costs one comparison.
struct HashedEntries {
    private var slots = [UInt64](repeating: 0, count: 1 << 10)
    private var count = 0

    mutating func insert(_ hash: Int, entry: Int32) {
        if (count + 1) * 8 > slots.count * 7 { grow() }
        place(UInt64(Self.fingerprint(hash)) << 32 | UInt64(UInt32(entry) + 1))
        count += 1
    }

    /// The entries filed under `hash`, in no particular order.
    func entries(_ hash: Int) -> [Int32] {
        let fingerprint = Self.fingerprint(hash)
        var found: [Int32] = []
        var index = home(fingerprint)
        while slots[index] != 0 {
            if UInt32(slots[index] >> 32) == fingerprint { found.append(Int32(slots[index] & 0xFFFF_FFFF) - 1) }
            index = (index + 1) & (slots.count - 1)
        }
        return found
    }

    /// The slot a fingerprint's search starts at. Taken from the fingerprint alone, so the table can grow
    /// without the hashes.
    private func home(_ fingerprint: UInt32) -> Int {
        Int((UInt64(fingerprint) &* UInt64(slots.count)) >> 32)
    }

    private mutating func place(_ slot: UInt64) {
        var index = home(UInt32(slot >> 32))
        while slots[index] != 0 { index = (index + 1) & (slots.count - 1) }
        slots[index] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        for slot in old where slot != 0 { place(slot) }
    }

    private static func fingerprint(_ hash: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: UInt(bitPattern: hash) >> 32)
    }
}
