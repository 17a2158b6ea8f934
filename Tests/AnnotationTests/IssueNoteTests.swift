@testable import Annotation
import Questionnaire
import Spreadsheet
import Testing

/// Which cell an issue marks, what its comment says and how 问题清单 lists it.
@Suite struct IssueNoteTests {
    private let issues = [
        Issue(.unreadableFile, at: SourceLocation(file: "a.xlsx"), message: LocalizedText(zh: "坏了", en: "broken")),
        Issue(.missingColumn, at: SourceLocation(file: "a.xlsx", sheet: "表"), message: LocalizedText(zh: "缺栏", en: "no column")),
        Issue(.duplicateRow, at: SourceLocation(file: "a.xlsx", sheet: "表", row: 7), message: LocalizedText(zh: "重复", en: "repeated")),
        Issue(.missingValue, at: SourceLocation(file: "a.xlsx", sheet: "表", row: 8, column: 3), message: LocalizedText(zh: "空", en: "empty")),
    ]

    @Test func aRowWithoutAColumnMarksColumnAAndProblemsWithoutARowAreOnlyListed() throws {
        let annotator = ReturnAnnotator(schema: try Schema.builtIn())
        #expect(annotator.notes(issues, sheet: nil) == [
            CellNote(sheet: "表", address: CellAddress(row: 7, column: 1), level: .warning, text: "警告：重复"),
            CellNote(sheet: "表", address: CellAddress(row: 8, column: 3), level: .error, text: "错误：空"),
        ])
        let listing = annotator.listing(issues, sheet: nil)
        #expect(listing.name == "问题清单")
        #expect(listing.rows.count == 5)
        #expect(listing.rows.map { $0[3] } == [.text("单元格"), .empty, .empty, .text("A7"), .text("C8")])
        #expect(listing.links == [
            NoteListing.Link(cell: CellAddress(row: 4, column: 4), sheet: "表", target: CellAddress(row: 7, column: 1)),
            NoteListing.Link(cell: CellAddress(row: 5, column: 4), sheet: "表", target: CellAddress(row: 8, column: 3)),
        ])
    }

    @Test func aCSVsRowsGoIntoOneSheetNamedAfterTheFile() throws {
        let annotator = ReturnAnnotator(schema: try Schema.builtIn(), language: .en)
        #expect(annotator.notes(issues, sheet: "第三组").map(\.sheet) == ["第三组", "第三组"])
        #expect(annotator.notes(issues, sheet: nil).map(\.text) == ["warning: repeated", "error: empty"])
        #expect(ReturnAnnotator.sheetName(for: "in/a:b[1]?.csv") == "ab1")
        #expect(ReturnAnnotator.sheetName(for: "in/" + String(repeating: "长", count: 40) + ".csv").count == 31)
        #expect(ReturnAnnotator.sheetName(for: "History.csv") == "Sheet1")
        #expect(annotator.outputPath(for: "in/第一组.xlsm", in: "out", copy: 2) == "out/第一组 (2).annotated.xlsm")
    }
}
