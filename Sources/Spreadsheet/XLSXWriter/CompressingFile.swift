import CLibZip
import Foundation

/// A part streamed in chunks (a sheet's rows, the shared strings), deflated on a background thread into
/// a scratch file while the next chunk is being built: the XML and its compression use two cores.
/// At most `maxPending` chunks wait, so memory stays bounded however much is written.
final class CompressingFile: @unchecked Sendable {
    private static let maxPending = 2

    private let file: TemporaryFile
    private let stream: DeflateStream
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var pending: [[UInt8]] = []
    private var spare: [[UInt8]] = []
    private var ending = false
    private var ended = false
    private var failure: SpreadsheetError?

    init(file: TemporaryFile, level: Int32) {
        self.file = file
        stream = DeflateStream(level: level)
        let thread = Thread { [self] in compressChunks() }
        thread.name = "xlsx-deflate"
        thread.start()
    }

    /// Hands the buffer's bytes to the compressor and gives the buffer back empty.
    func write(_ buffer: inout XMLBuffer) throws(SpreadsheetError) {
        condition.lock()
        defer { condition.unlock() }
        while pending.count >= Self.maxPending, failure == nil { condition.wait() }
        if let failure { throw failure }
        var empty = spare.popLast() ?? []
        swap(&empty, &buffer.bytes)
        pending.append(empty)
        condition.broadcast()
    }

    /// Waits until everything is compressed, ending with a sync flush so that a final piece can follow.
    func finish() throws(SpreadsheetError) -> DeflatedPiece {
        condition.lock()
        defer { condition.unlock() }
        ending = true
        condition.broadcast()
        while !ended { condition.wait() }
        if let failure { throw failure }
        return DeflatedPiece(content: .file(file), size: stream.size, crc: stream.crc)
    }

    /// Stops the background thread without finishing, for a workbook that is given up.
    func abandon() {
        condition.lock()
        pending.removeAll()
        ending = true
        condition.broadcast()
        condition.unlock()
    }

    /// The background thread: takes chunks in order, compresses them, appends the output to the file.
    private func compressChunks() {
        var output: [UInt8] = []
        output.reserveCapacity(1 << 20)
        while true {
            condition.lock()
            while pending.isEmpty, !ending { condition.wait() }
            let chunk = pending.isEmpty ? nil : pending.removeFirst()
            condition.unlock()
            output.removeAll(keepingCapacity: true)
            if let chunk {
                chunk.withUnsafeBytes { stream.compress($0, flush: Z_NO_FLUSH, into: &output) }
            } else {
                stream.compress(UnsafeRawBufferPointer(start: nil, count: 0), flush: Z_SYNC_FLUSH, into: &output)
            }
            let error = output.withUnsafeBytes { bytes -> SpreadsheetError? in
                do throws(SpreadsheetError) { try file.append(bytes) } catch { return error }
                return nil
            }
            condition.lock()
            if let error, failure == nil { failure = error }
            if var chunk {
                chunk.removeAll(keepingCapacity: true)
                spare.append(chunk)
            } else {
                ended = true
            }
            condition.broadcast()
            condition.unlock()
            if chunk == nil { return }
        }
    }
}
