/// Where a scanner's bytes come from: a zip entry, or a thread inflating one ahead of the scanner.
protocol ByteSource: AnyObject {
    /// Fills the start of `buffer`; 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ZipArchive.Failure) -> Int
}

extension ZipArchive.EntryStream: ByteSource {}

/// A growable byte window over a stream: bytes before `start` are consumed, `start..<end` are pending.
/// Owned by one scanner; freed with it.
final class ByteWindow {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    var start = 0
    private(set) var end = 0
    private(set) var atEOF = false
    private let source: any ByteSource
    private let maxCapacity: Int

    init(source: any ByteSource, initialCapacity: Int = 1 << 20, maxCapacity: Int) {
        self.source = source
        self.capacity = initialCapacity
        self.maxCapacity = max(maxCapacity, initialCapacity)
        self.base = .allocate(capacity: initialCapacity + 1)
    }

    deinit { base.deallocate() }

    enum RefillResult { case more, endOfStream, tooLong }

    /// Moves pending bytes to the front and reads more after them, growing the window when the pending
    /// bytes fill it (one token longer than the window). The byte after `end` is always 0, a sentinel.
    func refill() throws(ZipArchive.Failure) -> RefillResult {
        if atEOF { return .endOfStream }
        if start > 0 {
            let pending = end - start
            if pending > 0 { base.update(from: base + start, count: pending) }
            start = 0
            end = pending
        }
        if end == capacity {
            guard capacity < maxCapacity else { return .tooLong }
            let grown = min(capacity * 2, maxCapacity)
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown + 1)
            bigger.update(from: base, count: end)
            base.deallocate()
            base = bigger
            capacity = grown
        }
        let count = try source.read(into: UnsafeMutableRawBufferPointer(start: base + end, count: capacity - end))
        end += count
        base[end] = 0
        if count == 0 {
            atEOF = true
            return .endOfStream
        }
        return .more
    }
}

/// Bytes collected for one value (a cell's `<v>` or inline text), in storage reused from cell to cell:
/// emptying and appending to an array cost more than the sheet scan itself in profiles.
final class ByteAccumulator {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity = 256
    private(set) var count = 0

    init() {
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    func removeAll() { count = 0 }

    func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let grown = max(capacity * 2, count + extra)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = grown
    }
}
