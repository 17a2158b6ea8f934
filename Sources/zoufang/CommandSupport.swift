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

    @OptionGroup var rosterOption: RosterOption

    /// The schema, the table layout and the return files; any of them wrong is a usage error (2).
    func resolve(language: Language) throws -> TableInputs {
        let schema = try loadSchema(self.schema, language: language)
        return TableInputs(
            schema: schema, layout: try tableLayout(schema, by: by, language: language), files: try returnFiles(returns),
            options: inputEncoding.readOptions, roster: try rosterOption.load(language: language), jobs: jobsOption.jobs)
    }
}

/// The questionnaire, grouping and files a table is made from.
struct TableInputs {
    let schema: Schema
    let layout: TableLayout
    let files: [String]
    let options: ReadOptions
    let roster: Roster?
    let jobs: Int

    /// Paths no output may replace: the returns and the roster.
    var protectedPaths: [String] { files + [roster?.file].compactMap { $0 } }

    /// Reads and checks every return once, tabulating the first copy of each household, with a progress line.
    func read(language: Language, onRecord: (Record, RecordCheck) -> Void = { _, _ in }) -> ReturnReading {
        let progress = ProgressLine(files: files.count, language: language)
        defer { progress.finish() }
        return ReturnReading(
            schema: schema, options: options, files: files, layout: layout, jobs: jobs, roster: roster,
            onFile: progress.fileStarted,
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

/// Refuses (usage error) an `-o` that is not an .xlsx file, or one that exists when `force` is off.
func checkWorkbookOutput(_ output: String, force: Bool, language: Language) throws {
    guard output.lowercased().hasSuffix(".xlsx") else {
        throw usageError("-o 要以 .xlsx 结尾 / -o must name an .xlsx file")
    }
    if FileManager.default.fileExists(atPath: output) && !force {
        throw usageError(language == .zh
            ? "\(output) 已存在：换一个文件名，或加 --force 替换"
            : "\(output) exists: choose another name or add --force to replace it")
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

/// Text to a file (renamed into place when whole) or to stdout.
func writeText(_ text: String, to path: String?, protecting inputs: [String]) throws(SpreadsheetError) {
    guard let path else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
    }
    try writeText(to: path, protecting: inputs) { write in write(text) }
}

/// Text made piece by piece (`produce` hands each piece to `write`) into a file, renamed into place when whole:
/// a large report is never held as one string.
func writeText(
    to path: String, protecting inputs: [String], _ produce: (_ write: (String) -> Void) -> Void
) throws(SpreadsheetError) {
    let output = try AtomicOutput(destination: path, protectedPaths: inputs)
    guard FileManager.default.createFile(atPath: output.temporaryPath, contents: nil),
          let file = FileHandle(forWritingAtPath: output.temporaryPath)
    else { throw SpreadsheetError.cannotWrite(path) }
    var buffer = Data()
    var failure: (any Error)?
    func flush() {
        guard failure == nil else { return }
        do { try file.write(contentsOf: buffer) } catch { failure = error }
        buffer.removeAll(keepingCapacity: true)
    }
    produce { piece in
        buffer.append(contentsOf: piece.utf8)
        if buffer.count >= 1 << 20 { flush() }
    }
    flush()
    do { try file.close() } catch { failure = failure ?? error }
    if let failure { throw SpreadsheetError.cannotWrite(path, reason: failure.localizedDescription) }
    try output.commit()
}

/// `--roster FILE`, shared by run, check and tabulate: the school's pupils, to find households not visited.
struct RosterOption: ParsableArguments {
    @Option(help: "学生名单 / The school's pupil roster (.xlsx or CSV): reports households not visited and coverage by hamlet.")
    var roster: String?

    /// The roster, or nil without `--roster`. One that cannot be read, or holds no pupil, is a usage error (2):
    /// coverage against it would mean nothing.
    func load(language: Language) throws -> Roster? {
        guard let path = roster else { return nil }
        let loaded: Roster
        do throws(SchemaError) {
            loaded = try Roster.read(path: path)
        } catch {
            throw usageError(error.problems.map { $0.text(in: language) }.joined(separator: "\n"))
        }
        guard loaded.pupils.isEmpty else { return loaded }
        let reasons = loaded.issues.filter { $0.severity == .error }.map { $0.message.text(in: language) }
        throw usageError(path + ": " + (language == .zh ? "学生名单中读不出任何学生" : "no pupil could be read from the roster")
            + (reasons.isEmpty ? "" : (language == .zh ? "：" : ": ") + reasons.joined(separator: language == .zh ? "；" : "; ")))
    }
}
