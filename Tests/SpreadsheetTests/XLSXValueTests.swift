@testable import Spreadsheet
import Testing

/// Number formats, date serials, `_xHHHH_` escapes and number text, one rule at a time.
@Suite struct XLSXValueTests {
    @Test func builtInDateFormatIDs() {
        let dates = (0...200).filter(NumberFormat.isBuiltInDate)
        #expect(dates == Array(14...22) + Array(27...36) + Array(45...47) + Array(50...58))
    }

    @Test(arguments: [
        ("yyyy\"年\"m\"月\"d\"日\"", true), ("[$-804]yyyy年m月d日", true), ("[DBNum1][$-804]yyyy\"年\"m\"月\"", true),
        ("[Red]yyyy/mm/dd", true), ("*-yyyy-mm-dd", true), ("上午/下午h\"时\"mm\"分\"", true),
        ("[h]:mm:ss", false), ("[mm]:ss", false), ("General", false), ("0.00", false), ("\"d\"0.00", false), ("\\d0", false), ("_d0", false), ("*d0", false),
        ("[DBNum1][$-804]General", false), ("#,##0 \"天\"", false), ("0.00E+00", false), ("[Red][<=100]0", false), ("@", false),
    ])
    func customFormatIsDate(_ code: String, _ isDate: Bool) {
        #expect(NumberFormat.isDate(code: code) == isDate)
    }

    @Test func serialsInThe1900System() {
        func date(_ serial: Double) -> String? { ExcelDate.dateTime(serial: serial, date1904: false)?.description }
        #expect(date(1) == "1900-01-01")
        #expect(date(59) == "1900-02-28")
        #expect(date(60) == "1900-02-28")  // Excel's non-existent 1900-02-29
        #expect(date(61) == "1900-03-01")
        #expect(date(43298) == "2018-07-17")
        #expect(date(43298.999999) == "2018-07-18")  // rounds to the nearest second
        #expect(date(0.75) == "1899-12-30T18:00:00")
        #expect(date(2_958_465) == "9999-12-31")
        #expect(date(2_958_466) == nil)
        #expect(date(-1) == nil)
    }

    @Test func serialsInThe1904System() {
        #expect(ExcelDate.dateTime(serial: 0, date1904: true)?.description == "1904-01-01")
        #expect(ExcelDate.dateTime(serial: 41836, date1904: true)?.description == "2018-07-17")
    }

    @Test(arguments: [
        ("plain", "plain"), ("a_x000D_b", "a\rb"), ("_x005F_x0041_", "_x0041_"), ("_x0041_", "A"),
        ("_xD83D__xDE00_", "😀"), ("_x00_", "_x00_"), ("_xZZZZ_", "_xZZZZ_"), ("\u{3000}x\u{3000}", "\u{3000}x\u{3000}"),
    ])
    func excelTextEscapes(_ stored: String, _ text: String) {
        #expect(ExcelText.string(Array(stored.utf8)) == text)
    }

    @Test(arguments: [
        ("1", 1.0), ("-1.5", -1.5), ("1E+17", 1e17), ("4.2E+17", 4.2e17), (" 7 ", 7), (".5", 0.5), ("0.1", 0.1),
        ("43299.39583333334", 43299.39583333334), ("420521198001011234", 4.2052119800101126e17), ("1e-7", 1e-7),
        ("0.30000000000000004", 0.30000000000000004), ("123456789012345678901234567890", 1.2345678901234568e29),
    ])
    func numbersReadExactly(_ text: String, _ value: Double) {
        let parsed = Array(text.utf8).withUnsafeBufferPointer(CellText.number)
        #expect(parsed == value)
    }

    @Test(arguments: ["INF", "NaN", "0x10", "1e", "--1", "1.2.3", "", " ", "1,5", "1e99999"])
    func notNumbers(_ text: String) {
        #expect(Array(text.utf8).withUnsafeBufferPointer(CellText.number) == nil)
    }

    @Test func isoDates() {
        #expect(CellText.isoDate("2018-07-17")?.description == "2018-07-17")
        #expect(CellText.isoDate("2018-07-17T08:30:15.250Z")?.description == "2018-07-17T08:30:15")
        #expect(CellText.isoDate("2018-02-30") == nil)
    }

    @Test func relationshipTargets() {
        #expect(PackageParts.resolve("worksheets/sheet1.xml", from: "xl/") == "xl/worksheets/sheet1.xml")
        #expect(PackageParts.resolve("/xl/worksheets/sheet1.xml", from: "xl/") == "xl/worksheets/sheet1.xml")
        #expect(PackageParts.resolve("..\\xl\\.\\styles.xml", from: "xl/") == "xl/styles.xml")
        #expect(ZipArchive.key("\\XL/Worksheets\\Sheet1.XML") == "xl/worksheets/sheet1.xml")
    }
}
