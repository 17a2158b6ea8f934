import Annotation
import Foundation
import Questionnaire
import Spreadsheet
import Testing
import TestSupport
import Validation

/// An annotated return opens in openpyxl and LibreOffice and reads back as the original did.
@Suite struct RoundTripTests {
    static let fixtures = [
        "annotate/openpyxl-comments.xlsx", "annotate/xlsxwriter.xlsx", "annotate/libreoffice-merged.xlsx",
        "annotate/returns.csv", "returns/第一组.xlsx",
    ]

    /// The 问题清单 sheet starts with the problem list's headings, so the reader skips it (listed among the
    /// skipped sheets); records and issues are those of the original, file names aside.
    @Test(arguments: fixtures) func rereadingGivesTheSameRecordsAndIssues(_ fixture: String) throws {
        let annotated = try AnnotatedFixture(fixture)
        defer { annotated.cleanUp() }
        let schema = try Schema.builtIn()
        let original = CheckOutcome([annotated.input], schema: schema)
        #expect(!original.issues.isEmpty)
        #expect(CheckOutcome([annotated.output], schema: schema) == original)
        let report = ReturnCheck(schema: schema).run(files: [annotated.output])
        #expect(report.inputs.map(\.skippedSheets) == [["问题清单"]])
    }

    @Test func englishListingIsSkippedToo() throws {
        let annotated = try AnnotatedFixture("annotate/xlsxwriter.xlsx", language: .en)
        defer { annotated.cleanUp() }
        #expect(annotated.output.hasSuffix("/xlsxwriter.annotated.xlsx"))
        let report = ReturnCheck(schema: try Schema.builtIn()).run(files: [annotated.output])
        #expect(report.inputs.map(\.skippedSheets) == [["Issues"]])
        #expect(try annotated.part("xl/comments1.xml").contains(#"<t xml:space="preserve">warning: "#))
    }

    /// gnumeric's return has a sheet without a header: a problem with no cell, listed but marked nowhere.
    @Test func problemsWithoutACellAreOnlyListed() throws {
        let annotated = try AnnotatedFixture("xlsx/gnumeric.xlsx")
        defer { annotated.cleanUp() }
        let names = try Package.names(annotated.output)
        #expect(!names.contains { $0.contains("comments") || $0.hasSuffix(".vml") })
        let listing = try annotated.part("xl/worksheets/sheet\(names.filter { $0.hasPrefix("xl/worksheets/sheet") }.count).xml")
        #expect(listing.contains(#"<row r="2"><c r="A2" t="inlineStr">"#) && !listing.contains(#"<row r="3">"#))
        #expect(!listing.contains("<hyperlinks>"))
        #expect(listing.contains("no-header"))
        // No cell marked: the styles stay as they were.
        #expect(try Package.bytes(annotated.input, "xl/styles.xml") == Package.bytes(annotated.output, "xl/styles.xml"))
    }

    @Test(arguments: fixtures) func opensInOpenpyxlWithEveryComment(_ fixture: String) throws {
        guard try ExternalTools.available(ExternalTools.python, named: "python with openpyxl"), let python = ExternalTools.python
        else { return }
        let annotated = try AnnotatedFixture(fixture)
        defer { annotated.cleanUp() }
        let script = """
            import sys, warnings, openpyxl
            warnings.simplefilter("error")
            workbook = openpyxl.load_workbook(sys.argv[1])
            for sheet in workbook:
                for row in sheet.iter_rows():
                    for cell in row:
                        if cell.comment:
                            print(sheet.title, cell.coordinate, cell.fill.fgColor.rgb, cell.comment.text.split("\\n")[-1].split("：")[0])
            listing = workbook.worksheets[-1]
            print(listing.title, listing.max_row, listing["D2"].hyperlink.location)
            """
        let result = try runProcess(python, ["-c", script, annotated.output])
        #expect(result.errorOutput == "")
        let lines = result.output.split(separator: "\n").map(String.init)
        // E6's problem sits on E5, the first cell of the merge E5:E6; H4 keeps the teacher's comment, ours appended.
        let marked = ["I2 FFFFEB9C 警告", "B3 FFFFC7CE 错误", "H4 FFFFC7CE 错误", "E5 FFFFC7CE E6: 错误", "J6 FFFFC7CE 错误"]
        let expected = switch fixture {
        case "returns/第一组.xlsx": ["走访登记表 N9 FFFFEB9C 警告", "走访登记表 P12 FFFFC7CE 错误", "问题清单 3 '走访登记表'!N9"]
        case "annotate/returns.csv":
            ["I2 FFFFEB9C 警告", "B3 FFFFC7CE 错误", "H4 FFFFC7CE 错误", "E5 FFFFC7CE 错误", "E6 FFFFC7CE 错误", "J6 FFFFC7CE 错误"]
                .map { "returns " + $0 } + ["问题清单 7 'returns'!I2"]
        case "annotate/xlsxwriter.xlsx": marked.map { "走访登记表 " + $0 } + ["问题清单 7 '走访登记表'!I2"]
        default: ["走访登记表 A2 00000000 上寨的户都在这里"] + marked.map { "走访登记表 " + $0 } + ["问题清单 7 '走访登记表'!I2"]
        }
        #expect(lines == expected)
    }

    /// LibreOffice converts the annotated workbook without complaint and keeps every comment.
    @Test(arguments: fixtures) func libreOfficeConvertsItKeepingTheComments(_ fixture: String) throws {
        guard try ExternalTools.available(ExternalTools.soffice, named: "LibreOffice (soffice)"), let soffice = ExternalTools.soffice,
              try ExternalTools.available(ExternalTools.python, named: "python with openpyxl"), let python = ExternalTools.python
        else { return }
        let annotated = try AnnotatedFixture(fixture)
        defer { annotated.cleanUp() }
        let converted = annotated.folder + "/lo"
        let result = try runProcess(soffice, ["--headless", "--convert-to", "xlsx", "--outdir", converted, annotated.output],
                                    environment: ["HOME": annotated.folder])
        #expect(result.status == 0)
        let output = converted + "/" + (annotated.output as NSString).lastPathComponent
        let script = """
            import sys, openpyxl
            workbook = openpyxl.load_workbook(sys.argv[1])
            print(workbook.sheetnames[-1], sum(1 for row in workbook.worksheets[0].iter_rows() for cell in row if cell.comment))
            """
        let comments = try runProcess(python, ["-c", script, output])
        let expected = [
            "returns/第一组.xlsx": "问题清单 2", "annotate/returns.csv": "问题清单 6", "annotate/xlsxwriter.xlsx": "问题清单 5",
        ][fixture] ?? "问题清单 6"
        #expect(comments.output.trimmingCharacters(in: .newlines) == expected)
    }
}

@Suite struct AnnotatingTwiceTests {
    /// An annotated return annotated again: the second list gets its own name, our first comments are kept
    /// and the new notes appended to them, and the file still reads back as the original.
    @Test func secondAnnotationMergesIntoTheFirst() throws {
        let first = try AnnotatedFixture("annotate/xlsxwriter.xlsx")
        defer { first.cleanUp() }
        let schema = try Schema.builtIn()
        let folder = first.folder + "/again"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let report = ReturnCheck(schema: schema).run(files: [first.output])
        let written = try ReturnAnnotator(schema: schema).annotate(report, into: folder, protectedPaths: [first.output])
        #expect(written == [folder + "/xlsxwriter.批注.批注.xlsx"])
        let workbook = String(decoding: try Package.bytes(written[0], "xl/workbook.xml"), as: UTF8.self)
        #expect(workbook.contains(#"<sheet name="问题清单" sheetId="2" r:id="rId5"/><sheet name="问题清单 (2)" sheetId="3" r:id="rId6"/>"#))
        let comments = String(decoding: try Package.bytes(written[0], "xl/comments1.xml"), as: UTF8.self)
        #expect(comments.contains("<authors><author>zoufang</author><author>zoufang</author></authors>"))
        #expect(comments.components(separatedBy: "<comment ").count - 1 == 5)
        #expect(comments.contains("\n\nzoufang:\n错误：户主姓名为空"))
        #expect(CheckOutcome([written[0]], schema: schema) == CheckOutcome([first.input], schema: schema))
    }
}
