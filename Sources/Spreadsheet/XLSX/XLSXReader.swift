/// Reads an .xlsx/.xlsm workbook: libzip for the container, libxml2 for the package parts and a small
/// scanner for the sheet bodies. Rows stream one at a time; what stays in memory is the shared-string
/// table, the styles' date flags and one row.
public final class XLSXReader: SpreadsheetReader {
    public let path: String
    public let sheets: [SheetInfo]
    public private(set) var notes: [ReaderNote] = []

    private let archive: ZipArchive
    private let parts: PackageParts
    private let limits: XLSXLimits
    /// Each sheet's worksheet part; nil for a chart sheet or dialog sheet, which holds no cells.
    private let sheetParts: [String?]
    /// Sheets whose relationship id leads nowhere: reading them is an error, not an empty sheet.
    private let brokenSheets: Set<Int>
    private let workbookRelationshipsPart: String
    private let sharedStringsPart: String?
    private let styles: CellStyles
    private let date1904: Bool
    private var sharedStrings: SharedStringTable?
    private var mergedBySheet: [Int: [CellRange]] = [:]
    private var notedSheets: Set<Int> = []
    /// Sheets larger than this are inflated on a second thread while the first one scans.
    private static let prefetchThreshold: Int64 = 4 << 20

    public convenience init(path: String) throws(SpreadsheetError) {
        try self.init(path: path, limits: XLSXLimits())
    }

    public init(path: String, limits: XLSXLimits) throws(SpreadsheetError) {
        guard try FileKind.detect(path) == .zip else { throw XLSXErrors.from(.notZip, file: path) }
        do {
            archive = try ZipArchive(path: path, limits: ZipArchive.Limits(
                maxEntryBytes: limits.maxEntryBytes, maxTotalBytes: limits.maxTotalBytes,
                maxRatio: limits.maxRatio, ratioCheckBytes: limits.ratioCheckBytes))
        } catch {
            throw XLSXErrors.from(error, file: path)
        }
        self.path = path
        self.limits = limits
        let parts = PackageParts(archive: archive, file: path)
        self.parts = parts

        guard let workbookPart = try parts.relationships(of: "").first(where: { $0.kind == "officeDocument" })?.target,
              parts.contains(workbookPart) else {
            throw XLSXErrors.notWorkbook(file: path)
        }
        let relationships = try parts.relationships(of: workbookPart)
        let workbook = try WorkbookPart(parts: parts, part: workbookPart)
        let targets = Dictionary(relationships.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sheets = workbook.sheets.map(\.info)
        sheetParts = workbook.sheets.map { sheet in
            targets[sheet.relationshipID].flatMap { $0.kind == "worksheet" ? $0.target : nil }
        }
        workbookRelationshipsPart = PackageParts.relationshipsPart(of: workbookPart)
        brokenSheets = Set(workbook.sheets.indices.filter { targets[workbook.sheets[$0].relationshipID] == nil })
        date1904 = workbook.date1904
        let present = { (kind: String) in relationships.first { $0.kind == kind && parts.contains($0.target) }?.target }
        styles = try present("styles").map { part throws(SpreadsheetError) in try CellStyles(parts: parts, part: part) } ?? CellStyles()
        sharedStringsPart = present("sharedStrings")
    }

    public func mergedRanges(sheet index: Int) throws(SpreadsheetError) -> [CellRange] {
        if let merged = mergedBySheet[index] { return merged }
        guard let part = try worksheetPart(index) else { return [] }
        var reader = try sheetReader(index, part: part, sharedStrings: SharedStringTable())
        try reader.readMergedRanges()
        mergedBySheet[index] = reader.mergedRanges
        return reader.mergedRanges
    }

    public func forEachRow(sheet index: Int, _ body: (SheetRow) throws -> Void) throws {
        guard let part = try worksheetPart(index) else { return }
        var reader = try sheetReader(index, part: part, sharedStrings: loadSharedStrings())
        try reader.readRows(body)
        mergedBySheet[index] = reader.mergedRanges
        if notedSheets.insert(index).inserted { notes += reader.notes }
    }

    private func worksheetPart(_ index: Int) throws(SpreadsheetError) -> String? {
        if brokenSheets.contains(index) {
            throw XLSXErrors.malformed(file: path, part: workbookRelationshipsPart,
                                       detail: "sheet \"\(sheets[index].name)\" has no relationship")
        }
        return sheetParts.indices.contains(index) ? sheetParts[index] : nil
    }

    private func sheetReader(_ index: Int, part: String, sharedStrings table: SharedStringTable) throws(SpreadsheetError) -> SheetBodyReader {
        let stream: ZipArchive.EntryStream
        do {
            stream = try archive.open(part)
        } catch {
            throw XLSXErrors.from(error, file: path)
        }
        let context = SheetContext(
            file: path, sheet: sheets[index].name, part: part, sharedStrings: table, styles: styles, date1904: date1904)
        let source: any ByteSource = stream.declaredSize >= Self.prefetchThreshold ? PrefetchingSource(stream) : stream
        return SheetBodyReader(source: source, context: context, maxTokenBytes: limits.maxTokenBytes)
    }

    /// The shared strings are read on first use, so listing sheets and merged ranges does not pay for them.
    private func loadSharedStrings() throws(SpreadsheetError) -> SharedStringTable {
        if let sharedStrings { return sharedStrings }
        let table = try sharedStringsPart.map { part throws(SpreadsheetError) in
            try SharedStringTable(parts: parts, part: part, limit: limits.maxSharedStringBytes)
        } ?? SharedStringTable()
        sharedStrings = table
        return table
    }
}
