import Foundation
import Testing
import TestSupport

@Suite struct RunCommandTests {
    private func scratchFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("zoufang-run-\(UUID().uuidString)").path
    }

    @Test func referenceCampaignPrintsTheGroundTruthAndWritesEveryOutput() throws {
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try runProcess(
            Repository.zoufangExecutable, ["run", "fixtures/returns", "-o", folder, "--lang", "zh"],
            currentDirectory: Repository.root.path)
        #expect(result.status == 1)
        #expect(result.errorOutput == "")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "读取 3 个文件：数据行 47 = 记录 45 + 空行 0 + 跳过 2 + 拒收 0")
        #expect(lines.contains("问题：错误 5 个，警告 1 个"))
        #expect(lines.contains("  建档立卡贫困户   6"))
        #expect(lines.contains("  非贫困户        31"))
        #expect(lines.contains("  合计            44"))
        let written = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(written == ["明细.csv", "检查.json", "汇总.csv", "汇总.json", "汇总.xlsx", "问题清单.csv", "问题清单.xlsx"])
        let table = try String(contentsOfFile: folder + "/汇总.json", encoding: .utf8)
        #expect(table.contains(#"{"kind": "total", "hamlet": null, "poverty": null, "households": 44,"#))

        // The written report is exactly what `check --format json` prints; the listings hold every record and issue.
        let check = try runProcess(
            Repository.zoufangExecutable, ["check", "fixtures/returns", "--format", "json", "--lang", "zh"],
            currentDirectory: Repository.root.path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/检查.json")) == check.stdout)
        let recordBytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/明细.csv"))
        #expect(recordBytes.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let records = String(decoding: recordBytes, as: UTF8.self)
        #expect(records.components(separatedBy: "\r\n").count - 1 == 1 + 45)
        let issues = try String(contentsOfFile: folder + "/问题清单.csv", encoding: .utf8)
        #expect(issues.components(separatedBy: "\r\n").count - 1 == 1 + 6)
        #expect(issues.contains("fixtures/returns/第二组.xlsx,Sheet1,8,F8,户主身份证号,lost-digits,错误,"))
    }

    @Test func englishNamesAndSummary() throws {
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try runProcess(
            Repository.zoufangExecutable, ["run", "fixtures/returns", "-o", folder, "--lang", "en"],
            currentDirectory: Repository.root.path)
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("Read 3 file(s): 47 data rows = 45 records + 0 blank + 2 skipped + 0 rejected\n"))
        #expect(result.output.contains("Problems: 5 error(s), 1 warning(s)"))
        let written = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(written == ["check.json", "issues.csv", "issues.xlsx", "records.csv", "summary.csv", "summary.json", "summary.xlsx"])
    }

    @Test func existingOutputsNeedForce() throws {
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let arguments = ["run", "fixtures/returns", "-o", folder, "--quiet", "--lang", "zh"]
        let first = try runProcess(Repository.zoufangExecutable, arguments, currentDirectory: Repository.root.path)
        #expect(first.status == 1)
        #expect(first.output == "")
        let quietAgain = try runProcess(Repository.zoufangExecutable, arguments, currentDirectory: Repository.root.path)
        #expect(quietAgain.status == 2)
        #expect(quietAgain.errorOutput == "")
        let again = try runProcess(
            Repository.zoufangExecutable, arguments.filter { $0 != "--quiet" }, currentDirectory: Repository.root.path)
        #expect(again.status == 2)
        #expect(again.errorOutput.contains("输出文件已存在"))
        #expect(again.errorOutput.contains("--force"))
        let forced = try runProcess(Repository.zoufangExecutable, arguments + ["--force"], currentDirectory: Repository.root.path)
        #expect(forced.status == 1)
    }
}
