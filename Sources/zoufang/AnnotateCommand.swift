import Annotation
import ArgumentParser
import Foundation
import Spreadsheet
import Validation

/// Gives each return back with its problems marked: `DIR/<name>.批注.xlsx` for every input with issues.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "标出每份登记表的问题 / Write each return back with its problem cells marked and commented.",
        discussion: """
            例 / example:  zoufang annotate 回收表/ -o 批注/

            每份有问题的登记表写出 <名>.批注.xlsx（--lang en: <name>.annotated.xlsx）：有问题的单元格填红色（错误）\
            或黄色（警告）并加批注，另加“问题清单”工作表，每个问题链接到它的单元格。.xlsx 原样保留其余内容；\
            CSV 转为 .xlsx。不会改动输入文件；已有的输出只有加 --force 才会被替换。
            For every return with issues: error cells red, warning cells yellow, each with a comment, and a \
            problem-list sheet linking to every cell. An .xlsx keeps everything else as it was; a CSV becomes an \
            .xlsx. Inputs are never written over; existing outputs are replaced only with --force.
            退出状态 / exit status: 0 已写出 written (问题见 zoufang check / see zoufang check for the problems); \
            2 用法错误或无法写出 usage error, or a file could not be written.
            """
    )

    @Argument(help: "回收的登记表文件或文件夹 / Return files (.xlsx .xlsm .csv .tsv .txt) or folders holding them.")
    var returns: [String]

    @Option(name: [.short, .customLong("output")], help: "输出文件夹 / The folder to write into (created when missing).")
    var output: String

    @Option(help: "问卷文件 / A questionnaire schema (.xlsx or .md); default: the built-in household-visit questionnaire.")
    var schema: String?

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var inputEncoding: InputEncodingOption

    @OptionGroup var jobsOption: JobsOption

    @OptionGroup var quietOption: QuietOption

    @Flag(help: "替换已有的输出文件 / Replace output files that already exist.")
    var force = false

    func run() throws {
        let language = languageOption.language
        let questionnaire = try loadSchema(schema, language: language)
        let files = try returnFiles(returns)
        let options = inputEncoding.readOptions
        let report = ReturnCheck(schema: questionnaire, options: options).run(files: files, jobs: jobsOption.jobs)
        let annotator = ReturnAnnotator(schema: questionnaire, language: language, options: options)
        let written = try writeAnnotations(annotator, report: report, folder: output, force: force, inputs: files,
                                           language: language)
        guard !quietOption.quiet else { return }
        print(language == .zh ? "写出批注文件 \(written.count) 个：" : "Wrote \(written.count) annotated file(s):")
        for path in written { print("  " + path) }
    }
}

/// Annotates the returns of a check into `folder` (`annotate`, and `run --annotate`). An output that exists
/// without `force`, or a folder that cannot be made, is a usage error (2); so is a failed write.
func writeAnnotations(
    _ annotator: ReturnAnnotator, report: CheckReport, folder: String, force: Bool, inputs: [String], language: Language
) throws -> [String] {
    try prepareOutputFolder(
        folder, outputs: annotator.plan(report, into: folder).map(\.output), force: force, language: language)
    do throws(SpreadsheetError) {
        return try annotator.annotate(report, into: folder, protectedPaths: inputs)
    } catch {
        throw usageError(error.file + ": " + error.message.text(in: language))
    }
}
