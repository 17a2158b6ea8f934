import Foundation
import TestSupport
@testable import Spreadsheet

/// A fresh scratch directory for one test's output files.
func scratchDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-writer-" + UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The text of one part of a zip file, read with `unzip -p`.
func zipPart(_ file: String, _ part: String) throws -> String {
    let result = try runProcess("/usr/bin/unzip", ["-p", file, part])
    return result.output
}

/// A small workbook using every feature once: two sheets, styles, a merge, frozen panes, an autofilter,
/// print setup, fitted widths, and each kind of value.
func writeSampleWorkbook(to path: String) throws {
    let writer = try XLSXWriter(path: path)
    let title = writer.addStyle(CellStyle(fontName: "黑体", fontSize: 16, bold: true, horizontalAlignment: .center))
    let header = writer.addStyle(CellStyle(bold: true, fillColor: RGBColor(0xD9E1F2), border: .thin,
                                           horizontalAlignment: .center, verticalAlignment: .center, wrapText: true))
    let percent = writer.addStyle(CellStyle(border: .thin, numberFormat: "0.0%"))
    let text = writer.addStyle(CellStyle(fontName: "宋体", numberFormat: "@"))
    let sheet = try writer.addSheet("汇总表", layout: SheetLayout(
        columnWidths: [.fitContent, .fixed(12), .fitContent, .standard, .fitContent],
        frozenRows: 2, autoFilter: CellRange("A2:E4"), mergedRanges: [CellRange("A1:E1")!],
        printSetup: PrintSetup(repeatedRows: 1...2)))
    try sheet.writeRow([.text("石门村 2026 年春季走访汇总")], styles: [title], height: 24)
    try sheet.writeRow(["自然社", "户数", "比例", "完成", "走访日期"].map { .text($0) }, styles: Array(repeating: header, count: 5))
    try sheet.writeRow([.text("上屋"), .number(12), .number(0.125), .bool(true), .date(DateTime(year: 2026, month: 3, day: 2))],
                       styles: [nil, nil, percent])
    try sheet.writeRow([.text("下屋"), .number(-3.5), .number(1), .bool(false), .date(DateTime(year: 2026, month: 3, day: 2, hour: 14, minute: 30))],
                       styles: [nil, nil, percent])
    let detail = try writer.addSheet("明细", layout: SheetLayout(hidden: true))
    try detail.writeRow([.text("身份证号"), .text(" 前后空格 "), .text("a_x0041_b"), .text("tab\there\r\nline")])
    try detail.writeRow([.text("440102199001011234"), .empty, .error("#N/A"), .number(1e-5)], styles: [text, text])
    try writer.close()
}
