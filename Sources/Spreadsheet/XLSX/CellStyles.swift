/// Which cell styles (`s="…"`, an index into `<cellXfs>`) show their number as a date or time.
struct CellStyles {
    private var dateStyles: [Bool] = []

    init() {}

    init(parts: PackageParts, part: String) throws(SpreadsheetError) {
        let handler = StylesHandler()
        try parts.parse(part, with: handler)
        dateStyles = handler.formatIDs.map { id in
            // A format the file defines wins over the built-in one: WPS redefines id 0, for one.
            if let code = handler.customFormats[id] { return NumberFormat.isDate(code: code) }
            return NumberFormat.isBuiltInDate(id: id)
        }
    }

    func isDate(style: Int) -> Bool {
        style >= 0 && style < dateStyles.count && dateStyles[style]
    }
}

private final class StylesHandler: XMLEventHandler {
    var customFormats: [Int: String] = [:]
    var formatIDs: [Int] = []
    let stopReason: SpreadsheetError? = nil
    private var inCellFormats = false

    func start(_ element: XMLElement) {
        if element.is("numFmt"), let id = element.attribute("numFmtId").flatMap({ Int($0) }),
           let code = element.attribute("formatCode") {
            customFormats[id] = code
        } else if element.is("cellXfs") {
            inCellFormats = true
        } else if inCellFormats, element.is("xf") {
            formatIDs.append(element.attribute("numFmtId").flatMap { Int($0) } ?? 0)
        }
    }

    func end(_ localName: UnsafePointer<UInt8>) {
        if XMLName.equal(localName, "cellXfs") { inCellFormats = false }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {}
}
