import Foundation

/// A scratch file for a part written in a stream (a sheet's rows, the shared strings, compressed),
/// read back when the package is zipped. It is unlinked as soon as it is created, so nothing is left behind even if
/// the program dies; the open descriptor keeps the data until it is closed.
final class TemporaryFile {
    private let descriptor: Int32
    private(set) var size: UInt64 = 0
    private let destination: String

    /// Creates the scratch file at `path` (next to the output, on the same disk) and unlinks it.
    init(path: String, destination: String) throws(SpreadsheetError) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw SpreadsheetError.cannotWrite(destination)
        }
        unlink(path)
        self.descriptor = descriptor
        self.destination = destination
    }

    /// Appends bytes at the end.
    func append(_ bytes: UnsafeRawBufferPointer) throws(SpreadsheetError) {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw SpreadsheetError.cannotWrite(destination) }
            offset += written
        }
        size += UInt64(bytes.count)
    }

    /// Reads exactly `count` bytes at `offset`; false on a read error.
    func read(into buffer: UnsafeMutableRawPointer, count: Int, at offset: UInt64) -> Bool {
        var done = 0
        while done < count {
            let got = pread(descriptor, buffer + done, count - done, off_t(offset) + off_t(done))
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { return false }
            done += got
        }
        return true
    }

    deinit {
        close(descriptor)
    }
}
