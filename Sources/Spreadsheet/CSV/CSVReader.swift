import Foundation

/// Reads a CSV/TSV/TXT file as one sheet named after the file (base name without extension), streaming.
/// Every cell is `.text` exactly as written (leading zeros and long digit strings kept); rows are numbered by
/// record from the top of the file, a quoted multi-line record counting once, as Excel shows them.
public final class CSVReader: SpreadsheetReader {
    public let sheets: [SheetInfo]
    public private(set) var notes: [ReaderNote] = []

    private let path: String
    private let encoding: TextEncoding
    private let bufferCapacity: Int

    /// How many decoded bytes the delimiter is sniffed from.
    static let sniffSize = 64 * 1024
    /// Quote notes listed one by one; past this a hostile file would fill memory with them, so the rest are
    /// counted in one last note.
    static let noteLimit = 1_000
    private var unlistedQuoteProblems = 0

    public convenience init(path: String, options: ReadOptions) throws(SpreadsheetError) {
        try self.init(path: path, options: options, bufferCapacity: 256 * 1024)
    }

    /// `bufferCapacity` is the scanner's starting buffer; tests make it small to cut many records in two.
    init(path: String, options: ReadOptions, bufferCapacity: Int) throws(SpreadsheetError) {
        self.path = path
        self.bufferCapacity = bufferCapacity
        encoding = try TextEncoding.detect(path: path, forced: options.encoding)
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        sheets = [SheetInfo(name: name)]
    }

    public func mergedRanges(sheet index: Int) throws(SpreadsheetError) -> [CellRange] { [] }

    public func forEachRow(sheet index: Int, _ body: (SheetRow) throws -> Void) throws {
        notes = []
        unlistedQuoteProblems = 0
        var scanner = CSVRecordScanner(
            source: try UTF8TextSource(path: path, encoding: encoding), path: path, capacity: bufferCapacity)
        let sample = try scanner.peek(min(Self.sniffSize, bufferCapacity))
        if let separator = CSVDialect.separatorLine(sample.bytes) {
            scanner.skip(separator.length)
            scanner.setDelimiter(separator.dialect.delimiter)
        } else {
            scanner.setDelimiter(CSVDialect.sniff(sample.bytes, complete: sample.complete).delimiter)
        }
        var cells: [CellValue] = []
        while try scanner.nextRecord() {
            noteQuoteProblems(scanner)
            cells.removeAll(keepingCapacity: true)
            var filled = 0
            for field in scanner.fields.indices {
                cells.append(scanner.value(at: field))
                // Checked in place: copying the 56-byte CellValue out cost 10% of the read.
                if case .text = cells[field] { filled = field + 1 }
            }
            if filled == 0 { continue }
            cells.removeLast(cells.count - filled)
            try body(SheetRow(number: scanner.recordNumber, cells: cells))
        }
        if unlistedQuoteProblems > 0 {
            notes.append(ReaderNote(code: "stray-quote", sheet: sheets[0].name, address: nil, message: LocalizedText(
                zh: "另有 \(unlistedQuoteProblems) 个单元格的引号不成对，未逐一列出；请检查文件的引号",
                en: "\(unlistedQuoteProblems) more cells have unmatched quotes, not listed one by one: check the file's quotes")))
        }
    }

    private func noteQuoteProblems(_ scanner: borrowing CSVRecordScanner) {
        var noted: Set<Int> = []
        for (column, problem) in scanner.quoteProblems where noted.insert(column).inserted {
            guard notes.count < Self.noteLimit else {
                unlistedQuoteProblems += 1
                continue
            }
            let address = CellAddress(row: scanner.recordNumber, column: column)
            let message: LocalizedText
            switch problem {
            case .strayQuote:
                message = LocalizedText(
                    zh: "单元格 \(address) 中有不成对的引号，已按原样保留为文字；请检查该单元格",
                    en: "cell \(address) holds a stray quote; it was kept as text: check the cell")
            case .textAfterClosingQuote:
                message = LocalizedText(
                    zh: "单元格 \(address) 的引号之后还有文字，已接在后面保留；请检查该单元格",
                    en: "cell \(address) has text after its closing quote; it was kept: check the cell")
            case .unclosedQuote:
                message = LocalizedText(
                    zh: "单元格 \(address) 的引号直到文件末尾都没有结束，其后的内容都算在这个单元格里；请检查该单元格",
                    en: "the quote opened in cell \(address) never closes, so the rest of the file went into that cell: check it")
            }
            notes.append(ReaderNote(code: "stray-quote", sheet: sheets[0].name, address: address, message: message))
        }
    }
}
