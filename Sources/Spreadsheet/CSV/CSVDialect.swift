/// How a text file separates its fields, decided from its first records (UTF-8 bytes).
struct CSVDialect: Equatable {
    /// One byte, or the three UTF-8 bytes of the full-width comma `，`.
    var delimiter: [UInt8]

    static let comma = CSVDialect(delimiter: [0x2C])
    /// In order of preference when two fit equally well.
    static let candidates: [CSVDialect] = [
        comma, CSVDialect(delimiter: [0x09]), CSVDialect(delimiter: [0x3B]), CSVDialect(delimiter: [0x7C]),
        CSVDialect(delimiter: [0xEF, 0xBC, 0x8C]),
    ]
    static let sampleRecords = 50

    /// Excel's `sep=;` first line: the delimiter it names and the length of the line with its line end.
    static func separatorLine(_ bytes: UnsafeBufferPointer<UInt8>) -> (dialect: CSVDialect, length: Int)? {
        let prefix = Array("sep=".utf8)
        guard bytes.count > prefix.count,
              zip(bytes.prefix(prefix.count), prefix).allSatisfy({ $0 | 0x20 == $1 }) else { return nil }
        let lead = bytes[prefix.count]
        let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        let lineEnd = prefix.count + width
        guard lineEnd <= bytes.count, lead != CSVByte.quote, lead != CSVByte.cr, lead != CSVByte.lf else { return nil }
        let delimiter = Array(bytes[prefix.count..<lineEnd])
        if lineEnd == bytes.count { return (CSVDialect(delimiter: delimiter), lineEnd) }
        switch bytes[lineEnd] {
        case CSVByte.lf:
            return (CSVDialect(delimiter: delimiter), lineEnd + 1)
        case CSVByte.cr:
            let crlf = lineEnd + 1 < bytes.count && bytes[lineEnd + 1] == CSVByte.lf
            return (CSVDialect(delimiter: delimiter), lineEnd + (crlf ? 2 : 1))
        default:
            return nil
        }
    }

    /// The candidate that splits the sample most plausibly: fewest quotes out of place (a quote inside a field
    /// that did not open it means the quoted field was split by a wrong delimiter), then the most records with
    /// the same number (at least two) of fields, then more fields, then the order of `candidates`.
    /// `complete` says the sample reaches the end of the file (so its last record is whole).
    static func sniff(_ sample: UnsafeBufferPointer<UInt8>, complete: Bool) -> CSVDialect {
        var best: (dialect: CSVDialect, score: (Int, Int, Int))?
        for candidate in candidates {
            let split = candidate.split(sample, complete: complete)
            var frequency: [Int: Int] = [:]
            for count in split.fieldCounts where count >= 2 { frequency[count, default: 0] += 1 }
            guard let mode = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            let score = (-split.misplacedQuotes, mode.value, mode.key)
            if let current = best, current.score >= score { continue }
            best = (candidate, score)
        }
        return best?.dialect ?? comma
    }

    /// Fields per non-empty record of the sample, split by this dialect with quotes respected, and how many
    /// quotes stood where no quoted field could have put them.
    private func split(_ bytes: UnsafeBufferPointer<UInt8>, complete: Bool) -> (fieldCounts: [Int], misplacedQuotes: Int) {
        var counts: [Int] = []
        var misplacedQuotes = 0
        var fields = 1
        var hasContent = false
        var atFieldStart = true
        var inQuotes = false
        var index = 0
        while index < bytes.count, counts.count < Self.sampleRecords {
            let byte = bytes[index]
            if inQuotes {
                if byte == CSVByte.quote {
                    if index + 1 < bytes.count, bytes[index + 1] == CSVByte.quote {
                        index += 2
                        continue
                    }
                    inQuotes = false
                }
                index += 1
            } else if byte == CSVByte.quote {
                if atFieldStart { inQuotes = true } else { misplacedQuotes += 1 }
                atFieldStart = false
                hasContent = true
                index += 1
            } else if bytes[index...].starts(with: delimiter) {
                fields += 1
                atFieldStart = true
                index += delimiter.count
            } else if byte == CSVByte.cr || byte == CSVByte.lf {
                if fields > 1 || hasContent { counts.append(fields) }
                fields = 1
                hasContent = false
                atFieldStart = true
                index += 1
            } else {
                atFieldStart = false
                hasContent = true
                index += 1
            }
        }
        if complete, index == bytes.count, !inQuotes, fields > 1 || hasContent { counts.append(fields) }
        return (counts, misplacedQuotes)
    }
}

/// The ASCII bytes that structure a CSV file.
enum CSVByte {
    static let quote = UInt8(ascii: "\"")
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let nul: UInt8 = 0
}
