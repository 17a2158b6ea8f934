/// Assembles the package: every part, in the conventional order, into one zip file.
enum Packager {
    /// The deflate level: zlib's 1 (fastest) to 9 (smallest); see docs/decisions.md.
    static let compressionLevel: UInt32 = 6

    static func write(
        to path: String, destination: String, sheets: [FinishedSheet], styles: StyleTable,
        sharedStrings: SharedStringTable, properties: DocumentProperties
    ) throws(SpreadsheetError) {
        let hasSharedStrings = sharedStrings.uniqueCount > 0
        let zip = try ZipWriter(path: path, destination: destination, compressionLevel: compressionLevel)
        try zip.add("[Content_Types].xml", [.bytes(ContentTypesPart.xml(sheetCount: sheets.count, hasSharedStrings: hasSharedStrings))])
        try zip.add("_rels/.rels", [.bytes(RelationshipsPart.package())])
        try zip.add("docProps/app.xml", [.bytes(DocPropsPart.app())])
        try zip.add("docProps/core.xml", [.bytes(DocPropsPart.core(properties))])
        try zip.add("xl/workbook.xml", [.bytes(WorkbookPart.xml(sheets))])
        try zip.add("xl/_rels/workbook.xml.rels", [.bytes(RelationshipsPart.workbook(sheetCount: sheets.count, hasSharedStrings: hasSharedStrings))])
        try zip.add("xl/styles.xml", [.bytes(styles.xml())])
        if hasSharedStrings { try zip.add("xl/sharedStrings.xml", try sharedStrings.entry()) }
        for (index, sheet) in sheets.enumerated() {
            try zip.add("xl/worksheets/sheet\(index + 1).xml", [.bytes(sheet.head), .file(sheet.body), .bytes(sheet.tail)])
        }
        try zip.close()
    }
}
