import Spreadsheet
import Testing

/// Hostile or wrong files: one clear error each, no crash, no hang.
@Suite struct XLSXHostileTests {
    @Test(arguments: [
        ("hostile-encrypted.xlsx", SpreadsheetError.Kind.encrypted),
        ("hostile-legacy-xls.xlsx", .legacyXLS),
        ("hostile-not-zip.xlsx", .notSpreadsheet),
        ("hostile-truncated.xlsx", .notSpreadsheet),
        ("hostile-bomb.xlsx", .limitExceeded),
        ("hostile-doctype-workbook.xlsx", .malformedXML),
        ("hostile-doctype-sheet.xlsx", .malformedXML),
        ("hostile-doctype-strings.xlsx", .malformedXML),
        ("hostile-beyond-xfd.xlsx", .limitExceeded),
        ("hostile-beyond-row.xlsx", .limitExceeded),
        ("hostile-malformed.xlsx", .malformedXML),
        ("hostile-string-index.xlsx", .malformedXML),
        ("hostile-ods.xlsx", .notSpreadsheet),
        ("hostile-no-workbook-rels.xlsx", .malformedXML),
        ("hostile-word.xlsx", .notSpreadsheet),
    ])
    func refusedWithOneClearError(_ fixture: String, _ kind: SpreadsheetError.Kind) {
        let error = readError(fixture)
        #expect(error?.kind == kind)
        #expect(error?.file == xlsxFixture(fixture))
    }

    @Test func messagesSayWhatToDo() {
        #expect(readError("hostile-encrypted.xlsx")?.message.en == "the workbook is password protected: remove the password and save it again")
        #expect(readError("hostile-legacy-xls.xlsx")?.message.zh == "这是旧版 .xls 文件：请在 Excel/WPS 中另存为 .xlsx")
        #expect(readError("hostile-doctype-sheet.xlsx")?.part == "xl/worksheets/sheet1.xml")
        #expect(readError("hostile-beyond-xfd.xlsx")?.message.en.contains("XFE2") == true)
    }

    @Test func perEntryInflatedBytesLimit() {
        var limits = XLSXLimits()
        limits.maxEntryBytes = 1000
        let error = readError("xlsxwriter-small.xlsx", limits: limits)
        #expect(error?.kind == .limitExceeded)
    }

    @Test func totalInflatedBytesLimit() {
        var limits = XLSXLimits()
        limits.maxTotalBytes = 3000
        #expect(readError("xlsxwriter-small.xlsx", limits: limits)?.kind == .limitExceeded)
    }

    @Test func sharedStringBytesLimit() {
        var limits = XLSXLimits()
        limits.maxSharedStringBytes = 1 << 20
        #expect(readError("hostile-amplification.xlsx", limits: limits)?.kind == .limitExceeded)
    }

    /// 5,000 cells point at one 1 MiB string: every cell shares the table's one copy.
    @Test func oneHugeSharedStringIsNotCopiedPerCell() throws {
        let reader = try XLSXReader(path: xlsxFixture("hostile-amplification.xlsx"))
        var storage: Set<UnsafeRawPointer> = []
        var cells = 0
        try reader.forEachRow(sheet: 0) { row in
            for case .text(let text) in row.cells {
                cells += 1
                _ = text.utf8.withContiguousStorageIfAvailable { storage.insert(UnsafeRawPointer($0.baseAddress!)) }
            }
        }
        #expect(cells == 5000)
        #expect(storage.count == 1)
    }
}
