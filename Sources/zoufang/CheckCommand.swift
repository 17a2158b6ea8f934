import ArgumentParser
import Questionnaire
import Spreadsheet
import Validation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查走访登记表 / Check returns: gaps, rules, duplicates and conflicts, with nothing lost.",
        discussion: """
            例 / examples:
              zoufang check 回收表/
              zoufang check 一组.xlsx 二组.csv --lang en
              zoufang check 回收表/ --format json > 检查.json
              zoufang check 旧表.csv --input-encoding gb18030

            文件按 --jobs 并行读取，结果与 --jobs 1 逐字节相同。
            终端上错误显示为红色、警告为黄色；设置 NO_COLOR 则不用颜色。
            Files are read in parallel (--jobs); the report is byte for byte that of --jobs 1.
            On a terminal errors are red and warnings yellow, unless NO_COLOR is set.
            退出状态 / exit status: 0 无错误 no errors; 1 有错误 errors (或 --strict 时有警告 or warnings with \
            --strict); 2 用法错误 usage error; 3 有文件无法读取 a file could not be read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Return files (.xlsx .xlsm .csv .tsv .txt) and folders, searched recursively.")
    var returns: [String]

    @Option(help: "A questionnaire schema (.xlsx or .md) to use instead of the built-in one.")
    var schema: String?

    @Option(help: "Report format: text (for people) or json (for scripts).")
    var format: Format = .text

    @Flag(help: "Warnings also make the exit status 1.")
    var strict = false

    @OptionGroup var inputEncoding: InputEncodingOption

    @OptionGroup var jobsOption: JobsOption

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var rosterOption: RosterOption

    @OptionGroup var quietOption: QuietOption

    /// The old name of --input-encoding here; on run and tabulate --encoding is the CSV written, so check says so.
    @Option(help: .hidden)
    var encoding: String?

    func validate() throws {
        if let encoding {
            throw ValidationError("""
                check 不写 CSV：--encoding 只指输出 CSV 的编码；登记表的编码请用 --input-encoding \(encoding)
                check writes no CSV: --encoding names the encoding of CSV written; for the returns' encoding use \
                --input-encoding \(encoding)
                """)
        }
    }

    func run() throws {
        let language = languageOption.language
        let questionnaire = try loadSchema(schema, language: language)
        let files = try returnFiles(returns)
        let roster = try rosterOption.load(language: language)
        let progress = ProgressLine(files: files.count, language: language)
        let report = ReturnCheck(schema: questionnaire, options: inputEncoding.readOptions).run(
            files: files, jobs: jobsOption.jobs, roster: roster, onFile: progress.fileStarted, onRecord: { _, _ in progress.recordRead() })
        progress.finish()
        switch format {
        // Written as it is made, an issue at a time: the whole report is never held as one string.
        case .json: report.writeJSON(language: language) { print($0, terminator: "") }
        case .text: report.writeText(language: language, colour: TerminalColour.isWanted()) { print($0, terminator: "") }
        }
        let status = report.exitStatus(strict: strict)
        if status != 0 { throw ExitCode(status) }
    }
}
