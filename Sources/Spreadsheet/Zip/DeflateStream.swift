import CLibZip

/// Raw deflate (RFC 1951, no zlib header) with zlib, the form a zip entry stores.
///
/// Pieces compressed separately can be joined into one entry: every piece but the last ends with a
/// sync flush (byte-aligned, no final block), the last with a final block, and the CRC-32s combine.
/// So a sheet's head, known only at the end, can be compressed after its rows were.
final class DeflateStream {
    private var stream = z_stream()
    private(set) var crc: UInt32 = 0
    private(set) var size: UInt64 = 0

    /// `level` is zlib's 1 (fastest) to 9 (smallest).
    init(level: Int32) {
        let status = deflateInit2_(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib deflateInit2 failed: \(status)")
    }

    /// Compresses `input`, appending the output to `output`. `flush` is `Z_NO_FLUSH` while more input
    /// follows, `Z_SYNC_FLUSH` to end a piece that others follow, `Z_FINISH` to end the entry.
    func compress(_ input: UnsafeRawBufferPointer, flush: Int32, into output: inout [UInt8]) {
        if let base = input.baseAddress, input.count > 0 {
            crc = UInt32(crc32(uLong(crc), base.assumingMemoryBound(to: Bytef.self), uInt(input.count)))
        }
        size += UInt64(input.count)
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(input.count)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        repeat {
            let produced = chunk.withUnsafeMutableBufferPointer { buffer -> Int in
                stream.next_out = buffer.baseAddress
                stream.avail_out = uInt(buffer.count)
                let status = deflate(&stream, flush)
                precondition(status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR, "zlib deflate failed: \(status)")
                return buffer.count - Int(stream.avail_out)
            }
            output.append(contentsOf: chunk[..<produced])
        } while stream.avail_out == 0
    }

    deinit {
        deflateEnd(&stream)
    }

    /// One whole piece compressed at once.
    static func compress(_ bytes: [UInt8], level: Int32, final: Bool) -> DeflatedPiece {
        let stream = DeflateStream(level: level)
        var output: [UInt8] = []
        bytes.withUnsafeBytes { stream.compress($0, flush: final ? Z_FINISH : Z_SYNC_FLUSH, into: &output) }
        return DeflatedPiece(content: .bytes(output), size: stream.size, crc: stream.crc)
    }
}

/// A compressed piece of an entry with the size and CRC-32 of what it holds uncompressed.
struct DeflatedPiece {
    var content: ZipEntryPiece
    var size: UInt64
    var crc: UInt32
}

/// A whole zip entry's content: compressed pieces, the last of them final.
struct DeflatedEntry {
    var pieces: [ZipEntryPiece]
    var size: UInt64
    var crc: UInt32

    init(_ pieces: [DeflatedPiece]) {
        self.pieces = pieces.map(\.content)
        size = pieces.reduce(0) { $0 + $1.size }
        crc = pieces.reduce(0) { UInt32(crc32_combine(uLong($0), uLong($1.crc), .init($1.size))) }
    }
}
