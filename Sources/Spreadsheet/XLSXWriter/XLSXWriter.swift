/// Writes an .xlsx workbook in a stream: sheets one after another, rows one after another, with
/// memory that does not grow with the number of rows. Knows nothing of questionnaires. Use a writer
/// and its sheets from one thread at a time; each sheet is valid while its `XLSXWriter` is.
///
/// ```swift
/// let writer = try XLSXWriter(path: "汇总.xlsx", protectedPaths: inputs)
/// let header = writer.addStyle(CellStyle(bold: true, fillColor: RGBColor(0xD9E1F2), border: .thin))
/// let sheet = try writer.addSheet("明细", layout: SheetLayout(
///     columnWidths: [.fitContent, .fixed(12)], frozenRows: 1,
///     printSetup: PrintSetup(repeatedRows: 1...1)))
/// try sheet.writeRow([.text("姓名"), .text("走访日期")], styles: [header, header])
/// try sheet.writeRow([.text("张三"), .date(DateTime(year: 2026, month: 3, day: 2))])
/// try writer.close()  // finishes the last sheet, zips the package, renames it into place
/// ```
///
/// Text goes to a bounded shared-string table (`SharedStringsPart`); dates become serial numbers shown
/// with the style's number format (`yyyy-mm-dd` when it has none). The file is written under a temporary
/// name and renamed into place by `close()`; the same calls give a byte-identical file.
public final class XLSXWriter {
    /// Excel's limit on a sheet name's length.
    public static let maxSheetNameLength = 31

    private let output: AtomicOutput
    /// The title and other document properties; they are written by `close()`, so they can be set until then.
    public var properties: DocumentProperties
    let styles = StyleTable()
    let sharedStrings: SharedStringsPart
    private var current: SheetWriter?
    private var finishedSheets: [FinishedSheet] = []
    /// Names of the sheets listed after all others, whenever they were added.
    private var sheetsListedLast: Set<String> = []
    private var scratchFiles = 0
    private var isClosed = false

    /// Starts a workbook that will be renamed to `path` by `close()`; refuses to write over `protectedPaths`.
    public init(path: String, protectedPaths: [String] = [], properties: DocumentProperties = DocumentProperties())
        throws(SpreadsheetError)
    {
        output = try AtomicOutput(destination: path, protectedPaths: protectedPaths)
        self.properties = properties
        sharedStrings = SharedStringsPart(file: try Self.compressingFile(output, suffix: ".strings"))
    }

    /// Registers a style (equal styles share one ID).
    public func addStyle(_ style: CellStyle) -> StyleID {
        styles.add(style)
    }

    /// Starts the next sheet, finishing the previous one. Sheets are listed (their tabs placed) in the order
    /// they were added, except that those added `listedLast` come after all the others (in the order they were
    /// added): a sheet can be written first and still be shown last, e.g. a listing streamed while the totals
    /// that go before it are being counted.
    public func addSheet(_ name: String, layout: SheetLayout = SheetLayout(), listedLast: Bool = false)
        throws(SpreadsheetError) -> SheetWriter
    {
        guard !isClosed else { throw error(sheet: name, zh: "工作簿已关闭", en: "the workbook is closed") }
        try current?.finish()
        try SheetName.validate(name, existing: finishedSheets.map(\.name), file: output.destination)
        if listedLast { sheetsListedLast.insert(name) }
        scratchFiles += 1
        let file = try Self.compressingFile(output, suffix: ".sheet\(scratchFiles)")
        let sheet = try SheetWriter(name: name, layout: layout, workbook: self, file: file)
        current = sheet
        return sheet
    }

    /// Finishes the last sheet, writes the package and renames it into place.
    public func close() throws(SpreadsheetError) {
        guard !isClosed else { return }
        try current?.finish()
        current = nil
        guard finishedSheets.contains(where: { !$0.layout.hidden }) else {
            throw error(sheet: nil, zh: "工作簿至少要有一个可见的工作表", en: "a workbook needs at least one visible sheet")
        }
        isClosed = true
        try Packager.write(
            to: output.temporaryPath, destination: output.destination, sheets: listedSheets(), styles: styles,
            sharedStrings: sharedStrings, properties: properties)
        try output.commit()
    }

    /// Stops the compressing threads of a workbook given up (harmless for parts already finished).
    deinit {
        current?.abandon()
        sharedStrings.abandon()
    }

    private static func compressingFile(_ output: AtomicOutput, suffix: String) throws(SpreadsheetError) -> CompressingFile {
        CompressingFile(
            file: try TemporaryFile(path: output.temporaryPath + suffix, destination: output.destination),
            level: Packager.compressionLevel)
    }

    func sheetFinished(
        _ sheet: SheetWriter, usedRange: CellRange?, columnWidths: [Double?], mergedRanges: [CellRange], body: DeflatedPiece
    ) {
        finishedSheets.append(FinishedSheet(
            name: sheet.name, layout: sheet.layout, usedRange: usedRange, columnWidths: columnWidths, head: [],
            body: body,
            tail: WorksheetLayoutXML.tail(sheet.layout, mergedRanges: mergedRanges)))
        if current === sheet { current = nil }
    }

    /// The finished sheets in listing order, the first visible one selected (its head is written only now,
    /// once that order is known).
    private func listedSheets() -> [FinishedSheet] {
        var sheets = finishedSheets.filter { !sheetsListedLast.contains($0.name) }
            + finishedSheets.filter { sheetsListedLast.contains($0.name) }
        let selected = sheets.firstIndex { !$0.layout.hidden }
        for index in sheets.indices {
            sheets[index].head = WorksheetLayoutXML.head(
                sheets[index].layout, usedRange: sheets[index].usedRange, selected: index == selected,
                columnWidths: sheets[index].columnWidths)
        }
        return sheets
    }

    func error(sheet: String?, zh: String, en: String) -> SpreadsheetError {
        SpreadsheetError(.limitExceeded, file: output.destination, part: sheet, message: LocalizedText(
            zh: sheet.map { "工作表“\($0)”：" + zh } ?? zh, en: sheet.map { "sheet \"\($0)\": " + en } ?? en))
    }
}

/// A sheet whose rows are all written: its XML is `head` (made by `close()`, which knows the listing order and
/// so the selected tab), the compressed rows `body`, then `tail`.
struct FinishedSheet {
    var name: String
    var layout: SheetLayout
    var usedRange: CellRange?
    var columnWidths: [Double?]
    var head: [UInt8]
    var body: DeflatedPiece
    var tail: [UInt8]
}
