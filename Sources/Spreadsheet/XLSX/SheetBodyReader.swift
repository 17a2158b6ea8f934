/// What a worksheet's cells need to be read: the workbook-wide tables and where the sheet is.
struct SheetContext {
    var file: String
    var sheet: String
    var part: String
    var sharedStrings: SharedStringTable
    var styles: CellStyles
    var date1904: Bool
}

/// Reads one worksheet part row by row with `XMLByteScanner`, building each row's cells densely from
/// column A. Also collects `<mergeCell>` ranges (after `</sheetData>`) and WPS in-cell pictures as notes.
struct SheetBodyReader {
    private enum Capture { case none, value, inline, formula }

    private var scanner: XMLByteScanner
    private let context: SheetContext
    private let decoder: CellDecoder
    private(set) var mergedRanges: [CellRange] = []
    private(set) var notes: [ReaderNote] = []

    private var inSheetData = false
    private var rowNumber = 0
    private var rowNumberGiven = false
    private var cells: [CellValue] = []
    private var column = 0
    private var cellType = CellDecoder.CellType.number
    private var cellStyle = 0
    private var capture = Capture.none
    private let value = ByteAccumulator()
    private var hasValue = false
    private let inlineText = ByteAccumulator()
    private var hasInlineString = false
    private var inInlineString = false
    private var phoneticDepth = 0
    private var formulaHead: [UInt8] = []

    init(source: any ByteSource, context: SheetContext, maxTokenBytes: Int) {
        self.scanner = XMLByteScanner(window: ByteWindow(source: source, maxCapacity: maxTokenBytes))
        self.context = context
        self.decoder = CellDecoder(sharedStrings: context.sharedStrings, styles: context.styles, date1904: context.date1904)
    }

    /// Streams every row holding a value to `body`, in file order.
    mutating func readRows(_ body: (SheetRow) throws -> Void) throws {
        while true {
            switch try nextToken() {
            case .startTag:
                if inSheetData { try startInSheetData(body) } else { startOutsideSheetData() }
            case .endTag:
                if inSheetData { try endInSheetData(body) }
            case .text:
                if capture != .none { try captureText() }
            case .endOfStream:
                return
            }
        }
    }

    /// The merged-range pre-pass: skips the rows unread and reads only what follows them.
    mutating func readMergedRanges() throws(SpreadsheetError) {
        do {
            guard try scanner.skipPastSheetData() else { return }
        } catch {
            throw map(error)
        }
        while true {
            switch try nextToken() {
            case .startTag: startOutsideSheetData()
            case .endTag where scanner.nameIs("mergeCells"): return
            case .endOfStream: return
            default: continue
            }
        }
    }

    private mutating func nextToken() throws(SpreadsheetError) -> XMLByteScanner.Token {
        do {
            return try scanner.next()
        } catch {
            throw map(error)
        }
    }

    private func map(_ failure: XMLByteScanner.Failure) -> SpreadsheetError {
        switch failure {
        case .doctype: XLSXErrors.doctype(file: context.file, part: context.part)
        case .malformed(let detail): XLSXErrors.malformed(file: context.file, part: context.part, detail: detail)
        case .tooLong: XLSXErrors.tooLong(file: context.file, part: context.part)
        case .zip(let zipFailure): XLSXErrors.from(zipFailure, file: context.file)
        }
    }

    private mutating func startOutsideSheetData() {
        if scanner.nameIs("sheetData") {
            inSheetData = !scanner.selfClosing
        } else if scanner.nameIs("mergeCell"), let ref = scanner.attribute("ref"),
                  let range = CellRange(String(decoding: scanner.bytes(ref), as: UTF8.self)) {
            mergedRanges.append(range)
        }
    }

    private mutating func startInSheetData(_ body: (SheetRow) throws -> Void) throws {
        if scanner.nameIs("c") {
            try startCell()
            if scanner.selfClosing { try finishCell() }
        } else if scanner.nameIs("v") {
            value.removeAll()
            hasValue = true
            capture = scanner.selfClosing ? .none : .value
        } else if scanner.nameIs("row") {
            try startRow()
            if scanner.selfClosing { try finishRow(body) }
        } else if scanner.nameIs("f") {
            capture = scanner.selfClosing ? .none : .formula
        } else if scanner.nameIs("is") {
            hasInlineString = true
            inInlineString = !scanner.selfClosing
        } else if scanner.nameIs("t") {
            if inInlineString, phoneticDepth == 0, !scanner.selfClosing { capture = .inline }
        } else if scanner.nameIs("rPh") {
            if !scanner.selfClosing { phoneticDepth += 1 }
        }
    }

    private mutating func endInSheetData(_ body: (SheetRow) throws -> Void) throws {
        if scanner.nameIs("c") {
            try finishCell()
        } else if scanner.nameIs("v") || scanner.nameIs("t") || scanner.nameIs("f") {
            capture = .none
        } else if scanner.nameIs("row") {
            try finishRow(body)
        } else if scanner.nameIs("is") {
            inInlineString = false
        } else if scanner.nameIs("rPh") {
            phoneticDepth = max(phoneticDepth - 1, 0)
        } else if scanner.nameIs("sheetData") {
            inSheetData = false
        }
    }

    private mutating func captureText() throws(SpreadsheetError) {
        do {
            switch capture {
            case .value: try scanner.appendText(to: value)
            case .inline: try scanner.appendText(to: inlineText)
            case .formula where formulaHead.count < 16: formulaHead.append(contentsOf: scanner.bytes(scanner.textRange).prefix(16))
            case .formula, .none: break
            }
        } catch {
            throw map(error)
        }
    }

    // MARK: Rows

    private mutating func startRow() throws(SpreadsheetError) {
        column = 0
        hasValue = false
        hasInlineString = false
        cells.removeAll(keepingCapacity: true)
        guard let ref = scanner.attribute("r") else {
            rowNumber += 1
            rowNumberGiven = false
            return try checkRow(rowNumber)
        }
        guard let number = CellText.index(scanner.bytes(ref)), number >= 1, number <= CellAddress.maxRow else {
            throw outOfRange("row " + String(decoding: scanner.bytes(ref), as: UTF8.self))
        }
        rowNumber = number
        rowNumberGiven = true
    }

    private func checkRow(_ number: Int) throws(SpreadsheetError) {
        if number > CellAddress.maxRow { throw outOfRange("row \(number)") }
    }

    private mutating func finishRow(_ body: (SheetRow) throws -> Void) throws {
        guard !cells.isEmpty else { return }
        try body(SheetRow(number: rowNumber, cells: cells))
        cells.removeAll(keepingCapacity: true)
    }

    // MARK: Cells

    private mutating func startCell() throws(SpreadsheetError) {
        cellType = .number
        cellStyle = 0
        hasValue = false
        hasInlineString = false
        inlineText.removeAll()
        if !formulaHead.isEmpty { formulaHead.removeAll(keepingCapacity: true) }
        if let ref = scanner.attribute("r") {
            guard let address = CellAddress.parse(scanner.bytes(ref)) else {
                throw outOfRange(String(decoding: scanner.bytes(ref), as: UTF8.self))
            }
            column = address.column
            if !rowNumberGiven {
                rowNumber = address.row
                rowNumberGiven = true
            }
        } else {
            column += 1
            if column > CellAddress.maxColumn { throw outOfRange(CellAddress.columnLetters(column) + String(rowNumber)) }
        }
        if let type = scanner.attribute("t") { cellType = CellDecoder.cellType(scanner.bytes(type)) }
        if let style = scanner.attribute("s") { cellStyle = CellText.index(scanner.bytes(style)) ?? 0 }
    }

    /// Places the finished cell's value in the row; empty cells (style only, `t="s"` without `<v>`) place nothing.
    private mutating func finishCell() throws(SpreadsheetError) {
        capture = .none
        guard column >= 1 else { return }  // a stray </c> before any <c> in the row
        let cell = try decodeCell(value: hasValue ? value.bytes : nil, inline: hasInlineString ? inlineText.bytes : nil)
        if cell.isEmpty { return }
        if column > cells.count {
            if column > cells.count + 1 { cells.append(contentsOf: repeatElement(.empty, count: column - cells.count - 1)) }
            cells.append(cell)
        } else {
            cells[column - 1] = cell
        }
    }

    private mutating func decodeCell(value: UnsafeBufferPointer<UInt8>?, inline: UnsafeBufferPointer<UInt8>?) throws(SpreadsheetError) -> CellValue {
        if !formulaHead.isEmpty || value?.first == UInt8(ascii: "="), CellDecoder.isPicture(formulaHead: formulaHead, value: value) {
            let address = CellAddress(row: rowNumber, column: column)
            notes.append(ReaderNote(code: "cell-image", sheet: context.sheet, address: address, message: LocalizedText(
                zh: "单元格 \(address) 是 WPS 嵌入的图片，按空白读取",
                en: "cell \(address) holds a WPS in-cell picture; read as empty")))
            return .empty
        }
        do throws(CellDecoder.Failure) {
            return try decoder.value(type: cellType, style: cellStyle, value: value, inline: inline)
        } catch {
            let problem = error == .notUTF8 ? "holds bytes that are not UTF-8" : "points past the shared strings"
            throw XLSXErrors.malformed(file: context.file, part: context.part,
                                       detail: "cell \(CellAddress(row: rowNumber, column: column)) \(problem)")
        }
    }

    private func outOfRange(_ reference: String) -> SpreadsheetError {
        XLSXErrors.cellOutOfRange(file: context.file, sheet: context.sheet, reference: reference)
    }
}
