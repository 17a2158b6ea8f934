import Foundation
import Testing
import TestSupport

/// `zoufang annotate` and `zoufang run --annotate`, run as processes.
@Suite struct AnnotateCommandTests {
    private func scratchFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("zoufang-annotate-\(UUID().uuidString)").path
    }

    private func zoufang(_ arguments: [String]) throws -> ProcessResult {
        try runProcess(Repository.zoufangExecutable, arguments, currentDirectory: Repository.root.path)
    }

    @Test func annotatesEveryReturnWithIssuesAndNeedsForceToReplace() throws {
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inputs = ["fixtures/returns/第一组.xlsx", "fixtures/returns/第三组.csv", "fixtures/returns/第二组.xlsx"]
        let before = try inputs.map { try Data(contentsOf: Repository.root.appendingPathComponent($0)) }
        let arguments = ["annotate", "fixtures/returns", "-o", folder, "--lang", "zh"]
        let first = try zoufang(arguments)
        #expect(first.status == 0)
        #expect(first.errorOutput == "")
        #expect(first.output == "写出批注文件 3 个：\n" + ["第一组", "第三组", "第二组"].map { "  \(folder)/\($0).批注.xlsx\n" }.joined())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            == ["第一组.批注.xlsx", "第三组.批注.xlsx", "第二组.批注.xlsx"])
        #expect(try inputs.map { try Data(contentsOf: Repository.root.appendingPathComponent($0)) } == before)

        let stale = URL(fileURLWithPath: folder + "/第一组.批注.xlsx")
        try Data("stale".utf8).write(to: stale)
        let again = try zoufang(arguments)
        #expect(again.status == 2)
        #expect(again.errorOutput.contains("输出文件已存在"))
        #expect(again.errorOutput.contains("--force"))
        #expect(try Data(contentsOf: stale) == Data("stale".utf8))
        #expect(try zoufang(arguments + ["--force"]).status == 0)
        #expect(try Data(contentsOf: stale).prefix(2) == Data("PK".utf8))
    }

    @Test func englishOutputNames() throws {
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try zoufang(["annotate", "fixtures/xlsx/gnumeric.xlsx", "-o", folder, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.output == "Wrote 1 annotated file(s):\n  \(folder)/gnumeric.annotated.xlsx\n")
    }

    @Test func runWritesTheAnnotatedReturnsIntoItsFolder() throws {
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try zoufang(["run", "fixtures/returns", "-o", folder, "--annotate", "--quiet", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.errorOutput == "")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(written == ["check.json", "issues.csv", "issues.xlsx", "records.csv", "summary.csv", "summary.json", "summary.xlsx",
                            "第一组.annotated.xlsx", "第三组.annotated.xlsx", "第二组.annotated.xlsx"])
    }

    @Test func helpShowsAnExample() throws {
        let result = try zoufang(["annotate", "--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("zoufang annotate 回收表/ -o 批注/"))
    }
}
