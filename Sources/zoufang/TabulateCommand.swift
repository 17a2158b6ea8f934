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
            每户只计一次（重复登记的户计输入顺序中的第一份）。-o 汇总.xlsx 写出交教育局的汇总工作簿 \
            （汇总表、按类别、问题清单、明细）；.csv 和 .json 写出长表。没有 -o 时把长表打印到标准输出。
            Each household counts once (the first copy in input order). -o FILE.xlsx writes the bureau's \
            summary workbook; .csv and .json the long form; without -o the long form goes to stdout.
            """
    )

    @Argument(help: "回收的登记表文件或文件夹 / Return files (.xlsx, .csv, .txt) or folders holding them.")
    var returns: [String]

    @Option(help: "分组字段，逗号分隔 / Fields to group by, comma-separated (default: the schema's group_by, e.g. hamlet,poverty).")
    var by: String?

    @Option(help: "问卷文件 / A questionnaire schema (.xlsx or .md); default: the built-in household-visit questionnaire.")
    var schema: String?

    @Option(name: [.short, .customLong("output")], help: "输出文件 / Write to FILE: .xlsx (summary workbook), .csv or .json.")
    var output: String?

    @Option(help: "csv 或 json / csv or json (default: from -o's extension, else csv).")
    var format: String?

    @Option(help: "CSV 输出编码 / Encoding of CSV output: utf8 (with a BOM, the default) or gb18030 (old Excel).")
    var encoding: String = CSVOutputEncoding.utf8.rawValue

    @Option(help: "登记表 CSV/TXT 的编码 / Text encoding of CSV/TXT returns (utf-8, gb18030, utf-16le, …); detected when not given.")
    var inputEncoding: String?

    @Option(help: "语言 / Language of headings and messages: zh or en (default: from LANG).")
    var lang: String?

    func run() throws {
        let language = try chosenLanguage()
        let target = try chosenTarget()
        let csvEncoding = try chosenEncoding()
        let schema = try loadSchema(language)
        let layout: TableLayout
        do {
            layout = try TableLayout(schema: schema, by: by.map(Self.fields))
        } catch {
            throw usage(error.message.text(in: language))
        }
        let files = ReturnFiles.expand(returns)
        guard !files.isEmpty else {
            throw usage("没有找到走访登记表文件 / no return files found in: \(returns.joined(separator: " "))")
        }
        let reading = ReturnReading(schema: schema, options: ReadOptions(encoding: inputEncoding), files: files, layout: layout)
        let table = reading.tabulator.table
        do throws(SpreadsheetError) {
            switch target {
            case .workbook(let path):
                let workbook = try SummaryWorkbook(
                    path: path, schema: schema, table: table, issues: reading.report.issues, language: language,
                    protectedPaths: files)
                try reading.replayRecords { record throws(SpreadsheetError) in try workbook.addRecord(record) }
                try workbook.close()
            case .csv(let path):
                try writeCSV(table.longFormRows(in: language), to: path, encoding: csvEncoding, protecting: files)
            case .json(let path):
                try writeText(table.json, to: path, protecting: files)
            }
        } catch {
            printError(error.message.text(in: language))
            throw ExitCode(2)
        }
        printError(reading.summary(language))
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
            throw usage("汇总工作簿要用 -o 指定 .xlsx 文件 / the summary workbook needs -o FILE.xlsx")
        default:
            throw usage("--format 只能是 csv、json 或 xlsx / --format must be csv, json or xlsx")
        }
    }

    private func chosenLanguage() throws -> Language {
        guard let lang else { return Language.fromEnvironment() }
        guard let language = Language(rawValue: lang.lowercased()) else {
            throw usage("--lang 只能是 zh 或 en / --lang must be zh or en")
        }
        return language
    }

    private func chosenEncoding() throws -> CSVOutputEncoding {
        guard let value = CSVOutputEncoding(rawValue: encoding.lowercased().replacingOccurrences(of: "-", with: "")) else {
            throw usage("--encoding 只能是 utf8 或 gb18030 / --encoding must be utf8 or gb18030")
        }
        return value
    }

    private func loadSchema(_ language: Language) throws -> Schema {
        do throws(SchemaError) {
            guard let schema else { return try Schema.builtIn() }
            return try Schema.load(path: schema)
        } catch {
            printError(error.problems.map { $0.text(in: language) }.joined(separator: "\n"))
            throw ExitCode(2)
        }
    }

    private static func fields(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func usage(_ message: String) -> ExitCode {
        printError(message)
        return ExitCode(2)
    }
}

/// CSV to a file, or to stdout through a scratch file so stdout gets exactly the bytes a file would.
private func writeCSV(_ rows: [[CellValue]], to path: String?, encoding: CSVOutputEncoding, protecting inputs: [String])
    throws(SpreadsheetError)
{
    let destination = path ?? FileManager.default.temporaryDirectory
        .appendingPathComponent("zoufang-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).csv").path
    let writer = try CSVWriter(path: destination, encoding: encoding, protectedPaths: inputs)
    for row in rows { try writer.write(row) }
    try writer.finish()
    guard path == nil else { return }
    defer { unlink(destination) }
    if let bytes = FileManager.default.contents(atPath: destination) { FileHandle.standardOutput.write(bytes) }
}

/// Text to a file (written whole, renamed into place) or to stdout.
private func writeText(_ text: String, to path: String?, protecting inputs: [String]) throws(SpreadsheetError) {
    guard let path else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
    }
    let output = try AtomicOutput(destination: path, protectedPaths: inputs)
    guard FileManager.default.createFile(atPath: output.temporaryPath, contents: Data(text.utf8)) else {
        throw SpreadsheetError(.notFound, file: path, message: LocalizedText(
            zh: "无法写入输出文件，请检查目录是否存在、是否可写", en: "cannot write the output file: check the folder exists and is writable"))
    }
    try output.commit()
}

private func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}

/// One pass over the returns: every record checked, the first copy of each household tabulated.
private struct ReturnReading {
    let reader: ReturnReader
    let files: [String]
    private(set) var report = CheckReport()
    private(set) var tabulator: Tabulator

    init(schema: Schema, options: ReadOptions, files: [String], layout: TableLayout) {
        reader = ReturnReader(schema: schema, options: options)
        self.files = files
        tabulator = Tabulator(layout: layout)
        var validator = Validator(schema: schema)
        for file in files {
            let account = reader.read(file: file, onRecord: { record in
                let check = validator.check(record)
                report.add(check)
                if check.isCountedInTables { tabulator.add(record) }
            }, onIssue: { report.add($0) })
            report.add(account)
        }
    }

    /// Reads the returns again, handing every record to `write` in input order (for 明细, so that records
    /// are never all held in memory); stops at the first write error and throws it.
    func replayRecords(_ write: (Record) throws(SpreadsheetError) -> Void) throws(SpreadsheetError) {
        var failure: SpreadsheetError?
        for file in files where failure == nil {
            _ = reader.read(file: file, onRecord: { record in
                guard failure == nil else { return }
                do throws(SpreadsheetError) { try write(record) } catch { failure = error }
            }, onIssue: { _ in })
        }
        if let failure { throw failure }
    }

    /// One line for stderr: households tabulated, records read, errors and warnings found.
    func summary(_ language: Language) -> String {
        let records = report.totals.records
        return language == .zh
            ? "汇总了 \(report.countedRecords) 户（读取记录 \(records) 条；错误 \(report.errorCount) 个，警告 \(report.warningCount) 个，详见 zoufang check）"
            : "Tabulated \(report.countedRecords) household(s) from \(records) record(s); \(report.errorCount) error(s), \(report.warningCount) warning(s): see zoufang check"
    }
}
