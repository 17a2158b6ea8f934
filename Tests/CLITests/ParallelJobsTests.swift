import Foundation
import Testing
import TestSupport

/// `--jobs 4` must give byte for byte what `--jobs 1` gives: the same report, the same outputs, the same
/// duplicates found (a household is a duplicate of the copy that comes first in input order).
@Suite struct ParallelJobsTests {
    static let header = "自然社,户主姓名,贫困户类别,在校学生数,发放一封信,发放明白卡,走访日期,走访人\n"

    /// 20 returns: the reference XLSX and CSV files, some copied twice (every household a cross-file duplicate),
    /// ten generated CSVs drawing households from one pool (duplicates and conflicts across files), a file that
    /// is not a workbook and one cut short part-way through.
    static func returnsFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let copies = [
            ("returns/第一组.xlsx", "01-第一组.xlsx"), ("returns/第二组.xlsx", "02-第二组.xlsx"),
            ("returns/第三组.csv", "03-第三组.csv"), ("duplicates/第一组.xlsx", "04-重复一.xlsx"),
            ("duplicates/第二组.csv", "05-重复二.csv"), ("returns/第二组.xlsx", "17-第二组副本.xlsx"),
            ("returns/第一组.xlsx", "18-第一组副本.xlsx"), ("hostile/truncated-5469.xlsx", "19-截断.xlsx"),
        ]
        for (fixture, name) in copies {
            try FileManager.default.copyItem(atPath: Repository.fixture(fixture), toPath: folder + "/" + name)
        }
        try Data("not a workbook".utf8).write(to: URL(fileURLWithPath: folder + "/20-坏.xlsx"))
        var random = SeededGenerator(state: 8)
        let hamlets = ["上寨", "下寨", "中村", "河边"]
        let categories = ["建档立卡贫困户", "低保户", "边缘户", "非贫困户", "贫困"]
        let names = (0..<150).map { "户主\($0)" }
        for file in 6...16 {
            var text = header
            for _ in 0..<(40 + file * 7) {
                let day = Int.random(in: 15...23, using: &random)
                text += [
                    hamlets.randomElement(using: &random)!, names.randomElement(using: &random)!,
                    categories.randomElement(using: &random)!, String(Int.random(in: -1...4, using: &random)),
                    ["是", "否", "√", ""].randomElement(using: &random)!, "是", "2018-07-\(day)", "王老师",
                ].joined(separator: ",") + "\n"
            }
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + String(format: "/%02d-生成.csv", file)))
        }
        return folder
    }

    func zoufang(_ arguments: [String], in folder: String) throws -> ProcessResult {
        try runProcess(Repository.zoufangExecutable, arguments, currentDirectory: folder)
    }

    @Test func resultsAreByteIdenticalForOneAndFourJobs() throws {
        let folder = try Self.returnsFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }

        for arguments in [["check", "--format", "json"], ["check", "--lang", "en"], ["check", "--lang", "zh"],
                          ["tabulate", "--lang", "zh"]] {
            let one = try zoufang(arguments + [".", "--jobs", "1"], in: folder)
            let four = try zoufang(arguments + [".", "--jobs", "4"], in: folder)
            #expect(one.status == 3)
            #expect(four.status == one.status)
            // Compared as Bools: a failing #expect on two large Data values spends minutes diffing bytes.
            let sameOutput = four.stdout == one.stdout
            let sameErrors = four.stderr == one.stderr
            #expect(sameOutput, "stdout of \(arguments) differs")
            #expect(sameErrors, "stderr of \(arguments) differs")
            #expect(!one.stdout.isEmpty)
        }

        // Outputs go beside the returns' folder, not into it (they would be read as returns).
        let out = folder + "-out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let one = try zoufang(["run", ".", "-o", out + "/1", "--jobs", "1"], in: folder)
        let four = try zoufang(["run", ".", "-o", out + "/4", "--jobs", "4"], in: folder)
        #expect(one.status == 3)
        #expect(four.status == 3)
        let sameSummary = four.output.replacingOccurrences(of: out + "/4", with: out + "/1") == one.output
        #expect(sameSummary, "run's summary differs")
        #expect(four.errorOutput == "")
        let written = try FileManager.default.contentsOfDirectory(atPath: out + "/1").sorted()
        #expect(written.count == 7)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/4").sorted() == written)
        for name in written {
            let first = try Data(contentsOf: URL(fileURLWithPath: out + "/1/" + name))
            let second = try Data(contentsOf: URL(fileURLWithPath: out + "/4/" + name))
            let same = first == second
            #expect(same, "\(name) differs between --jobs 1 and --jobs 4")
        }

        // The generated files really do hold cross-file duplicates, and the unreadable files are reported.
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(
            fileURLWithPath: out + "/1/检查.json"))) as? [String: Any])
        let issues = try #require(report["issues"] as? [[String: Any]])
        let duplicateFiles = Set(issues.filter { $0["code"] as? String == "duplicate-key" }.compactMap { $0["file"] as? String })
        #expect(duplicateFiles.count >= 8)
        let unreadable = issues.filter { $0["code"] as? String == "unreadable-file" }.compactMap { $0["file"] as? String }
        #expect(unreadable == ["./19-截断.xlsx", "./20-坏.xlsx"])
        #expect((report["inputs"] as? [[String: Any]])?.count == 20)
    }
}
