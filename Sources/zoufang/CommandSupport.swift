import ArgumentParser
import Foundation
import Questionnaire
import Spreadsheet
import Tabulation
import Validation

/// `--lang zh|en`, shared by every command: the language of messages, headings and file names.
struct LanguageOption: ParsableArguments {
    @Option(help: "语言 / Language of messages and headings: zh or en (default: from LANG, Chinese when unset).")
    var lang: Language?

    var language: Language { lang ?? Language.fromEnvironment() }
}

extension Language: ExpressibleByArgument {}

extension CSVOutputEncoding: ExpressibleByArgument {
    /// `utf8`, `UTF-8`, `gb18030`, `GB18030`.
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased().replacingOccurrences(of: "-", with: ""))
    }
}

/// What `run` and `tabulate` share: the returns, the questionnaire, the grouping and the CSV encodings.
struct TableOptions: ParsableArguments {
    @Argument(help: "回收的登记表文件或文件夹 / Return files (.xlsx .xlsm .csv .tsv .txt) or folders holding them.")
    var returns: [String]

    @Option(help: "问卷文件 / A questionnaire schema (.xlsx or .md); default: the built-in household-visit questionnaire.")
    var schema: String?

    @Option(help: "分组字段，逗号分隔 / Fields to group by, comma-separated (default: the schema's group_by, e.g. hamlet,poverty).")
    var by: String?

    @Option(help: "CSV 输出编码 / Encoding of the CSV written: utf8 (with a BOM, the default) or gb18030 (old Excel).")
    var encoding: CSVOutputEncoding = .utf8

    @OptionGroup var inputEncoding: InputEncodingOption

    @OptionGroup var jobsOption: JobsOption

    /// The schema, the table layout and the return files; any of them wrong is a usage error (2).
    func resolve(language: Language) throws -> TableInputs {
        let schema = try loadSchema(self.schema, language: language)
        return TableInputs(
            schema: schema, layout: try tableLayout(schema, by: by, language: language), files: try returnFiles(returns),
            options: inputEncoding.readOptions, jobs: jobsOption.jobs)
    }
}

/// The questionnaire, grouping and files a table is made from.
struct TableInputs {
    let schema: Schema
    let layout: TableLayout
    let files: [String]
    let options: ReadOptions
    let jobs: Int

    /// Reads and checks every return once, tabulating the first copy of each household, with a progress line.
    func read(language: Language, onRecord: (Record, RecordCheck) -> Void = { _, _ in }) -> ReturnReading {
        let progress = ProgressLine(files: files.count, language: language)
        defer { progress.finish() }
        return ReturnReading(
            schema: schema, options: options, files: files, layout: layout, jobs: jobs, onFile: progress.fileStarted,
            onRecord: { record, check in
                progress.recordRead()
                onRecord(record, check)
            })
    }
}

/// One line (or several) for people on stderr.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}

/// Says what was wrong on stderr and gives the exit status of a usage error (2).
func usageError(_ message: String) -> ExitCode {
    printError(message)
    return ExitCode(2)
}

/// The schema given with `--schema`, or the built-in one; a schema that cannot be used is a usage error (2).
func loadSchema(_ path: String?, language: Language) throws -> Schema {
    do throws(SchemaError) {
        guard let path else { return try Schema.builtIn() }
        return try Schema.load(path: path)
    } catch {
        printError(error.problems.map { $0.text(in: language) }.joined(separator: "\n"))
        throw ExitCode(2)
    }
}

/// The return files named on the command line (folders searched); none at all is a usage error.
func returnFiles(_ paths: [String]) throws -> [String] {
    let files = ReturnFiles.expand(paths)
    guard !files.isEmpty else {
        throw usageError("""
            没有找到走访登记表文件 / no return files found in: \(paths.joined(separator: " "))
            请给出 .xlsx .xlsm .csv .tsv .txt 文件或含有它们的文件夹 / give such files or folders holding them, \
            e.g. 回收表/ or 一组.xlsx 二组.csv
            """)
    }
    return files
}

/// The table's grouping from `--by f1,f2` (the schema's group_by when nil); a bad field is a usage error.
func tableLayout(_ schema: Schema, by: String?, language: Language) throws -> TableLayout {
    let fields = by.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    do {
        return try TableLayout(schema: schema, by: fields)
    } catch {
        throw usageError(error.message.text(in: language))
    }
}

/// CSV to a file, or to stdout through a scratch file so stdout gets exactly the bytes a file would.
func writeCSV(_ rows: [[CellValue]], to path: String?, encoding: CSVOutputEncoding, protecting inputs: [String])
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
func writeText(_ text: String, to path: String?, protecting inputs: [String]) throws(SpreadsheetError) {
    guard let path else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
    }
    let output = try AtomicOutput(destination: path, protectedPaths: inputs)
    guard FileManager.default.createFile(atPath: output.temporaryPath, contents: Data(text.utf8)) else {
        throw SpreadsheetError.cannotWrite(path)
    }
    try output.commit()
}
