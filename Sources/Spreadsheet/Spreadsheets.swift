/// Options every reader accepts.
public struct ReadOptions: Sendable {
    /// A text encoding name for CSV/TXT (`utf-8`, `gb18030`, `utf-16le`, …); nil detects it.
    public var encoding: String?

    public init(encoding: String? = nil) {
        self.encoding = encoding
    }
}

/// Opens any supported file, choosing the reader from the file's first bytes and then its extension.
public enum Spreadsheets {
    public static func open(_ path: String, options: ReadOptions = ReadOptions()) throws(SpreadsheetError) -> any SpreadsheetReader {
        let kind = try FileKind.detect(path)
        switch kind {
        case .zip:
            return try XLSXReader(path: path)
        case .text:
            return try CSVReader(path: path, options: options)
        }
    }
}
