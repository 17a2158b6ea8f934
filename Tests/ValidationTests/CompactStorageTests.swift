import Testing
@testable import Validation

/// What validation keeps per household: packed first copies read back exactly, and the hash table that
/// finds them again after growing.
@Suite struct CompactStorageTests {
    private func values(_ i: Int) -> [String] {
        ["第\(i % 7)社", i % 5 == 0 ? "" : "李\(i)", String(530102198001010000 + i), "建档立卡户\u{1D}脱贫户", String(repeating: "长", count: i % 300)]
    }

    @Test func packedRecordsReadBackAcrossManyBlocks() {
        var packed = PackedRecords()
        for i in 0..<5_000 {
            let place = CompactLocation(file: UInt32(i % 3), sheet: UInt32(i % 2), row: UInt32(i + 2))
            let entry = packed.append(place, keySource: i % 2 == 0 ? .otherFields : .idNumber(field: 2), values: values(i))
            #expect(entry == Int32(i))
        }
        #expect(packed.byteCount < 5_000 * 100)
        for i in [0, 1, 299, 2_500, 2_501, 4_998, 4_999, 17] {
            let stored = packed.record(Int32(i))
            #expect(stored.place == CompactLocation(file: UInt32(i % 3), sheet: UInt32(i % 2), row: UInt32(i + 2)))
            #expect(stored.keySource == (i % 2 == 0 ? .otherFields : .idNumber(field: 2)))
            #expect(stored.values == values(i))
        }
    }

    @Test func hashedEntriesFindEveryEntryAfterGrowing() {
        var table = HashedEntries()
        let hashes = (0..<20_000).map { Digest.hash(["第\($0)户"]) }
        for (entry, hash) in hashes.enumerated() { table.insert(hash, entry: Int32(entry)) }
        table.insert(hashes[7], entry: 20_000)
        #expect(Set(table.entries(hashes[7])) == [7, 20_000])
        #expect(hashes.indices.allSatisfy { table.entries(hashes[$0]).contains(Int32($0)) })
        #expect(table.entries(Digest.hash(["没有这一户"])).isEmpty)
    }
}
