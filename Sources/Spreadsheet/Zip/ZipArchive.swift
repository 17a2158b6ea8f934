import CLibZip

/// A zip file opened read-only with libzip. Entry names are looked up without regard to letter case
/// or slash direction, and every entry is inflated under byte limits counted on the real output.
final class ZipArchive {
    /// Why a zip could not be read; the caller turns it into a message naming the file.
    enum Failure: Error {
        case notZip
        case missing(entry: String)
        case corrupt(entry: String?, reason: String)
        case encrypted
        case tooLarge(entry: String)
    }

    struct Limits {
        var maxEntryBytes: Int64
        var maxTotalBytes: Int64
        var maxRatio: Int64
        var ratioCheckBytes: Int64
    }

    /// libzip's handle; `ZipWriter.copy` reads entries straight from it.
    let archive: OpaquePointer
    private let limits: Limits
    private var indexByName: [String: Int] = [:]
    /// Every entry's name as stored, in the archive's order.
    private(set) var entryNames: [String] = []
    /// Inflated bytes handed out so far, across all entries.
    private(set) var totalInflated: Int64 = 0

    init(path: String, limits: Limits) throws(Failure) {
        var code: Int32 = 0
        guard let archive = zip_open(path, ZIP_RDONLY, &code) else {
            switch code {
            case ZIP_ER_NOZIP: throw .notZip
            default: throw .corrupt(entry: nil, reason: Self.describe(code))
            }
        }
        self.archive = archive
        self.limits = limits
        let count = zip_get_num_entries(archive, 0)
        for index in 0..<max(count, 0) {
            guard let name = zip_get_name(archive, zip_uint64_t(index), zip_flags_t(ZIP_FL_ENC_GUESS)) else { continue }
            let key = Self.key(String(cString: name))
            // Two entries of one name: which holds the households is anyone's guess, so neither is read.
            // (deinit discards the archive: every stored property is set by now.)
            guard indexByName[key] == nil else {
                throw .corrupt(entry: String(cString: name), reason: "duplicate entry")
            }
            indexByName[key] = Int(index)
            entryNames.append(String(cString: name))
        }
    }

    deinit { zip_discard(archive) }

    /// Part names compare without case, with `/` or `\` and with or without a leading slash.
    static func key(_ name: String) -> String {
        var normalized = name.replacingOccurrences(of: "\\", with: "/").lowercased()
        while normalized.hasPrefix("/") { normalized.removeFirst() }
        return normalized
    }

    func contains(_ name: String) -> Bool { indexByName[Self.key(name)] != nil }

    /// The index libzip knows an entry by.
    func index(of name: String) throws(Failure) -> Int {
        guard let index = indexByName[Self.key(name)] else { throw .missing(entry: name) }
        return index
    }

    /// One entry's inflated bytes, whole (for the small parts a patch rewrites).
    func bytes(of name: String) throws(Failure) -> [UInt8] {
        let stream = try open(name)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            var failure: Failure?
            let count = chunk.withUnsafeMutableBytes { buffer in
                do throws(Failure) { return try stream.read(into: buffer) } catch {
                    failure = error
                    return 0
                }
            }
            if let failure { throw failure }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// A stream over one entry's inflated bytes.
    func open(_ name: String) throws(Failure) -> EntryStream {
        let index = try index(of: name)
        guard let file = zip_fopen_index(archive, zip_uint64_t(index), 0) else {
            let code = zip_error_code_zip(zip_get_error(archive))
            if code == ZIP_ER_NOPASSWD || code == ZIP_ER_ENCRNOTSUPP { throw .encrypted }
            throw .corrupt(entry: name, reason: Self.describe(code))
        }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        zip_stat_index(archive, zip_uint64_t(index), 0, &stat)
        let compressed = stat.valid & zip_uint64_t(ZIP_STAT_COMP_SIZE) != 0 ? Int64(clamping: stat.comp_size) : 0
        let declared = stat.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0 ? Int64(clamping: stat.size) : 0
        return EntryStream(archive: self, file: file, name: name, compressedSize: compressed, declaredSize: declared)
    }

    /// Counts bytes just inflated from an entry against the limits.
    fileprivate func account(_ count: Int, entry: EntryStream) throws(Failure) {
        totalInflated += Int64(count)
        let inflated = entry.inflated
        if inflated > limits.maxEntryBytes || totalInflated > limits.maxTotalBytes { throw .tooLarge(entry: entry.name) }
        if inflated > limits.ratioCheckBytes, inflated > limits.maxRatio * max(entry.compressedSize, 1) {
            throw .tooLarge(entry: entry.name)
        }
    }

    static func describe(_ code: Int32) -> String {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        return String(cString: zip_error_strerror(&error))
    }

    /// One entry being inflated. Not shared between threads at once; it may be handed to one reading thread.
    final class EntryStream {
        private let archive: ZipArchive
        private var file: OpaquePointer?
        let name: String
        let compressedSize: Int64
        /// The size the zip directory claims; a hint only (limits count the real bytes).
        let declaredSize: Int64
        private(set) var inflated: Int64 = 0

        fileprivate init(archive: ZipArchive, file: OpaquePointer, name: String, compressedSize: Int64, declaredSize: Int64) {
            self.archive = archive
            self.file = file
            self.name = name
            self.compressedSize = compressedSize
            self.declaredSize = declaredSize
        }

        deinit { if let file { zip_fclose(file) } }

        /// Fills `buffer` from the entry; 0 at the end.
        func read(into buffer: UnsafeMutableRawBufferPointer) throws(Failure) -> Int {
            guard let file, let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
            let count = zip_fread(file, base, zip_uint64_t(buffer.count))
            if count < 0 {
                let code = zip_error_code_zip(zip_file_get_error(file))
                throw .corrupt(entry: name, reason: ZipArchive.describe(code))
            }
            if count == 0 {
                zip_fclose(file)
                self.file = nil
                return 0
            }
            inflated += Int64(count)
            try archive.account(Int(count), entry: self)
            return Int(count)
        }
    }
}
