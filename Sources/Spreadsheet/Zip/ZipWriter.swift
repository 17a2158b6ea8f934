import CLibZip
import Foundation

/// A zip archive written with libzip from entries already deflated (`DeflateStream`): libzip copies
/// them as they are, in the order they are added, when `close()` writes the archive.
///
/// Every entry reports its exact sizes and CRC to libzip: an entry of unknown size gets a Zip64 extra
/// field, which Excel rejects in small files. Every entry gets the same fixed DOS time (1980-01-01 00:00),
/// so equal content gives byte-identical archives.
final class ZipWriter {
    /// The path people know the output by, for error messages.
    private let destination: String
    private var archive: OpaquePointer?

    /// Creates (or truncates) the archive at `path`.
    init(path: String, destination: String) throws(SpreadsheetError) {
        var error: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &error) else {
            throw SpreadsheetError.cannotWrite(destination, reason: "zip_open \(error)")
        }
        self.destination = destination
        self.archive = archive
    }

    func add(_ name: String, _ entry: DeflatedEntry) throws(SpreadsheetError) {
        guard let archive else { throw SpreadsheetError.cannotWrite(destination, reason: "closed") }
        let content = ZipEntryContent(entry)
        let userdata = Unmanaged.passRetained(content).toOpaque()
        guard let source = zip_source_function(archive, zipEntryCallback, userdata) else {
            Unmanaged<ZipEntryContent>.fromOpaque(userdata).release()
            throw SpreadsheetError.cannotWrite(destination, reason: String(cString: zip_strerror(archive)))
        }
        try add(name, source: source)
    }

    /// Copies an entry of another archive as it is stored, compressed bytes and all, without inflating it.
    /// `source` must stay open until `close()`.
    func copy(_ name: String, from source: ZipArchive) throws(SpreadsheetError) {
        guard let archive else { throw SpreadsheetError.cannotWrite(destination, reason: "closed") }
        let index: Int
        do throws(ZipArchive.Failure) { index = try source.index(of: name) } catch {
            throw SpreadsheetError.cannotWrite(destination, reason: "\(name) missing")
        }
        guard let entry = zip_source_zip(archive, source.archive, zip_uint64_t(index), zip_flags_t(ZIP_FL_COMPRESSED), 0, -1) else {
            throw SpreadsheetError.cannotWrite(destination, reason: String(cString: zip_strerror(archive)))
        }
        try add(name, source: entry)
    }

    private func add(_ name: String, source: OpaquePointer) throws(SpreadsheetError) {
        guard let archive else { throw SpreadsheetError.cannotWrite(destination, reason: "closed") }
        let index = zip_file_add(archive, name, source, ZIP_FL_ENC_UTF_8)
        guard index >= 0 else {
            zip_source_free(source)
            throw SpreadsheetError.cannotWrite(destination, reason: String(cString: zip_strerror(archive)))
        }
        let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1  // 1980-01-01, the earliest DOS date
        guard zip_file_set_dostime(archive, UInt64(index), 0, dosDate, 0) == 0 else {
            throw SpreadsheetError.cannotWrite(destination, reason: String(cString: zip_strerror(archive)))
        }
    }

    /// Writes every entry, then closes the archive.
    func close() throws(SpreadsheetError) {
        guard let archive else { return }
        if zip_close(archive) != 0 {
            let reason = String(cString: zip_strerror(archive))
            zip_discard(archive)
            self.archive = nil
            throw SpreadsheetError.cannotWrite(destination, reason: reason)
        }
        self.archive = nil
    }

    deinit {
        if let archive { zip_discard(archive) }
    }
}

/// One part of an entry's content: bytes in memory, or a finished temporary file.
enum ZipEntryPiece {
    case bytes([UInt8])
    case file(TemporaryFile)

    var size: UInt64 {
        switch self {
        case .bytes(let bytes): UInt64(bytes.count)
        case .file(let file): file.size
        }
    }
}

/// The state libzip's source callback reads from: the compressed pieces and how far reading has got.
private final class ZipEntryContent {
    let entry: DeflatedEntry
    let compressedSize: UInt64
    var pieceIndex = 0
    var offsetInPiece: UInt64 = 0

    init(_ entry: DeflatedEntry) {
        self.entry = entry
        compressedSize = entry.pieces.reduce(0) { $0 + $1.size }
    }

    /// Copies up to `capacity` bytes into `buffer`; 0 at the end, -1 on a read error.
    func read(into buffer: UnsafeMutableRawPointer, capacity: Int) -> Int {
        var written = 0
        while written < capacity, pieceIndex < entry.pieces.count {
            let piece = entry.pieces[pieceIndex]
            let remaining = piece.size - offsetInPiece
            if remaining == 0 {
                pieceIndex += 1
                offsetInPiece = 0
                continue
            }
            let count = Int(min(UInt64(capacity - written), remaining))
            switch piece {
            case .bytes(let bytes):
                bytes.withUnsafeBytes { source in
                    (buffer + written).copyMemory(from: source.baseAddress! + Int(offsetInPiece), byteCount: count)
                }
            case .file(let file):
                guard file.read(into: buffer + written, count: count, at: offsetInPiece) else { return -1 }
            }
            written += count
            offsetInPiece += UInt64(count)
        }
        return written
    }
}

private let supportedCommands: Int64 = [
    ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
    ZIP_SOURCE_SUPPORTS,
].reduce(0) { $0 | (Int64(1) << Int64($1.rawValue)) }

/// libzip's source callback: serves an entry's deflated content with its exact sizes and CRC, so
/// libzip copies it without recompressing.
private func zipEntryCallback(
    userdata: UnsafeMutableRawPointer?, data: UnsafeMutableRawPointer?, length: UInt64, command: zip_source_cmd_t
) -> Int64 {
    let content = Unmanaged<ZipEntryContent>.fromOpaque(userdata!).takeUnretainedValue()
    switch command {
    case ZIP_SOURCE_OPEN:
        content.pieceIndex = 0
        content.offsetInPiece = 0
        return 0
    case ZIP_SOURCE_READ:
        return Int64(content.read(into: data!, capacity: Int(length)))
    case ZIP_SOURCE_CLOSE:
        return 0
    case ZIP_SOURCE_STAT:
        let stat = data!.assumingMemoryBound(to: zip_stat_t.self)
        zip_stat_init(stat)
        stat.pointee.size = content.entry.size
        stat.pointee.comp_size = content.compressedSize
        stat.pointee.comp_method = UInt16(ZIP_CM_DEFLATE)
        stat.pointee.crc = content.entry.crc
        stat.pointee.encryption_method = UInt16(ZIP_EM_NONE)
        stat.pointee.valid |= UInt64(ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC
                                     | ZIP_STAT_ENCRYPTION_METHOD)
        return Int64(MemoryLayout<zip_stat_t>.size)
    case ZIP_SOURCE_ERROR:
        let codes = data!.assumingMemoryBound(to: Int32.self)
        codes[0] = ZIP_ER_READ
        codes[1] = EIO
        return Int64(2 * MemoryLayout<Int32>.size)
    case ZIP_SOURCE_FREE:
        Unmanaged<ZipEntryContent>.fromOpaque(userdata!).release()
        return 0
    case ZIP_SOURCE_SUPPORTS:
        return supportedCommands
    default:
        return -1
    }
}
