import Testing
import TestSupport

@Suite struct CLITests {
    @Test func helpListsCommands() throws {
        let result = try runProcess(Repository.zoufangExecutable, ["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("cat"))
    }
}
