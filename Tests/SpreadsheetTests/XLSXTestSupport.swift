import Spreadsheet
import TestSupport

/// A sheet read whole for a test: rows dense from row 1 (a missing row is `[]`), and its merged ranges.
struct SheetGrid: Equatable {
    var rows: [[CellValue]]
    var merged: [String]
}

func xlsxFixture(_ name: String) -> String {
    Repository.fixture("xlsx/" + name)
}

func readGrid(_ reader: any SpreadsheetReader, sheet: Int = 0) throws -> SheetGrid {
    let merged = try reader.mergedRanges(sheet: sheet).map(\.description)
    var rows: [[CellValue]] = []
    try reader.forEachRow(sheet: sheet) { row in
        while rows.count < row.number - 1 { rows.append([]) }
        rows.append(row.cells)
    }
    return SheetGrid(rows: rows, merged: merged)
}

func readGrid(_ fixture: String, sheet: Int = 0) throws -> SheetGrid {
    try readGrid(XLSXReader(path: xlsxFixture(fixture)), sheet: sheet)
}

/// The error opening or reading a whole fixture gives, nil when it reads.
func readError(_ fixture: String, limits: XLSXLimits = XLSXLimits()) -> SpreadsheetError? {
    do {
        let reader = try XLSXReader(path: xlsxFixture(fixture), limits: limits)
        for index in reader.sheets.indices {
            _ = try reader.mergedRanges(sheet: index)
            try reader.forEachRow(sheet: index) { _ in }
        }
        return nil
    } catch let error as SpreadsheetError {
        return error
    } catch {
        return nil
    }
}

// Short spellings for expected cells.
let null = CellValue.empty
func t(_ text: String) -> CellValue { .text(text) }
func n(_ number: Double) -> CellValue { .number(number) }
func d(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> CellValue {
    .date(DateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
}
