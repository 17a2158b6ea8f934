import Glibc

/// A glibc iconv conversion between two encodings (GB18030, UTF-16, … to or from UTF-8).
/// We use the C library's code tables rather than carrying our own.
final class IconvConverter {
    /// Why a call to `convert` stopped.
    enum Stop: Equatable {
        /// All input was converted.
        case inputConsumed
        /// The output space is full; call again with more room.
        case outputFull
        /// The input ends inside a character; give the rest together with more input.
        case incompleteInput
        /// The byte at the returned input position starts no valid character.
        case invalidInput
    }

    private let descriptor: iconv_t

    /// Nil when iconv knows no such encoding name.
    init?(from source: String, to target: String) {
        let descriptor = iconv_open(target, source)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        self.descriptor = descriptor
    }

    deinit {
        iconv_close(descriptor)
    }

    /// Converts as much of `input` as fits in `output`; returns the bytes consumed and produced.
    func convert(
        _ input: UnsafePointer<UInt8>, count: Int, into output: UnsafeMutablePointer<UInt8>, capacity: Int
    ) -> (consumed: Int, produced: Int, stop: Stop) {
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: input)
            .assumingMemoryBound(to: CChar.self)
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(output)
            .assumingMemoryBound(to: CChar.self)
        var inLeft = count
        var outLeft = capacity
        let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
        let stop: Stop
        if result != -1 {
            stop = .inputConsumed
        } else {
            switch errno {
            case E2BIG: stop = .outputFull
            case EINVAL: stop = .incompleteInput
            default: stop = .invalidInput
            }
        }
        return (count - inLeft, capacity - outLeft, stop)
    }
}
