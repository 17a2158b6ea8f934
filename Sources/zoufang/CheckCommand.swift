import ArgumentParser
import Questionnaire
import Spreadsheet
import Validation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查走访登记表 / Check returns: gaps, rules, duplicates and conflicts, with nothing lost.",
        discussion: """
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

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var rosterOption: RosterOption

    @Option(help: "Text encoding of CSV/TXT returns (utf-8, gb18030, utf-16le, …); detected when not given.")
    var encoding: String?

    func run() throws {
        let language = languageOption.language
        let questionnaire = try loadSchema(schema, language: language)
        let files = try returnFiles(returns)
        let roster = try rosterOption.load(language: language)
        let report = ReturnCheck(schema: questionnaire, options: ReadOptions(encoding: encoding)).run(files: files, roster: roster)
        print(format == .json ? report.json(language: language) : report.text(language: language), terminator: "")
        let status = report.exitStatus(strict: strict)
        if status != 0 { throw ExitCode(status) }
    }
}
