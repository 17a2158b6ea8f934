import ArgumentParser
import EntryTemplate
import Foundation
import Questionnaire
import Spreadsheet

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "写出按问卷生成的空白登记表 / Write the blank entry workbook teachers type the households into.",
        discussion: """
            登记表带下拉列表（选项、是否、自然社）、数字和日期范围、文本格式的身份证号和电话栏，\
            以及“说明”表；按它填写的表能通过 zoufang check。
            The workbook has dropdowns (choices, yes/no, hamlets), number and date bounds, text-formatted ID \
            and phone columns and an instructions sheet; returns typed into it pass zoufang check.
            例 / example:  zoufang template --hamlets 大寨社,小河边社,新村社 -o 走访登记表.xlsx
            """
    )

    @Option(help: "问卷文件 / A questionnaire schema (.xlsx or .md); default: the built-in household-visit questionnaire.")
    var schema: String?

    @Option(help: "自然社名单，逗号分隔 / Hamlets for the dropdown, comma-separated (default: the schema's hamlet_order).")
    var hamlets: String?

    @Option(help: "预设格式的空行数 / How many empty rows get the formats and dropdowns.")
    var rows = 1000

    @Option(name: [.short, .customLong("output")], help: "要写的登记表 (.xlsx) / The workbook to write (.xlsx).")
    var output: String

    @Flag(help: "替换已有文件 / Replace the file if it exists.")
    var force = false

    @OptionGroup var languageOption: LanguageOption

    /// Enough for a township's households; Excel's own limit is 1,048,576 rows.
    static let maxRows = 100_000

    func run() throws {
        let language = languageOption.language
        try checkWorkbookOutput(output, force: force, language: language)
        guard (1...Self.maxRows).contains(rows) else {
            throw usageError("--rows 要在 1 到 \(Self.maxRows) 之间 / --rows must be from 1 to \(Self.maxRows)")
        }
        let loaded = try loadSchema(schema, language: language)
        let template = EntryTemplate(schema: loaded, hamlets: hamlets.map(Self.names), rows: rows, language: language)
        do throws(SpreadsheetError) {
            try template.write(to: output, protectedPaths: [schema].compactMap { $0 })
        } catch {
            throw usageError(error.file + ": " + error.message.text(in: language))
        }
        printError(language == .zh
            ? "已写出 \(output)：\(loaded.fields.count) 个栏目，\(rows) 行待填"
            : "wrote \(output): \(loaded.fields.count) columns, \(rows) rows to fill")
    }

    /// `大寨社,小河边社` (also with ， or 、), blanks dropped.
    static func names(_ list: String) -> [String] {
        list.split { ",，、".contains($0) }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
