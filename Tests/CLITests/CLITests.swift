import Testing
import TestSupport

@Suite struct CLITests {
    @Test func helpListsEveryCommandInBothLanguages() throws {
        let result = try runProcess(Repository.zoufangExecutable, ["--help"])
        #expect(result.status == 0)
        for command in ["run", "check", "tabulate", "cat", "schema"] {
            #expect(result.output.contains("\n  \(command) "), "\(command) missing from --help")
        }
        #expect(result.output.contains("检查并汇总，结果写入一个文件夹 / Check and tabulate the returns"))
    }
}
