/// What a patch needs to know of a worksheet part before rewriting it.
struct SheetFacts {
    var mergedRanges: [CellRange] = []
    /// The relationship id of the sheet's `<legacyDrawing>` (the VML that shows its comments), if any.
    var legacyDrawingID: String?

    init(_ bytes: [UInt8]) {
        for tag in XMLTags(bytes) where tag.kind != .end {
            switch tag.localName {
            case "mergeCell":
                if let ref = tag.attribute("ref", in: bytes), let range = CellRange(ref) { mergedRanges.append(range) }
            case "legacyDrawing":
                legacyDrawingID = tag.attribute(endingWith: "id", in: bytes)?.value
            default:
                break
            }
        }
    }
}

/// Rewrites a worksheet part so marked cells carry a new style: each marked cell's `s` is replaced, cells
/// and rows that do not exist yet are inserted in order, and a `<legacyDrawing>` is added where the schema
/// puts it. Every other byte of the part is copied as it is.
struct SheetMarker {
    /// Marked columns by row.
    let marks: [Int: [Int: NoteLevel]]
    /// The new style index for a cell of style `s` marked at a level.
    let style: (Int, NoteLevel) -> Int
    /// Added as `<legacyDrawing r:id>` when the sheet has none.
    let legacyDrawingID: String?

    /// Elements that follow `<legacyDrawing>` in CT_Worksheet: it goes before the first of them.
    private static let afterLegacyDrawing: Set<String> = [
        "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
    ]

    func rewrite(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 4096)
        var copied = 0
        var prefix = ""
        var depth = 0
        var pendingRows = marks.keys.sorted()[...]
        var pendingColumns: [Int] = []
        var markedRow: Int?
        var lastRow = 0
        var lastColumn = 0
        var drawingDone = legacyDrawingID == nil

        func copy(upTo index: Int) {
            output += bytes[copied..<index]
            copied = index
        }
        func replace(_ tag: XMLTag, with replacement: [UInt8]) {
            copy(upTo: tag.range.lowerBound)
            output += replacement
            copied = tag.range.upperBound
        }
        func newCells(row: Int, before column: Int?) -> [UInt8] {
            var cells: [UInt8] = []
            while let next = pendingColumns.first, column.map({ next < $0 }) ?? true {
                pendingColumns.removeFirst()
                let address = CellAddress(row: row, column: next).description
                cells += Array("<\(prefix)c r=\"\(address)\" s=\"\(style(0, marks[row]![next]!))\"/>".utf8)
            }
            return cells
        }
        func newRows(before row: Int?) -> [UInt8] {
            var rows: [UInt8] = []
            while let next = pendingRows.first, row.map({ next < $0 }) ?? true {
                pendingRows.removeFirst()
                pendingColumns = marks[next]!.keys.sorted()
                rows += Array("<\(prefix)row r=\"\(next)\">".utf8) + newCells(row: next, before: nil)
                    + Array("</\(prefix)row>".utf8)
            }
            return rows
        }

        for tag in XMLTags(bytes) {
            if tag.kind == .end { depth -= 1 }
            defer { if tag.kind == .start { depth += 1 } }
            let followsDrawing = (depth == 1 && tag.kind != .end && Self.afterLegacyDrawing.contains(tag.localName))
                || (depth == 0 && tag.kind == .end && tag.localName == "worksheet")
            if !drawingDone, followsDrawing {
                copy(upTo: tag.range.lowerBound)
                output += Array("<\(tag.prefix)legacyDrawing xmlns:r=\"\(relationshipsNamespace)\" r:id=\"\(legacyDrawingID!)\"/>".utf8)
                drawingDone = true
            }
            switch (tag.kind, tag.localName) {
            case (.start, "sheetData"):
                prefix = tag.prefix
            case (.empty, "sheetData"):
                prefix = tag.prefix
                replace(tag, with: Array("<\(prefix)sheetData>".utf8) + newRows(before: nil) + Array("</\(prefix)sheetData>".utf8))
            case (.end, "sheetData"):
                copy(upTo: tag.range.lowerBound)
                output += newRows(before: nil)
            case (.start, "row"), (.empty, "row"):
                let row = tag.attribute("r", in: bytes).flatMap { Int($0) } ?? lastRow + 1
                (lastRow, lastColumn) = (row, 0)
                copy(upTo: tag.range.lowerBound)
                output += newRows(before: row)
                markedRow = nil
                guard pendingRows.first == row else { break }
                pendingRows.removeFirst()
                markedRow = row
                pendingColumns = marks[row]!.keys.sorted()
                let opened = XMLTag(range: tag.range, kind: .start, localName: tag.localName, prefix: tag.prefix)
                    .settingAttribute("spans", to: nil, in: bytes)
                replace(tag, with: tag.kind == .start ? opened
                        : opened + newCells(row: row, before: nil) + Array("</\(tag.prefix)row>".utf8))
            case (.end, "row"):
                if let row = markedRow {
                    copy(upTo: tag.range.lowerBound)
                    output += newCells(row: row, before: nil)
                }
                markedRow = nil
            case (.start, "c"), (.empty, "c"):
                // Cells of unmarked rows are copied unread: most of a sheet is passed over at the cost of a scan.
                guard let row = markedRow else { break }
                let column = tag.attribute("r", in: bytes).flatMap { CellAddress($0)?.column } ?? lastColumn + 1
                lastColumn = column
                copy(upTo: tag.range.lowerBound)
                output += newCells(row: row, before: column)
                guard pendingColumns.first == column, let level = marks[row]?[column] else { break }
                pendingColumns.removeFirst()
                let old = tag.attribute("s", in: bytes).flatMap { Int($0) } ?? 0
                replace(tag, with: tag.settingAttribute("s", to: String(style(old, level)), in: bytes))
            default:
                break
            }
        }
        copy(upTo: bytes.count)
        return output
    }
}

let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
