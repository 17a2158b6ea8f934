/// Writes a copy of a workbook with notes on its cells: each noted cell filled by level and given a comment,
/// and a listing sheet added. The package is patched, not re-created: only the noted sheets, their
/// relationships, comments and VML drawings, the styles, the workbook, its relationships, the content types
/// and the document's sheet titles are rewritten; every other entry is copied as stored, compressed bytes
/// and all (see docs/decisions.md "Annotated returns").
public enum XLSXAnnotator {
    public static func annotate(
        _ input: String, to output: String, notes: [CellNote], listing: NoteListing, author: String = "zoufang",
        protectedPaths: [String] = []
    ) throws(SpreadsheetError) {
        let destination = try AtomicOutput(destination: output, protectedPaths: protectedPaths + [input])
        let archive: ZipArchive
        do {
            archive = try ZipArchive(path: input, limits: XLSXLimits().zipLimits)
        } catch {
            throw XLSXErrors.from(error, file: input)
        }
        var patch = try PackagePatch(archive: archive, file: input)
        let notesBySheet = Dictionary(grouping: notes, by: \.sheet)
        for (name, part) in patch.sheets {
            guard let sheetNotes = notesBySheet[name] else { continue }
            try patch.annotateSheet(part, notes: sheetNotes, author: author)
        }
        try patch.addListing(listing)
        try patch.write(to: destination.temporaryPath, destination: output)
        try destination.commit()
    }
}

extension XLSXLimits {
    var zipLimits: ZipArchive.Limits {
        ZipArchive.Limits(maxEntryBytes: maxEntryBytes, maxTotalBytes: maxTotalBytes, maxRatio: maxRatio,
                          ratioCheckBytes: ratioCheckBytes)
    }
}

/// The parts of one package being patched: what replaces existing entries and what is added.
private struct PackagePatch {
    let archive: ZipArchive
    let parts: PackageParts
    let file: String
    let workbookPart: String
    /// Visible and hidden worksheets by name, with their parts.
    let sheets: [(name: String, part: String)]
    /// Every sheet's name, chart sheets included.
    let sheetNames: [String]
    private let styles: StylesPatch
    private let stylesPart: String
    private let stylesAreNew: Bool
    private var replaced: [String: [UInt8]] = [:]
    private var added: [(name: String, bytes: [UInt8])] = []
    private var overrides: [(part: String, type: String)] = []
    private var needsVML = false
    private var nextVMLBlock: Int

    init(archive: ZipArchive, file: String) throws(SpreadsheetError) {
        self.archive = archive
        self.file = file
        let parts = PackageParts(archive: archive, file: file)
        self.parts = parts
        guard let workbookPart = try parts.relationships(of: "").first(where: { $0.kind == "officeDocument" })?.target,
              parts.contains(workbookPart) else { throw XLSXErrors.notWorkbook(file: file) }
        self.workbookPart = workbookPart
        let relationships = try parts.relationships(of: workbookPart)
        let targets = Dictionary(relationships.map { ($0.id, $0) }) { first, _ in first }
        var sheets: [(name: String, part: String)] = []
        let workbook = try WorkbookPart(parts: parts, part: workbookPart)
        sheetNames = workbook.sheets.map(\.info.name)
        for sheet in workbook.sheets {
            if let target = targets[sheet.relationshipID], target.kind == "worksheet" { sheets.append((sheet.info.name, target.target)) }
        }
        self.sheets = sheets
        if let stylesPart = relationships.first(where: { $0.kind == "styles" && parts.contains($0.target) })?.target {
            self.stylesPart = stylesPart
            stylesAreNew = false
        } else {
            // A workbook without styles (some minimal writers) gets the default styles our writer makes.
            stylesPart = "xl/styles.xml"
            stylesAreNew = true
        }
        var blocks: [Int] = []
        for name in archive.entryNames where name.lowercased().hasSuffix(".vml") {
            blocks += CommentShapes.blocks(in: try Self.read(name, from: archive, file: file))
        }
        nextVMLBlock = (blocks.max() ?? 0) + 1
        styles = try StylesPatch(stylesAreNew ? StyleTable().xml() : Self.read(stylesPart, from: archive, file: file), file: file)
    }

    static func read(_ part: String, from archive: ZipArchive, file: String) throws(SpreadsheetError) -> [UInt8] {
        do {
            return try archive.bytes(of: part)
        } catch {
            throw XLSXErrors.from(error, file: file)
        }
    }

    /// The current bytes of a part: as already patched, or as stored.
    private func current(_ part: String) throws(SpreadsheetError) -> [UInt8] {
        if let bytes = replaced[ZipArchive.key(part)] { return bytes }
        return try Self.read(part, from: archive, file: file)
    }

    /// A part name not yet used: `stem1.ext`, `stem2.ext`, …
    private func unusedName(_ stem: String, _ ext: String) -> String {
        var number = 1
        while archive.contains("\(stem)\(number).\(ext)") || added.contains(where: { $0.name == "\(stem)\(number).\(ext)" }) {
            number += 1
        }
        return "\(stem)\(number).\(ext)"
    }

    mutating func annotateSheet(_ part: String, notes: [CellNote], author: String) throws(SpreadsheetError) {
        let sheetBytes = try current(part)
        let facts = SheetFacts(sheetBytes)
        let cells = Self.anchored(notes, merged: facts.mergedRanges)
        let comments = cells.map { ($0.address, $0.text) }
        let relationships = try parts.relationships(of: part)
        let relationshipsPart = PackageParts.relationshipsPart(of: part)
        var newRelationships: [(kind: String, target: String)] = []

        var shapeCells = cells.map(\.address)
        if let existing = relationships.first(where: { $0.kind == "comments" && parts.contains($0.target) })?.target {
            let merged = CommentsPart.merged(try current(existing), notes: comments, author: author)
            replaced[ZipArchive.key(existing)] = merged.bytes
            shapeCells = merged.added
        } else {
            let name = unusedName("xl/comments", "xml")
            added.append((name, CommentsPart.new(comments, author: author)))
            overrides.append((name, PackageEdits.commentsType))
            newRelationships.append(("comments", name))
        }
        let drawing = facts.legacyDrawingID.flatMap { id in relationships.first { $0.id == id && parts.contains($0.target) } }
        var drawingIndex: Int?
        if let drawing {
            replaced[ZipArchive.key(drawing.target)] = CommentShapes.merged(try current(drawing.target), cells: shapeCells)
        } else {
            let name = unusedName("xl/drawings/vmlDrawing", "vml")
            added.append((name, CommentShapes.new(shapeCells, block: nextVMLBlock)))
            nextVMLBlock += 1
            needsVML = true
            drawingIndex = newRelationships.count
            newRelationships.append(("vmlDrawing", name))
        }
        var newDrawingID: String?
        if !newRelationships.isEmpty {
            let existing = parts.contains(relationshipsPart) ? try current(relationshipsPart) : nil
            let (xml, ids) = PackageEdits.relationships(existing, adding: newRelationships)
            store(relationshipsPart, xml, isNew: existing == nil)
            // A sheet whose <legacyDrawing> points nowhere keeps that element: a sheet may have only one.
            if let drawingIndex, facts.legacyDrawingID == nil { newDrawingID = ids[drawingIndex] }
        }
        var marks: [Int: [Int: NoteLevel]] = [:]
        for cell in cells { marks[cell.address.row, default: [:]][cell.address.column] = cell.level }
        let styles = self.styles
        let marker = SheetMarker(marks: marks, style: { styles.style(for: $0, level: $1) }, legacyDrawingID: newDrawingID)
        replaced[ZipArchive.key(part)] = marker.rewrite(sheetBytes)
    }

    private mutating func store(_ part: String, _ bytes: [UInt8], isNew: Bool) {
        if isNew { added.append((part, bytes)) } else { replaced[ZipArchive.key(part)] = bytes }
    }

    /// One note per cell: a note inside a merged range moves to the range's first cell (the one a person
    /// sees), its text prefixed with its own cell; notes of one cell are joined, the most serious level kept.
    static func anchored(_ notes: [CellNote], merged: [CellRange]) -> [CellNote] {
        var byCell: [CellAddress: CellNote] = [:]
        for note in notes {
            let range = merged.first { $0.contains(note.address) && $0.first != note.address }
            let anchor = range?.first ?? note.address
            let text = range == nil ? note.text : "\(note.address): \(note.text)"
            if var existing = byCell[anchor] {
                existing.level = min(existing.level, note.level)
                existing.text += "\n" + text
                byCell[anchor] = existing
            } else {
                byCell[anchor] = CellNote(sheet: note.sheet, address: anchor, level: note.level, text: text)
            }
        }
        return byCell.values.sorted { $0.address < $1.address }
    }

    mutating func addListing(_ listing: NoteListing) throws(SpreadsheetError) {
        var name = listing.name
        var number = 2
        while sheetNames.contains(where: { $0.lowercased() == name.lowercased() }) {
            name = "\(listing.name) (\(number))"
            number += 1
        }
        var sheet = listing
        sheet.name = name
        let part = unusedName("xl/worksheets/sheet", "xml")
        added.append((part, sheet.worksheetXML()))
        overrides.append((part, PackageEdits.worksheetType))
        let workbookRelationships = PackageParts.relationshipsPart(of: workbookPart)
        let (relationships, ids) = PackageEdits.relationships(try current(workbookRelationships), adding: [("worksheet", part)])
        replaced[ZipArchive.key(workbookRelationships)] = relationships
        replaced[ZipArchive.key(workbookPart)] = PackageEdits.workbook(try current(workbookPart), addingSheet: name, relationshipID: ids[0])
        if archive.contains("docProps/app.xml") {
            replaced[ZipArchive.key("docProps/app.xml")] = PackageEdits.appProperties(try current("docProps/app.xml"), addingSheet: name)
        }
    }

    /// Every entry in its original order, patched or copied as stored, then the new parts.
    func write(to path: String, destination: String) throws(SpreadsheetError) {
        var (replaced, added, overrides) = (replaced, added, overrides)
        // Styles change only when a cell was marked; a workbook without them gets its own first.
        if styles.isUsed, stylesAreNew {
            added.append((stylesPart, styles.patched()))
            let workbookRelationships = PackageParts.relationshipsPart(of: workbookPart)
            replaced[ZipArchive.key(workbookRelationships)] = PackageEdits.relationships(
                try current(workbookRelationships), adding: [("styles", stylesPart)]).xml
            overrides.append((stylesPart, PackageEdits.stylesType))
        } else if styles.isUsed {
            replaced[ZipArchive.key(stylesPart)] = styles.patched()
        }
        replaced[ZipArchive.key("[Content_Types].xml")] = PackageEdits.contentTypes(
            try current("[Content_Types].xml"), overrides: overrides, needsVML: needsVML)
        let zip = try ZipWriter(path: path, destination: destination)
        func add(_ name: String, _ bytes: [UInt8]) throws(SpreadsheetError) {
            try zip.add(name, DeflatedEntry([DeflateStream.compress(bytes, level: Packager.compressionLevel, final: true)]))
        }
        for name in archive.entryNames {
            if let bytes = replaced[ZipArchive.key(name)] { try add(name, bytes) } else { try zip.copy(name, from: archive) }
        }
        for part in added { try add(part.name, part.bytes) }
        try zip.close()
    }
}
