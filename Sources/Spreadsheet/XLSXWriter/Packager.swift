/// Assembles the package: every part, deflated, in the conventional order, into one zip file.
enum Packager {
    /// The deflate level: zlib's 1 (fastest) to 9 (smallest); see docs/decisions.md.
    static let compressionLevel: Int32 = 3

    static func write(
        to path: String, destination: String, sheets: [FinishedSheet], styles: StyleTable,
        sharedStrings: SharedStringsPart, properties: DocumentProperties
    ) throws(SpreadsheetError) {
        let hasSharedStrings = sharedStrings.uniqueCount > 0
        let zip = try ZipWriter(path: path, destination: destination)
        func add(_ name: String, _ bytes: [UInt8]) throws(SpreadsheetError) {
            try zip.add(name, DeflatedEntry([DeflateStream.compress(bytes, level: compressionLevel, final: true)]))
        }
        try add("[Content_Types].xml", ContentTypesPart.xml(sheetCount: sheets.count, hasSharedStrings: hasSharedStrings))
        try add("_rels/.rels", RelationshipsPart.package())
        try add("docProps/app.xml", DocPropsPart.app())
        try add("docProps/core.xml", DocPropsPart.core(properties))
        try add("xl/workbook.xml", WorkbookXML.xml(sheets))
        try add("xl/_rels/workbook.xml.rels", RelationshipsPart.workbook(sheetCount: sheets.count, hasSharedStrings: hasSharedStrings))
        try add("xl/styles.xml", styles.xml())
        let strings = try sharedStrings.entry(level: compressionLevel)
        if hasSharedStrings { try zip.add("xl/sharedStrings.xml", strings) }
        for (index, sheet) in sheets.enumerated() {
            try zip.add("xl/worksheets/sheet\(index + 1).xml", DeflatedEntry([
                DeflateStream.compress(sheet.head, level: compressionLevel, final: false), sheet.body,
                DeflateStream.compress(sheet.tail, level: compressionLevel, final: true),
            ]))
        }
        try zip.close()
    }
}
