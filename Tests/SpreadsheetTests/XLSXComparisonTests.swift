import Foundation
import Spreadsheet
import Testing
import TestSupport

/// `zoufang cat --format json` on every XLSX fixture, compared cell by cell with python-calamine and openpyxl.
/// Where they disagree, the expected list below says which reading the file format supports, and why.
@Suite struct XLSXComparisonTests {
    enum Cell: Decodable, Equatable, CustomStringConvertible {
        case null, bool(Bool), number(Double), text(String), tagged([String: String])

        init(from decoder: Decoder) throws {
            let value = try decoder.singleValueContainer()
            if value.decodeNil() { self = .null }
            else if let flag = try? value.decode(Bool.self) { self = .bool(flag) }
            else if let number = try? value.decode(Double.self) { self = .number(number) }
            else if let text = try? value.decode(String.self) { self = .text(text) }
            else { self = .tagged(try value.decode([String: String].self)) }
        }

        var description: String {
            switch self {
            case .null: "null"
            case .bool(let flag): String(flag)
            case .number(let number): String(number)
            case .text(let text): "\"\(text)\""
            case .tagged(let tags): tags.map { "\($0.key):\($0.value)" }.sorted().joined(separator: ",")
            }
        }
    }

    struct Ours: Decodable {
        struct Sheet: Decodable {
            var sheet: String
            var rows: [[Cell]]
        }
        var sheets: [Sheet]
    }

    enum Theirs: Decodable {
        case sheets([[[Cell]]])
        case failed(String)

        init(from decoder: Decoder) throws {
            if let sheets = try? decoder.singleValueContainer().decode([[[Cell]]].self) {
                self = .sheets(sheets)
            } else {
                self = .failed(try decoder.singleValueContainer().decode([String: String].self)["failed"] ?? "")
            }
        }
    }

    static let fixtures = ((try? FileManager.default.contentsOfDirectory(atPath: Repository.fixture("xlsx"))) ?? [])
        .filter { $0.hasSuffix(".xlsx") && !$0.hasPrefix("hostile-") }.sorted()

    /// Each known disagreement, and the reason ours follows the format.
    static let expected: [String: Set<String>] = [
        // calamine turns error cells (t="e") into empty ones; the cell holds the error value #N/A.
        "openpyxl-types.xlsx": ["calamine 登记表!F4 ours error:#N/A theirs null"],
        "libreoffice.xlsx": ["calamine 登记表!F4 ours error:#N/A theirs null"],
        "gnumeric.xlsx": ["calamine 登记表!F4 ours error:#N/A theirs null"],
        // openpyxl knows no CJK built-in date formats (ECMA-376 §18.8.30: ids 27–36, 50–58 are dates in zh-CN).
        "xlsxwriter-formats.xlsx": Set(
            [4, 5, 6, 9, 10, 11].map { "openpyxl 格式!B\($0) ours date:2018-07-17T12:00:00 theirs 43298.5" }
            + ["calamine 格式!D26 ours error:#DIV/0! theirs null"]),
        // calamine does not resolve a backslashed absolute target; openpyxl finds no sheets at all. OPC
        // targets are URIs relative to the source part or absolute, and Excel accepts both spellings.
        "patched-absolute-targets.xlsx": ["calamine failed", "openpyxl sheet count 0"],
        // Both refuse the file: an untyped <v>INF</v> or <v>0x10</v> is not a number, so it is text.
        "patched-cell-types.xlsx": ["calamine failed", "openpyxl failed"],
        // openpyxl requires styles.xml, which the package format makes optional.
        "patched-no-styles.xlsx": ["openpyxl failed"],
        // A chart sheet is one of the workbook's sheets (it has a <sheet> entry); openpyxl's list leaves it out.
        "xlsxwriter-chartsheet.xlsx": ["openpyxl sheet count 1"],
        // openpyxl does not read Strict OOXML namespaces.
        "patched-strict.xlsx": ["openpyxl sheet count 0"],
        // WPS: 58, 31 and 57 are CJK date ids; a DISPIMG cell is a picture, read as empty (with a note).
        "patched-wps.xlsx": Set(["A1", "B1", "E1"].map { "openpyxl Sheet1!\($0) ours date:2018-07-17 theirs 43298.0" }
            + ["calamine Sheet1!A2 ours null theirs \"=DISPIMG(\"ID_2F5E8B\",1)\"",
               "openpyxl Sheet1!A2 ours null theirs \"=DISPIMG(\"ID_2F5E8B\",1)\""]),
    ]

    @Test(arguments: fixtures) func agreesWithCalamineAndOpenpyxl(_ fixture: String) throws {
        guard try ExternalTools.available(ExternalTools.python, named: "python") else { return }
        let path = xlsxFixture(fixture)
        let cat = try runProcess(Repository.zoufangExecutable, ["cat", path, "--all-sheets", "--format", "json"])
        #expect(cat.status == 0)
        let ours = try JSONDecoder().decode(Ours.self, from: cat.stdout)
        let others = try runProcess(ExternalTools.python!, [Repository.root.appendingPathComponent("scripts/xlsx-read-others").path, path])
        let theirs = try JSONDecoder().decode([String: Theirs].self, from: others.stdout)
        var disagreements: Set<String> = []
        for tool in ["calamine", "openpyxl"] {
            disagreements.formUnion(Self.compare(ours, theirs[tool]!, tool: tool))
        }
        #expect(disagreements == Self.expected[fixture] ?? [])
    }

    static func compare(_ ours: Ours, _ theirs: Theirs, tool: String) -> [String] {
        guard case .sheets(let sheets) = theirs else { return ["\(tool) failed"] }
        guard sheets.count == ours.sheets.count else { return ["\(tool) sheet count \(sheets.count)"] }
        var found: [String] = []
        for (sheet, theirRows) in zip(ours.sheets, sheets) {
            for row in 0..<max(sheet.rows.count, theirRows.count) {
                let mine = row < sheet.rows.count ? sheet.rows[row] : []
                let other = row < theirRows.count ? theirRows[row] : []
                for column in 0..<max(mine.count, other.count) {
                    let a = column < mine.count ? mine[column] : .null
                    let b = column < other.count ? other[column] : .null
                    guard a != b else { continue }
                    let cell = CellAddress(row: row + 1, column: column + 1)
                    found.append("\(tool) \(sheet.sheet)!\(cell) ours \(a) theirs \(b)")
                }
            }
        }
        return found
    }
}
