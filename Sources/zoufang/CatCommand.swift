import ArgumentParser
import Foundation
import Spreadsheet

struct CatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cat",
        abstract: "打印工作表原始单元格 / Print a sheet's cells exactly as read.",
        discussion: """
            例 / examples:
              zoufang cat 一组.xlsx --format csv
              zoufang cat 一组.xlsx --all-sheets --format count
              zoufang cat 旧表.csv --input-encoding gb18030

            按读入的原样打印单元格，未按问卷分类型。
            JSON gives every cell with its type (see "Raw cells" in the outputs spec); CSV and TSV show the \
            cells as a person reads them (dates as YYYY-MM-DD, numbers as Excel's General format). \
            `count` prints each sheet's name, rows and non-empty cells; `merged` its merged ranges. \
            An unreadable file prints its error on stderr and exits with status 3.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv, tsv, count, merged }

    @Argument(help: "A .xlsx, .csv, .tsv or .txt file.")
    var file: String

    @Option(help: "The sheet to print (default: the first).")
    var sheet: String?

    @Flag(help: "Print every sheet, hidden ones included.")
    var allSheets = false

    @Option(help: "Output format: json, csv, tsv, count or merged.")
    var format: Format = .json

    @OptionGroup var inputEncoding: InputEncodingOption

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var quietOption: QuietOption

    func validate() throws {
        if sheet != nil && allSheets { throw ValidationError("--sheet and --all-sheets cannot be used together") }
    }

    func run() throws {
        let language = languageOption.language
        let output = BufferedOutput()
        do {
            let reader = try Spreadsheets.open(file, options: inputEncoding.readOptions)
            let chosen = try sheetIndices(reader, language: language)
            switch format {
            case .json: try RawCellsJSON(file: file, output: output).write(reader, sheets: chosen)
            case .csv, .tsv: try PeopleCells(separator: format == .csv ? "," : "\t", output: output).write(reader, sheets: chosen)
            case .count, .merged: try SheetSummary(output: output, mergedOnly: format == .merged).write(reader, sheets: chosen)
            }
        } catch let error as SpreadsheetError {
            FileHandle.standardError.write(Data((error.file + ": " + error.message.text(in: language) + "\n").utf8))
            throw ExitCode(3)
        }
        output.flush()
    }

    private func sheetIndices(_ reader: any SpreadsheetReader, language: Language) throws -> [Int] {
        if allSheets { return Array(reader.sheets.indices) }
        guard let sheet else { return reader.sheets.isEmpty ? [] : [0] }
        guard let index = reader.sheets.firstIndex(where: { $0.name == sheet }) else {
            let names = reader.sheets.map(\.name).joined(separator: ", ")
            let message = LocalizedText(
                zh: "没有名为“\(sheet)”的工作表；现有工作表：\(names)",
                en: "no sheet named \"\(sheet)\"; the sheets are: \(names)")
            FileHandle.standardError.write(Data((file + ": " + message.text(in: language) + "\n").utf8))
            throw ExitCode(2)
        }
        return [index]
    }
}
