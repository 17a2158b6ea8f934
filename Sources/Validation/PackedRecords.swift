import CLibZip

/// Each household's first copy — its place, where its key came from and its canonical values — packed end to
/// end and deflated 64 KiB at a time, each deflated block written to a temporary file (`SpilledBlocks`).
/// Conflicts and near-duplicates read an earlier copy back (reading and inflating its block); that happens
/// once per repeat or likely match, while every new household is appended. So memory holds the open block,
/// a few recently read ones and each block's first entry number, whatever the number of households. On the
/// generated returns the deflated values take about a third of their bytes (docs/decisions.md "Validation").
struct PackedRecords {
    struct Stored {
        var place: CompactLocation
        var keySource: HouseholdKey.Source
        var values: [String]
    }

    private static let blockSize = 1 << 16
    /// zlib's level: 1 is the fastest; 6 saves a sixth more memory for about twice the CPU (measured).
    private static let level: Int32 = 1

    /// How many inflated blocks read back are kept: repeats often follow the copy they repeat closely.
    private static let cachedBlocks = 4

    /// Shared by copies of this value, each appending its own blocks: `blockNumbers` are this copy's.
    private let blocks: SpilledBlocks
    private var blockNumbers: [Int] = []
    private var inflatedSizes: [Int] = []
    /// The entry number of each block's first record.
    private var blockStarts: [Int32] = []
    /// The block being filled, not yet deflated, and the entry number of its first record.
    private var open: [UInt8] = []
    private var openStart: Int32 = 0
    private(set) var count: Int32 = 0
    /// Blocks read back last, the latest last.
    private var cache: [(block: Int, bytes: [UInt8])] = []

    /// Bytes stored: the deflated blocks (in the temporary file) and the open one.
    private(set) var byteCount = 0

    /// Blocks are spilled to a temporary file in `directory`.
    init(directory: String = SpilledBlocks.temporaryDirectory) {
        blocks = SpilledBlocks(directory: directory)
    }

    /// False when the temporary file could not be made or written: the blocks are then kept in memory.
    var spillsToFile: Bool { blocks.isSpilling }

    /// Appends a record and returns its entry number.
    mutating func append(_ place: CompactLocation, keySource: HouseholdKey.Source, values: [String]) -> Int32 {
        let before = open.count
        open.appendNumber(Int(place.file))
        open.appendNumber(Int(place.sheet))
        open.appendNumber(Int(place.row))
        open.appendNumber(values.count)
        switch keySource {
        case .otherFields: open.appendNumber(0)
        case .idNumber(let field): open.appendNumber(field + 1)
        }
        for value in values { open.appendText(value) }
        byteCount += open.count - before
        count += 1
        if open.count >= Self.blockSize { seal() }
        return count - 1
    }

    /// The record of an entry number `append` returned.
    mutating func record(_ entry: Int32) -> Stored {
        if entry >= openStart { return Self.record(in: open, skipping: Int(entry - openStart)) }
        var low = 0
        var high = blockStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if blockStarts[middle] <= entry { low = middle } else { high = middle - 1 }
        }
        return Self.record(in: inflated(low), skipping: Int(entry - blockStarts[low]))
    }

    private mutating func seal() {
        var deflated = [UInt8](repeating: 0, count: Int(compressBound(uLong(open.count))))
        var size = uLongf(deflated.count)
        let status = compress2(&deflated, &size, open, uLong(open.count), Self.level)
        precondition(status == Z_OK, "zlib compress2 failed: \(status)")
        blockNumbers.append(blocks.append(Array(deflated[..<Int(size)])))
        inflatedSizes.append(open.count)
        blockStarts.append(openStart)
        byteCount += Int(size) - open.count
        open.removeAll(keepingCapacity: true)
        openStart = count
    }

    /// A sealed block's bytes, from the cache or read back and inflated.
    private mutating func inflated(_ block: Int) -> [UInt8] {
        if let hit = cache.lastIndex(where: { $0.block == block }) {
            let cached = cache.remove(at: hit)
            cache.append(cached)
            return cached.bytes
        }
        let deflated = blocks.block(blockNumbers[block])
        var bytes = [UInt8](repeating: 0, count: inflatedSizes[block])
        var size = uLongf(bytes.count)
        let status = uncompress(&bytes, &size, deflated, uLong(deflated.count))
        precondition(status == Z_OK && Int(size) == bytes.count, "zlib uncompress failed: \(status)")
        if cache.count == Self.cachedBlocks { cache.removeFirst() }
        cache.append((block, bytes))
        return bytes
    }

    /// Reads the record after `skipping` others from the start of a block's bytes.
    private static func record(in bytes: [UInt8], skipping: Int) -> Stored {
        var reader = ByteReader(bytes)
        for _ in 0..<skipping {
            _ = (reader.number(), reader.number(), reader.number())
            let fields = reader.number()
            _ = reader.number()
            for _ in 0..<fields { reader.skipText() }
        }
        let place = CompactLocation(file: UInt32(reader.number()), sheet: UInt32(reader.number()), row: UInt32(reader.number()))
        let fields = reader.number()
        let source = reader.number()
        let values = (0..<fields).map { _ in reader.text() }
        return Stored(place: place, keySource: source == 0 ? .otherFields : .idNumber(field: source - 1), values: values)
    }
}
