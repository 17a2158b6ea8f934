import ArgumentParser
import Foundation
import Questionnaire
import Spreadsheet

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "问卷定义 / Show, export or check a questionnaire schema (XLSForm .xlsx or its Markdown twin .md).",
        discussion: """
            例 / examples:
              zoufang schema show > 问卷.md
              zoufang schema export -o 我的问卷.xlsx
              zoufang schema check 我的问卷.xlsx
              zoufang check --schema 我的问卷.xlsx 回收表/
            """,
        subcommands: [Show.self, Export.self, Check.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "打印使用中的问卷（Markdown，可另存后修改）/ Print the schema in use as Markdown, ready to edit.",
            discussion: "例 / examples:  zoufang schema show > 问卷.md;  zoufang schema show --schema 我的问卷.xlsx")

        @Option(help: "A schema file (.xlsx or .md); the built-in household-visit questionnaire when omitted.")
        var schema: String?

        @OptionGroup var languageOption: LanguageOption

        @OptionGroup var quietOption: QuietOption

        func run() throws {
            let language = languageOption.language
            do throws(SchemaError) {
                let loaded: Schema
                if let schema { loaded = try Schema.load(path: schema) } else { loaded = try Schema.builtIn() }
                for warning in loaded.warnings { printError(warning.text(in: language)) }
                print(loaded.markdown(), terminator: "")
            } catch {
                for problem in error.problems { printError(problem.text(in: language)) }
                throw ExitCode(1)
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "把问卷写成可在 Excel/WPS 中修改的 XLSForm 工作簿 / Write the schema as an XLSForm workbook to edit.",
            discussion: "例 / example:  zoufang schema export -o 我的问卷.xlsx   (then: zoufang check --schema 我的问卷.xlsx …)")

        @Option(help: "A schema file (.xlsx or .md) to convert; the built-in household-visit questionnaire when omitted.")
        var schema: String?

        @Option(name: [.short, .customLong("output")], help: "The workbook to write (.xlsx).")
        var output: String

        @Flag(help: "替换已有文件 / Replace the file if it exists.")
        var force = false

        @OptionGroup var languageOption: LanguageOption

        @OptionGroup var quietOption: QuietOption

        func run() throws {
            let language = languageOption.language
            try checkWorkbookOutput(output, force: force, language: language)
            let loaded = try loadSchema(schema, language: language)
            do throws(SpreadsheetError) {
                try loaded.writeWorkbook(to: output)
            } catch {
                throw usageError(error.file + ": " + error.message.text(in: language))
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "检查问卷文件，列出每个问题及其表、行、列 / List every problem in a schema file with its sheet, row and column.",
            discussion: "例 / example:  zoufang schema check 我的问卷.xlsx   (退出状态 exit status: 0 可用 usable, 1 有错误 errors)")

        @Argument(help: "The schema file: an XLSForm workbook (.xlsx) or a Markdown file (.md).")
        var file: String

        @OptionGroup var languageOption: LanguageOption

        @OptionGroup var quietOption: QuietOption

        func run() throws {
            let language = languageOption.language
            let (schema, problems) = Schema.check(path: file)
            for problem in problems { print(problem.text(in: language)) }
            let errors = problems.filter { $0.severity == .error }.count
            let warnings = problems.count - errors
            if let schema, errors == 0 {
                print(language == .zh
                    ? "\(file)：可以使用，\(schema.fields.count) 个字段，\(warnings) 个警告"
                    : "\(file): usable, \(SchemaCommand.count(schema.fields.count, "field")), \(SchemaCommand.count(warnings, "warning"))")
            } else {
                print(language == .zh
                    ? "\(file)：\(errors) 个错误，\(warnings) 个警告，改正错误后才能使用"
                    : "\(file): \(SchemaCommand.count(errors, "error")), \(SchemaCommand.count(warnings, "warning")): fix the errors before using it")
                throw ExitCode(1)
            }
        }
    }

    /// `1 warning`, `2 warnings`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
