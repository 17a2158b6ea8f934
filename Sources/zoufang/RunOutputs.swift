import ArgumentParser
import Foundation
import Spreadsheet

/// The files `zoufang run` writes into its folder, named in the language of the run.
struct RunOutputs {
    let folder: String
    let summaryWorkbook: String
    let issuesWorkbook: String
    let issuesCSV: String
    let recordsCSV: String
    let tableCSV: String
    let tableJSON: String
    let checkJSON: String

    init(folder: String, language: Language) {
        self.folder = folder
        func path(_ zh: String, _ en: String) -> String {
            (folder as NSString).appendingPathComponent(language == .zh ? zh : en)
        }
        summaryWorkbook = path("汇总.xlsx", "summary.xlsx")
        issuesWorkbook = path("问题清单.xlsx", "issues.xlsx")
        issuesCSV = path("问题清单.csv", "issues.csv")
        recordsCSV = path("明细.csv", "records.csv")
        tableCSV = path("汇总.csv", "summary.csv")
        tableJSON = path("汇总.json", "summary.json")
        checkJSON = path("检查.json", "check.json")
    }

    var all: [String] { [summaryWorkbook, issuesWorkbook, issuesCSV, recordsCSV, tableCSV, tableJSON, checkJSON] }

    /// Creates the folder; refuses (usage error) when an output exists and `force` is off.
    func prepare(force: Bool, language: Language) throws {
        try prepareOutputFolder(folder, outputs: all, force: force, language: language)
    }
}

/// Creates `folder` for `outputs`; refuses (usage error) when one of them exists and `force` is off.
func prepareOutputFolder(_ folder: String, outputs: [String], force: Bool, language: Language) throws {
    let existing = outputs.filter { FileManager.default.fileExists(atPath: $0) }
    if !existing.isEmpty && !force {
        throw usageError(language == .zh
            ? "输出文件已存在：\(existing.joined(separator: "、"))。换一个输出文件夹，或加 --force 替换它们"
            : "output files already exist: \(existing.joined(separator: ", ")). Choose another folder or add --force to replace them")
    }
    do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
        throw usageError(language == .zh
            ? "无法创建输出文件夹 \(folder)：请检查路径和写入权限"
            : "cannot create the output folder \(folder): check the path and permissions")
    }
}
