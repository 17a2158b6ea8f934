import ArgumentParser
import Foundation
import Questionnaire
import Spreadsheet
import Tabulation
import Validation

struct TabulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tabulate",
        abstract: "按自然社和贫困户类别汇总 / Tabulate the returns by hamlet and poverty status.",
        discussion: """
            例 / examples:
              zoufang tabulate 回收表/ -o 汇总.xlsx
              zoufang tabulate 回收表/ --by hamlet -o 按社.csv
              zoufang tabulate 回收表/ --format json

            每户只计一次（重复登记的户计输入顺序中的第一份）。-o 汇总.xlsx 写出交教育局的汇总工作簿 \
            （汇总表、按类别、问题清单、明细）；.csv 和 .json 写出长表。没有 -o 时把长表打印到标准输出。
            Each household counts once (the first copy in input order). -o FILE.xlsx writes the bureau's \
            summary workbook; .csv and .json the long form; without -o the long form goes to stdout.
            """
    )

    @OptionGroup var tableOptions: TableOptions

    @Option(name: [.short, .customLong("output")], help: "输出文件 / Write to FILE: .xlsx (summary workbook), .csv or .json.")
    var output: String?

    @Option(help: "csv 或 json / csv or json (default: from -o's extension, else csv).")
    var format: String?

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var quietOption: QuietOption

    func run() throws {
        let language = languageOption.language
        let target = try chosenTarget()
        let inputs = try tableOptions.resolve(language: language)
        let files = inputs.protectedPaths
        let reading: ReturnReading
        do throws(SpreadsheetError) {
            var workbook: SummaryWorkbook?
            if case .workbook(let path) = target {
                workbook = try SummaryWorkbook(path: path, schema: inputs.schema, language: language, protectedPaths: files)
            }
            let listingWriter = workbook.map { ListingWriter(workbook: $0, threaded: inputs.jobs > 1) }
            reading = inputs.read(language: language) { record, _ in listingWriter?.add(record) }
            try listingWriter?.finish()
            let table = reading.table
            switch target {
            case .workbook:
                try workbook?.close(table: table, issues: reading.report.issues, coverage: reading.report.coverage)
            case .csv(let path):
                try writeCSV(table.longFormRows(in: language), to: path, encoding: tableOptions.encoding, protecting: files)
            case .json(let path):
                try writeText(table.json, to: path, protecting: files)
            }
        } catch {
            printError(error.message.text(in: language))
            throw ExitCode(2)
        }
        printError(reading.summary(language))
        if let coverage = reading.report.coverage { printError(coverage.summary(in: language)) }
        if reading.report.inputs.contains(where: \.unreadable) { throw ExitCode(3) }
    }

    /// Where the table goes and in which form; nil paths are stdout.
    enum Target {
        case workbook(String)
        case csv(String?)
        case json(String?)
    }

    private func chosenTarget() throws -> Target {
        let fromExtension = output.map { ($0 as NSString).pathExtension.lowercased() }
        switch (format?.lowercased(), fromExtension) {
        case (nil, "xlsx"?), ("xlsx"?, "xlsx"?): return .workbook(output!)
        case (nil, "json"?), ("json"?, _): return .json(output)
        case (nil, _), ("csv"?, _): return .csv(output)
        case ("xlsx"?, _):
            throw usageError("汇总工作簿要用 -o 指定 .xlsx 文件 / the summary workbook needs -o FILE.xlsx")
        default:
            throw usageError("--format 只能是 csv、json 或 xlsx / --format must be csv, json or xlsx")
        }
    }
}
