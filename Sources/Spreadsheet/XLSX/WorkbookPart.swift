/// What `xl/workbook.xml` says: the sheets in order with their visibility and relationship ids, and the date system.
struct WorkbookPart {
    struct Sheet {
        var info: SheetInfo
        var relationshipID: String
    }

    var sheets: [Sheet] = []
    /// True when serial 0 is 1904-01-01 (old Mac Excel) instead of 1899-12-30.
    var date1904 = false

    init(parts: PackageParts, part: String) throws(SpreadsheetError) {
        let handler = WorkbookHandler()
        try parts.parse(part, with: handler)
        guard handler.isWorkbook else { throw XLSXErrors.notWorkbook(file: parts.file) }
        sheets = handler.sheets
        date1904 = handler.date1904
    }
}

private final class WorkbookHandler: XMLEventHandler {
    var sheets: [WorkbookPart.Sheet] = []
    var date1904 = false
    /// The main document's root is `<workbook>`, not a Word `<document>` or PowerPoint `<presentation>`.
    var isWorkbook = false
    private var sawRoot = false
    let stopReason: SpreadsheetError? = nil

    func start(_ element: XMLElement) {
        if !sawRoot {
            sawRoot = true
            isWorkbook = element.is("workbook")
        } else if element.is("workbookPr") {
            let value = element.attribute("date1904")?.lowercased()
            date1904 = value == "1" || value == "true"
        } else if element.is("sheet"), let name = element.attribute("name"), let id = element.attribute("id") {
            let visibility: SheetVisibility = switch element.attribute("state") {
            case "hidden": .hidden
            case "veryHidden": .veryHidden
            default: .visible
            }
            sheets.append(.init(info: SheetInfo(name: name, visibility: visibility), relationshipID: id))
        }
    }

    func end(_ localName: UnsafePointer<UInt8>) {}
    func characters(_ text: UnsafeBufferPointer<UInt8>) {}
}
