import Foundation
import TestSupport
@testable import Spreadsheet

/// A fresh scratch directory for one test's output files.
func scratchDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-writer-" + UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The text of one part of a zip file, read with `unzip -p` (brackets escaped: unzip takes wildcards).
func zipPart(_ file: String, _ part: String) throws -> String {
    let pattern = part.replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
    let result = try runProcess("/usr/bin/unzip", ["-p", file, pattern])
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

/// Loads a workbook with openpyxl, every warning turned into an error, and prints each sheet's state,
/// merged ranges, frozen cell, print titles and cell values as JSON (dates as ISO text).
let openpyxlDump = """
    import datetime, json, sys, warnings
    warnings.simplefilter("error")
    import openpyxl
    book = openpyxl.load_workbook(sys.argv[1])
    def value(v):
        return v.isoformat() if isinstance(v, (datetime.date, datetime.datetime)) else v
    print(json.dumps([{"name": s.title, "state": s.sheet_state, "merged": sorted(str(r) for r in s.merged_cells.ranges),
                       "freeze": s.freeze_panes, "printTitles": s.print_title_rows,
                       "filter": s.auto_filter.ref, "rows": [[value(c.value) for c in row] for row in s.iter_rows()]}
                      for s in book], ensure_ascii=False))
    """

/// Reads a workbook with calamine (the Rust reader, through python-calamine) and prints the values.
let calamineDump = """
    import datetime, json, sys
    from python_calamine import CalamineWorkbook
    book = CalamineWorkbook.from_path(sys.argv[1])
    def value(v):
        return v.isoformat() if isinstance(v, (datetime.date, datetime.datetime, datetime.time)) else v
    print(json.dumps({name: [[value(v) for v in row] for row in book.get_sheet_by_name(name).to_python()]
                      for name in book.sheet_names}, ensure_ascii=False))
    """

/// Runs one of the Python dumps on `path`; nil when Python is not set up (and tools are not required).
func pythonDump(_ script: String, _ path: String) throws -> String? {
    guard try ExternalTools.available(ExternalTools.python, named: "python with openpyxl and python-calamine"),
          let python = ExternalTools.python
    else { return nil }
    let result = try runProcess(python, ["-c", script, path])
    guard result.status == 0 else { return "exit \(result.status): " + result.errorOutput }
    return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
}

/// Converts every sheet to CSV with LibreOffice, values as shown; returns the CSV text of each sheet
/// by name, or nil when LibreOffice is not installed (and tools are not required).
func libreOfficeCSV(_ path: String) throws -> [String: String]? {
    guard try ExternalTools.available(ExternalTools.soffice, named: "LibreOffice (soffice)"), let soffice = ExternalTools.soffice
    else { return nil }
    let directory = try scratchDirectory()
    // Comma, double quote, UTF-8, from line 1, values as shown, every sheet into its own file.
    let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
    let result = try runProcess(soffice, ["--headless", "--convert-to", filter, "--outdir", directory, path],
                                environment: ["HOME": directory])
    guard result.status == 0 else { return ["error": result.errorOutput] }
    let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    var sheets: [String: String] = [:]
    for file in try FileManager.default.contentsOfDirectory(atPath: directory) where file.hasSuffix(".csv") {
        let name = String(file.dropFirst(stem.count + 1).dropLast(4))
        sheets[name] = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
    }
    return sheets
}
