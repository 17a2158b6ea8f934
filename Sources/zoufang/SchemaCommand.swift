import ArgumentParser
import Foundation
import Questionnaire
import Spreadsheet

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "问卷定义 / Show or check a questionnaire schema (XLSForm .xlsx or its Markdown twin .md).",
        subcommands: [Show.self, Check.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "打印使用中的问卷（Markdown，可另存后修改）/ Print the schema in use as Markdown, ready to edit.")

        @Option(help: "A schema file (.xlsx or .md); the built-in household-visit questionnaire when omitted.")
        var schema: String?

        @Option(help: "Message language: zh or en (default: from LANG).")
        var lang: String?

        func run() throws {
            let language = SchemaCommand.language(lang)
            do throws(SchemaError) {
                let loaded: Schema
                if let schema { loaded = try Schema.load(path: schema) } else { loaded = try Schema.builtIn() }
                for warning in loaded.warnings { SchemaCommand.printError(warning.text(in: language)) }
                print(loaded.markdown(), terminator: "")
            } catch {
                for problem in error.problems { SchemaCommand.printError(problem.text(in: language)) }
                throw ExitCode(1)
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "检查问卷文件，列出每个问题及其表、行、列 / List every problem in a schema file with its sheet, row and column.")

        @Argument(help: "The schema file: an XLSForm workbook (.xlsx) or a Markdown file (.md).")
        var file: String

        @Option(help: "Message language: zh or en (default: from LANG).")
        var lang: String?

        func run() throws {
            let language = SchemaCommand.language(lang)
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

    static func language(_ option: String?) -> Language {
        option.flatMap(Language.init(rawValue:)) ?? Language.fromEnvironment()
    }

    /// `1 warning`, `2 warnings`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
