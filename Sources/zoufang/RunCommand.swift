import Annotation
import ArgumentParser
import Foundation
import Questionnaire
import Spreadsheet
import Tabulation
import Validation

/// The main job: check every return, then write the summary workbook, the problem list, the records and the
/// JSON into one folder, and print a one-screen summary.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "检查并汇总，结果写入一个文件夹 / Check and tabulate the returns, writing every output into a folder.",
        discussion: """
            例 / examples:
              zoufang run 回收表/ -o 结果/
              zoufang run 一组.xlsx 二组.csv -o results/ --lang en --jobs 4
              zoufang run 回收表/ -o 结果/ --force --quiet

            写出 / writes (names in English with --lang en):
              汇总.xlsx      交教育局的汇总工作簿 the bureau's workbook (汇总表, 按类别, 问题清单, 明细)
              问题清单.xlsx  问题清单.csv   every problem with its file, sheet and cell
              明细.csv       every record, typed, with its source
              汇总.csv  汇总.json   the long-form table;  检查.json  the check report (as check --format json)
              <名>.批注.xlsx  with --annotate: each return with its problems marked (as zoufang annotate)
            已有的输出文件只有加 --force 才会被替换 / existing outputs are replaced only with --force.
            退出状态 / exit status: 0 无错误 no errors; 1 有错误 errors (或 --strict 时有警告 or warnings with \
            --strict); 2 用法错误 usage error; 3 有文件无法读取 an input could not be read.
            """
    )

    @OptionGroup var tableOptions: TableOptions

    @Option(name: [.short, .customLong("output")], help: "输出文件夹 / The folder to write into (created when missing).")
    var output: String

    @OptionGroup var languageOption: LanguageOption

    @Flag(help: "有警告也以 1 退出 / Warnings also make the exit status 1.")
    var strict = false

    @Flag(help: "替换已有的输出文件 / Replace output files that already exist.")
    var force = false

    @OptionGroup var quietOption: QuietOption

    @Flag(help: "同时写出标好问题的登记表 <名>.批注.xlsx / Also write each return with issues marked (as zoufang annotate).")
    var annotate = false

    func run() throws {
        let language = languageOption.language
        let inputs = try tableOptions.resolve(language: language)
        let outputs = RunOutputs(folder: output, language: language)
        try outputs.prepare(force: force, language: language)

        let report: CheckReport
        let table: Table
        do throws(SpreadsheetError) {
            (report, table) = try writeOutputs(outputs, inputs: inputs, language: language)
        } catch {
            printError(error.file + ": " + error.message.text(in: language))
            throw ExitCode(2)
        }
        if annotate {
            let annotator = ReturnAnnotator(schema: inputs.schema, language: language, options: inputs.options)
            _ = try writeAnnotations(annotator, report: report, folder: output, force: force, inputs: inputs.protectedPaths,
                                     language: language)
        }
        if !quietOption.quiet {
            let settings = inputs.schema.settings
            let categories = SummaryTable.bySecondDimension(table, settings: settings, language: language)
                ?? SummaryTable.byFirstDimension(table, settings: settings, language: language)
            let summary = RunSummary(
                report: report, categories: categories, outputs: outputs, language: language,
                colour: TerminalColour.isWanted())
            print(summary.text, terminator: "")
        }
        let status = report.exitStatus(strict: strict)
        if status != 0 { throw ExitCode(status) }
    }

    /// Reads the returns once for the check, the tables, 明细.csv and the workbook's 明细.
    private func writeOutputs(
        _ outputs: RunOutputs, inputs: TableInputs, language: Language
    ) throws(SpreadsheetError) -> (CheckReport, Table) {
        let (schema, files, encoding) = (inputs.schema, inputs.protectedPaths, tableOptions.encoding)
        let workbook = try SummaryWorkbook(
            path: outputs.summaryWorkbook, schema: schema, language: language, protectedPaths: files)
        let records = try CSVWriter(path: outputs.recordsCSV, encoding: encoding, protectedPaths: files)
        try records.write(workbook.listing.headings.map { .text($0) })
        let listingWriter = ListingWriter(workbook: workbook, records: records, threaded: inputs.jobs > 1)
        let reading = inputs.read(language: language) { record, _ in listingWriter.add(record) }
        try listingWriter.finish()
        try records.finish()

        let (report, table) = (reading.report, reading.table)
        let issues = report.issues
        try workbook.close(table: table, issues: issues, coverage: report.coverage)

        try SummaryWorkbook.writeIssueList(
            to: outputs.issuesWorkbook, issues: issues, schema: schema, language: language, protectedPaths: files)
        let issueRows = [IssueListing.headings(in: language).map { CellValue.text($0) }]
            + issues.map { IssueListing.row($0, schema: schema, language: language) }
        try writeCSV(issueRows, to: outputs.issuesCSV, encoding: encoding, protecting: files)
        try writeCSV(table.longFormRows(in: language), to: outputs.tableCSV, encoding: encoding, protecting: files)
        try writeText(table.json, to: outputs.tableJSON, protecting: files)
        try writeText(to: outputs.checkJSON, protecting: files) { write in report.writeJSON(language: language, to: write) }
        return (report, table)
    }
}
