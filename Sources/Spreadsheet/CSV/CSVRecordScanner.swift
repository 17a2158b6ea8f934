import Glibc

/// Splits UTF-8 text into records and fields (RFC 4180 quoting, CRLF/LF/CR line ends), streaming through one
/// buffer. A field is a span of the buffer, so the hot loop copies and allocates nothing; only a field with
/// doubled quotes, NUL bytes or text after its closing quote is rewritten ("cooked") when its value is asked for.
/// A record cut by the end of the buffer is parsed again from its start once more text is read.
/// A non-copyable struct rather than a class: the hot loops then mutate a local value, which needs no run-time
/// exclusivity checks (those took 15% of the time on a class).
struct CSVRecordScanner: ~Copyable {
    struct Field {
        var start: Int
        var end: Int
        /// The span is raw (opening quote included) and needs `cook`.
        var cooked: Bool
    }

    enum QuoteProblem: Equatable {
        case strayQuote
        case textAfterClosingQuote
        case unclosedQuote
    }

    static let fieldLimit = 1 << 20
    static let recordLimit = 16 << 20
    static let columnLimit = CellAddress.maxColumn
    /// Room left for each read (the buffer grows when less is free): a decoder needs space for one whole
    /// character, and tiny reads would parse a long record again and again.
    private let minimumRead: Int

    private(set) var fields: [Field] = []
    /// Quoting mistakes in the current record, by 1-based column.
    private(set) var quoteProblems: [(column: Int, problem: QuoteProblem)] = []
    /// The number of the current record: the row Excel shows it on.
    private(set) var recordNumber = 0

    private let source: UTF8TextSource
    private let path: String
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var start = 0
    private var end = 0
    private var exhausted = false
    private var delimiter: [UInt8] = [0x2C]
    private let special = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
    private var cookBuffer: [UInt8] = []

    init(source: UTF8TextSource, path: String, capacity: Int) {
        self.source = source
        self.path = path
        self.capacity = capacity
        minimumRead = max(8, min(4096, capacity / 4))
        buffer = .allocate(capacity: capacity + 1)
        buffer[0] = CSVByte.nul
        special.initialize(repeating: false, count: 256)
        setDelimiter(delimiter)
    }

    deinit {
        buffer.deallocate()
        special.deallocate()
    }

    mutating func setDelimiter(_ bytes: [UInt8]) {
        special[Int(delimiter[0])] = false
        delimiter = bytes
        for byte in [CSVByte.nul, CSVByte.quote, CSVByte.cr, CSVByte.lf, bytes[0]] { special[Int(byte)] = true }
    }

    /// Reads until at least `count` bytes are waiting (or the file ends) and shows them, for sniffing.
    mutating func peek(_ count: Int) throws(SpreadsheetError) -> (bytes: UnsafeBufferPointer<UInt8>, complete: Bool) {
        while end - start < count, !exhausted { try refill() }
        let available = min(count, end - start)
        return (UnsafeBufferPointer(start: buffer + start, count: available), exhausted && available == end - start)
    }

    /// Drops bytes shown by `peek` (Excel's `sep=` line, which is not a row).
    mutating func skip(_ count: Int) {
        start += count
    }

    /// Moves to the next record; false at the end of the text.
    mutating func nextRecord() throws(SpreadsheetError) -> Bool {
        while true {
            switch try parseRecord() {
            case .record(let next):
                start = next
                recordNumber += 1
                return true
            case .endOfText:
                return false
            case .needMore(let fieldStart):
                try checkLimits(fieldStart: fieldStart)
                try refill()
            }
        }
    }

    /// The value of the current record's field at `index`: empty, or its text exactly as written.
    mutating func value(at index: Int) -> CellValue {
        let field = fields[index]
        guard field.cooked else {
            if field.start == field.end { return .empty }
            return .text(String(decoding: UnsafeBufferPointer(start: buffer + field.start, count: field.end - field.start), as: UTF8.self))
        }
        cook(field)
        return cookBuffer.isEmpty ? .empty : .text(String(decoding: cookBuffer, as: UTF8.self))
    }

    private enum Step {
        case record(next: Int)
        case needMore(fieldStart: Int)
        case endOfText
    }

    private mutating func parseRecord() throws(SpreadsheetError) -> Step {
        fields.removeAll(keepingCapacity: true)
        quoteProblems.removeAll(keepingCapacity: true)
        if start == end && exhausted { return .endOfText }
        var position = start
        while true {
            let fieldStart = position
            let field: Field
            if buffer[position] == CSVByte.quote {
                guard let quoted = scanQuoted(from: position) else { return .needMore(fieldStart: fieldStart) }
                field = quoted
                position = quoted.cooked ? quoted.end : quoted.end + 1
            } else {
                guard let unquoted = scanUnquoted(from: position) else { return .needMore(fieldStart: fieldStart) }
                field = unquoted
                position = unquoted.end
            }
            if field.end - field.start > Self.fieldLimit { throw fieldTooLong() }
            if fields.count == Self.columnLimit { throw recordTooLong() }
            fields.append(field)
            // What ends the field: the end of the text, a line end or the delimiter.
            if position == end { return .record(next: position) }
            switch buffer[position] {
            case CSVByte.lf:
                return .record(next: position + 1)
            case CSVByte.cr:
                if position + 1 == end && !exhausted { return .needMore(fieldStart: position) }
                return .record(next: position + (buffer[position + 1] == CSVByte.lf ? 2 : 1))
            default:
                position += delimiter.count
            }
        }
    }

    /// An unquoted field from `position` to the next delimiter or line end; nil if the buffer ends first.
    private mutating func scanUnquoted(from fieldStart: Int) -> Field? {
        var position = fieldStart
        var cooked = false
        var strayQuote = false
        while true {
            while !special[Int(buffer[position])] { position &+= 1 }
            if position == end { return exhausted ? Field(start: fieldStart, end: position, cooked: cooked) : nil }
            switch buffer[position] {
            case CSVByte.cr, CSVByte.lf:
                return Field(start: fieldStart, end: position, cooked: cooked)
            case CSVByte.quote:
                if !strayQuote { quoteProblems.append((fields.count + 1, .strayQuote)) }
                strayQuote = true
                position += 1
            case CSVByte.nul:
                cooked = true
                position += 1
            default:
                // A delimiter cut by the end of the buffer is not matched: the scan then reaches the end and
                // the record is parsed again with more text.
                if isDelimiter(at: position) { return Field(start: fieldStart, end: position, cooked: cooked) }
                position += 1
            }
        }
    }

    /// A quoted field starting at its opening quote. Not cooked: the span is the text between the quotes.
    /// Cooked: the raw span from the opening quote to the delimiter or line end.
    private mutating func scanQuoted(from fieldStart: Int) -> Field? {
        var position = fieldStart + 1
        var cooked = false
        while true {
            guard let quote = memchr(buffer + position, Int32(CSVByte.quote), end - position) else {
                guard exhausted else { return nil }
                quoteProblems.append((fields.count + 1, .unclosedQuote))
                return Field(start: fieldStart, end: end, cooked: true)
            }
            position = buffer.distance(to: quote.assumingMemoryBound(to: UInt8.self)) + 1
            if position == end && !exhausted { return nil }
            guard position < end, buffer[position] == CSVByte.quote else { break }
            cooked = true
            position += 1
        }
        let closing = position - 1
        if position < end, !isFieldEnd(at: position) {
            quoteProblems.append((fields.count + 1, .textAfterClosingQuote))
            let rest = scanUnquoted(from: position)
            return rest.map { Field(start: fieldStart, end: $0.end, cooked: true) }
        }
        if cooked || memchr(buffer + fieldStart + 1, 0, closing - fieldStart - 1) != nil {
            return Field(start: fieldStart, end: position, cooked: true)
        }
        return Field(start: fieldStart + 1, end: closing, cooked: false)
    }

    private func isFieldEnd(at position: Int) -> Bool {
        let byte = buffer[position]
        return byte == CSVByte.cr || byte == CSVByte.lf || isDelimiter(at: position)
    }

    private func isDelimiter(at position: Int) -> Bool {
        guard buffer[position] == delimiter[0] else { return false }
        if delimiter.count == 1 { return true }
        guard position + delimiter.count <= end else { return false }
        for index in 1..<delimiter.count where buffer[position + index] != delimiter[index] { return false }
        return true
    }

    /// Writes a raw field's value into `cookBuffer`: quotes undoubled, NUL bytes dropped.
    private mutating func cook(_ field: Field) {
        cookBuffer.removeAll(keepingCapacity: true)
        var position = field.start
        var inQuotes = buffer[position] == CSVByte.quote
        if inQuotes { position += 1 }
        while position < field.end {
            let byte = buffer[position]
            position += 1
            if byte == CSVByte.nul { continue }
            if inQuotes, byte == CSVByte.quote {
                guard position < field.end, buffer[position] == CSVByte.quote else {
                    inQuotes = false
                    continue
                }
                position += 1
            }
            cookBuffer.append(byte)
        }
    }

    private func checkLimits(fieldStart: Int) throws(SpreadsheetError) {
        if end - fieldStart > Self.fieldLimit { throw fieldTooLong() }
        if end - start > Self.recordLimit { throw recordTooLong() }
    }

    private func fieldTooLong() -> SpreadsheetError {
        let cell = CellAddress(row: recordNumber + 1, column: fields.count + 1)
        return SpreadsheetError(.limitExceeded, file: path, message: LocalizedText(
            zh: "单元格 \(cell) 的内容超过 \(Self.fieldLimit) 字节：可能是引号没有配对或文件没有换行，请检查该处",
            en: "cell \(cell) holds more than \(Self.fieldLimit) bytes: probably an unmatched quote or a file without line breaks; check there"))
    }

    private func recordTooLong() -> SpreadsheetError {
        let row = recordNumber + 1
        return SpreadsheetError(.limitExceeded, file: path, message: LocalizedText(
            zh: "第 \(row) 行超过 \(Self.recordLimit) 字节或 \(Self.columnLimit) 列：请检查文件的分隔符和换行",
            en: "row \(row) is longer than \(Self.recordLimit) bytes or \(Self.columnLimit) columns: check the file's delimiters and line ends"))
    }

    /// Keeps the unfinished record, growing the buffer when it already fills it, and reads more text behind it.
    private mutating func refill() throws(SpreadsheetError) {
        if start > 0 {
            buffer.update(from: buffer + start, count: end - start)
            end -= start
            start = 0
        }
        if capacity - end < minimumRead {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2 + 1)
            larger.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = larger
            capacity *= 2
        }
        let count = try source.read(into: buffer + end, capacity: capacity - end)
        if count == 0 { exhausted = true }
        end += count
        buffer[end] = CSVByte.nul
    }
}
