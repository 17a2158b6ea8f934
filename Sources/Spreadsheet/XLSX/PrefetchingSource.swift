import Foundation

/// Inflates on a second thread, a few chunks ahead of the scanner, so the two cores share the work of a
/// large sheet (see docs/decisions.md). The wrapped source is used only by that thread until it ends;
/// dropping the prefetcher early (an error in the caller's row handler) stops and joins the thread.
final class PrefetchingSource: ByteSource {
    /// What the producing thread and the reader share, guarded by `condition`.
    private final class Shared: @unchecked Sendable {
        let condition = NSCondition()
        var filled: [(buffer: UnsafeMutableRawBufferPointer, count: Int)] = []
        var empty: [UnsafeMutableRawBufferPointer] = []
        var failure: ZipArchive.Failure?
        var finished = false
        var cancelled = false
        var threadDone = false
    }

    /// Carries the non-Sendable source to the producing thread, which is then its only user.
    private struct Handoff: @unchecked Sendable {
        let source: any ByteSource
    }

    private let shared = Shared()
    private var current: (buffer: UnsafeMutableRawBufferPointer, count: Int)?
    private var offset = 0
    private let allBuffers: [UnsafeMutableRawBufferPointer]

    init(_ source: any ByteSource, chunkSize: Int = 1 << 20, depth: Int = 4) {
        allBuffers = (0..<depth).map { _ in .allocate(byteCount: chunkSize, alignment: 16) }
        shared.empty = allBuffers
        let shared = self.shared
        let handoff = Handoff(source: source)
        Thread.detachNewThread { Self.produce(handoff.source, into: shared) }
    }

    deinit {
        shared.condition.lock()
        shared.cancelled = true
        shared.condition.broadcast()
        while !shared.threadDone { shared.condition.wait() }
        shared.condition.unlock()
        for buffer in allBuffers { buffer.deallocate() }
    }

    private static func produce(_ source: any ByteSource, into shared: Shared) {
        shared.condition.lock()
        defer {
            shared.threadDone = true
            shared.condition.broadcast()
            shared.condition.unlock()
        }
        while !shared.cancelled {
            guard let buffer = shared.empty.popLast() else {
                shared.condition.wait()
                continue
            }
            shared.condition.unlock()
            let result: Result<Int, ZipArchive.Failure>
            do {
                result = .success(try source.read(into: buffer))
            } catch {
                result = .failure(error)
            }
            shared.condition.lock()
            switch result {
            case .success(0):
                shared.finished = true
                shared.condition.broadcast()
                return
            case .success(let count):
                shared.filled.append((buffer, count))
            case .failure(let failure):
                shared.failure = failure
                shared.condition.broadcast()
                return
            }
            shared.condition.broadcast()
        }
    }

    func read(into target: UnsafeMutableRawBufferPointer) throws(ZipArchive.Failure) -> Int {
        if current == nil || offset == current!.count {
            try takeNextChunk()
        }
        guard let chunk = current else { return 0 }
        let count = min(chunk.count - offset, target.count)
        target.baseAddress!.copyMemory(from: chunk.buffer.baseAddress! + offset, byteCount: count)
        offset += count
        return count
    }

    /// Hands the used chunk back to the producer and waits for the next one; nil `current` at the end.
    private func takeNextChunk() throws(ZipArchive.Failure) {
        shared.condition.lock()
        defer { shared.condition.unlock() }
        if let used = current {
            shared.empty.append(used.buffer)
            current = nil
            shared.condition.broadcast()
        }
        while shared.filled.isEmpty && !shared.finished && shared.failure == nil { shared.condition.wait() }
        if !shared.filled.isEmpty {
            current = shared.filled.removeFirst()
            offset = 0
        } else if let failure = shared.failure {
            throw failure
        }
    }
}
