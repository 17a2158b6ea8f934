import Foundation

/// Blocks of bytes written once and read back now and then, kept in a temporary file so that memory does not
/// grow with them. The file is unlinked as soon as it is opened: nothing is left on disk whatever happens to
/// the process, and its space is freed when the descriptor is closed.
///
/// When the file cannot be made or a write fails (the temporary folder is missing, read-only or full), the
/// blocks from then on stay in memory, as before the spill existed, and one message on stderr (one for the
/// whole process) says so: the check's results do not change, only its memory. The file is made when the
/// first block comes, so a small check never touches the disk.
final class SpilledBlocks {
    private enum Place {
        case file(offset: Int, count: Int)
        case memory([UInt8])
    }

    /// -1 before the first block and when the file could not be made.
    private var descriptor: Int32 = -1
    private var fileMade = false
    /// Set by a failed write: the blocks already in the file are still read from it.
    private var writeFailed = false
    private var fileSize = 0
    private var places: [Place] = []
    /// Where the file is made (for the message), from TMPDIR, else /tmp.
    let directory: String

    /// Whether the process has said once that its temporary files could not be used.
    private nonisolated(unsafe) static var failureReported = false
    private static let failureLock = NSLock()

    init(directory: String = SpilledBlocks.temporaryDirectory) {
        self.directory = directory
    }

    /// Makes the (unlinked) file for the first block.
    private func makeFile() {
        fileMade = true
        var template = Array((directory.hasSuffix("/") ? directory : directory + "/").utf8CString.dropLast())
            + Array("zoufang-XXXXXX".utf8CString)
        descriptor = mkstemp(&template)
        if descriptor < 0 {
            reportFailure("create")
        } else {
            unlink(template)
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    static var temporaryDirectory: String {
        guard let value = getenv("TMPDIR"), value.pointee != 0 else { return "/tmp" }
        return String(cString: value)
    }

    /// True while blocks go to the file (false once it could not be made or written).
    var isSpilling: Bool { descriptor >= 0 && !writeFailed }

    /// Stores a block and returns its number.
    func append(_ bytes: [UInt8]) -> Int {
        if !fileMade { makeFile() }
        if isSpilling, writeAtEnd(bytes) {
            places.append(.file(offset: fileSize, count: bytes.count))
            fileSize += bytes.count
        } else {
            places.append(.memory(bytes))
        }
        return places.count - 1
    }

    /// The bytes of a block `append` stored.
    func block(_ number: Int) -> [UInt8] {
        switch places[number] {
        case .memory(let bytes): bytes
        case .file(_, let count): bytes(of: number, in: 0..<count)
        }
    }

    /// Some bytes of a block `append` stored, `range` counted from the block's start.
    func bytes(of number: Int, in range: Range<Int>) -> [UInt8] {
        switch places[number] {
        case .memory(let bytes):
            return Array(bytes[range])
        case .file(let offset, _):
            var bytes = [UInt8](repeating: 0, count: range.count)
            var done = 0
            while done < range.count {
                let read = bytes.withUnsafeMutableBytes { buffer in
                    pread(descriptor, buffer.baseAddress! + done, range.count - done, off_t(offset + range.lowerBound + done))
                }
                if read < 0, errno == EINTR { continue }
                // The file is ours and unlinked: a failure here is the disk's, not the input's.
                precondition(read > 0, "zoufang: cannot read back its temporary file in \(directory): \(Self.reason())")
                done += read
            }
            return bytes
        }
    }

    /// Appends the bytes at the end of the file; after a failure, later blocks stay in memory.
    private func writeAtEnd(_ bytes: [UInt8]) -> Bool {
        var done = 0
        while done < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                pwrite(descriptor, buffer.baseAddress! + done, bytes.count - done, off_t(fileSize + done))
            }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                reportFailure("write")
                writeFailed = true
                return false
            }
            done += written
        }
        return true
    }

    private func reportFailure(_ action: String) {
        let reason = Self.reason()
        let first = Self.failureLock.withLock {
            defer { Self.failureReported = true }
            return !Self.failureReported
        }
        guard first else { return }
        let verb = action == "create" ? ("创建", "create") : ("写入", "write")
        let message = """
            zoufang：无法在 \(directory) \(verb.0)临时文件（\(reason)），这部分检查数据改为留在内存中，结果不变；\
            可用 TMPDIR 指定有空间的文件夹。
            zoufang: could not \(verb.1) a temporary file in \(directory) (\(reason)); this part of \
            the check's data stays in memory instead, with the same results. Set TMPDIR to a folder with free space.

            """
        _ = message.withCString { write(2, $0, strlen($0)) }
    }

    private static func reason() -> String {
        String(cString: strerror(errno))
    }
}
