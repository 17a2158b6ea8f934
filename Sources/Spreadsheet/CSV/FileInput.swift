import Glibc

/// A file read front to back with plain `read(2)` into the caller's buffer, so memory stays what the caller
/// allocated whatever the file's size (a mapped file's pages would count in the resident size).
final class FileInput {
    let path: String
    private let descriptor: Int32
    /// Bytes handed out so far: the file offset of the next byte.
    private(set) var offset = 0

    init(path: String) throws(SpreadsheetError) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw SpreadsheetError(.notFound, file: path, message: LocalizedText(
                zh: "找不到文件或无法打开，请检查路径和读取权限",
                en: "file not found or not readable: check the path and permissions"))
        }
    }

    deinit {
        close(descriptor)
    }

    /// Fills up to `capacity` bytes; fewer only at the end of the file, 0 once the file is exhausted.
    func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(SpreadsheetError) -> Int {
        var filled = 0
        while filled < capacity {
            let count = Glibc.read(descriptor, buffer + filled, capacity - filled)
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                throw SpreadsheetError(.notFound, file: path, message: LocalizedText(
                    zh: "读取文件时出错（\(reason)），请检查文件是否完整、磁盘是否正常",
                    en: "error while reading the file (\(reason)): check the file and the disk"))
            }
            filled += count
        }
        offset += filled
        return filled
    }

    /// Skips the first `count` bytes (a byte-order mark).
    func skip(_ count: Int) throws(SpreadsheetError) {
        guard count > 0 else { return }
        var scratch = [UInt8](repeating: 0, count: count)
        _ = try scratch.withUnsafeMutableBufferPointer { buffer throws(SpreadsheetError) in
            try read(into: buffer.baseAddress!, capacity: count)
        }
    }
}
