import Questionnaire
import Spreadsheet

/// The two sheets `--roster` adds to the summary workbook, after the four of spec/outputs.md: 走访覆盖 (per
/// roster hamlet: households on the roster, visited, not visited, coverage) and 未走访名单 (the households
/// still to visit, grouped by hamlet, for the next round).
enum CoverageSheets {
    static let coverageName = LocalizedText(zh: "走访覆盖", en: "Coverage")
    static let unvisitedName = LocalizedText(zh: "未走访名单", en: "Not visited")
    /// A roster row that gives no hamlet.
    static let noHamlet = LocalizedText(zh: "（未填自然社）", en: "(no hamlet)")

    /// Both sheets, listed after 明细 (which is itself written first and listed last).
    static func write(
        _ coverage: Coverage, to writer: XLSXWriter, styles: SummaryStyles, language: Language
    ) throws(SpreadsheetError) {
        try writeCoverage(coverage, to: writer, styles: styles, language: language)
        try writeUnvisited(coverage, to: writer, styles: styles, language: language)
    }

    private static func writeCoverage(
        _ coverage: Coverage, to writer: XLSXWriter, styles: SummaryStyles, language: Language
    ) throws(SpreadsheetError) {
        let zh = language == .zh
        let headings = zh ? ["自然社", "名单户数", "已走访户数", "未走访户数", "覆盖率"]
            : ["Hamlet", "Households on the roster", "Visited", "Not visited", "Coverage"]
        let title = zh ? "走访覆盖情况（按学生名单）" : "Coverage of the pupil roster"
        let sheet = try writer.addSheet(coverageName.text(in: language), layout: SheetLayout(
            columnWidths: [.fitContent] + Array(repeating: .fixed(14), count: headings.count - 1), frozenRows: 2,
            mergedRanges: [CellRange(first: CellAddress(row: 1, column: 1), last: CellAddress(row: 1, column: headings.count))],
            printSetup: PrintSetup(landscape: false, fitToWidth: true, repeatedRows: 2...2)), listedLast: true)
        try sheet.writeRow([.text(title)], styles: [styles.title], height: 30)
        try sheet.writeRow(headings.map { .text($0) }, styles: Array(repeating: styles.heading, count: headings.count), height: 30)
        let percent = writer.addStyle(CellStyle(border: .thin, horizontalAlignment: .center, verticalAlignment: .center,
                                                numberFormat: "0.0%"))
        let totalPercent = writer.addStyle(CellStyle(bold: true, fillColor: RGBColor(0xF2F2F2), border: .thin,
                                                     horizontalAlignment: .center, verticalAlignment: .center, numberFormat: "0.0%"))
        func row(_ label: String, _ hamlet: Coverage.Hamlet, style: StyleID, percentStyle: StyleID) throws(SpreadsheetError) {
            let share = hamlet.households == 0 ? CellValue.empty : .number(Double(hamlet.visited) / Double(hamlet.households))
            try sheet.writeRow([.text(label), .number(Double(hamlet.households)), .number(Double(hamlet.visited)),
                                .number(Double(hamlet.households - hamlet.visited)), share],
                               styles: [style, style, style, style, percentStyle], height: 20)
        }
        for hamlet in coverage.hamlets {
            try row(hamletLabel(hamlet.name, language), hamlet, style: styles.body, percentStyle: percent)
        }
        try row(TableWords.total.text(in: language), coverage.total, style: styles.total, percentStyle: totalPercent)
    }

    private static func writeUnvisited(
        _ coverage: Coverage, to writer: XLSXWriter, styles: SummaryStyles, language: Language
    ) throws(SpreadsheetError) {
        let zh = language == .zh
        let headings = zh ? ["序号", "自然社", "监护人", "学生姓名", "班级", "名单中的位置"]
            : ["No.", "Hamlet", "Guardian", "Pupils", "Classes", "Place in the roster"]
        let last = CellAddress(row: coverage.unvisited.count + 1, column: headings.count)
        let sheet = try writer.addSheet(unvisitedName.text(in: language), layout: SheetLayout(
            columnWidths: Array(repeating: .fitContent, count: headings.count), frozenRows: 1,
            autoFilter: CellRange(first: CellAddress(row: 1, column: 1), last: last),
            printSetup: PrintSetup(landscape: true, fitToWidth: true, repeatedRows: 1...1)), listedLast: true)
        try sheet.writeRow(headings.map { .text($0) }, styles: Array(repeating: styles.heading, count: headings.count))
        let separator = zh ? "、" : ", "
        for (number, household) in coverage.unvisited.enumerated() {
            let pupils = household.pupils
            let rows = pupils.compactMap(\.location.row).map(String.init).joined(separator: separator)
            let sheetName = pupils.first?.location.sheet ?? ""
            let place = zh ? "「\(sheetName)」第 \(rows) 行" : "sheet \(sheetName), row \(rows)"
            try sheet.writeRow([
                .number(Double(number + 1)), .text(hamletLabel(household.hamlet, language)),
                household.guardian.map(CellValue.text) ?? .empty,
                .text(pupils.compactMap(\.name).joined(separator: separator)),
                .text(pupils.compactMap(\.className).joined(separator: separator)), .text(place),
            ])
        }
    }

    private static func hamletLabel(_ name: String, _ language: Language) -> String {
        name.isEmpty ? noHamlet.text(in: language) : name
    }
}
