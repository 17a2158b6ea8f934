import Foundation
import Testing
import TestSupport
@testable import Questionnaire

/// `zoufang schema show` and `zoufang schema check`, run as a coordinator runs them.
@Suite struct SchemaCommandTests {
    @Test func showPrintsTheBuiltInAsMarkdownThatLoadsBack() throws {
        let result = try runProcess(Repository.zoufangExecutable, ["schema", "show"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("# survey\n\n| type | name | label::中文 | label::English |"))
        let again = try Schema.markdown(result.output, file: "shown.md")
        #expect(again.fields.map(\.id) == builtIn.fields.map(\.id))
        #expect(again.choiceLists == builtIn.choiceLists)
    }

    @Test func checkListsEveryProblemAndFails() throws {
        let path = Repository.fixture("questionnaire/schema-with-errors.md")
        let result = try runProcess(Repository.zoufangExecutable, ["schema", "check", path, "--lang", "en"])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 14)
        #expect(lines.first == "\(path) survey line 6 (column required): error: “maybe” is not valid: use yes or no")
        #expect(lines.last == "\(path): 12 errors, 1 warning: fix the errors before using it")
    }

    @Test func checkAcceptsAGoodSchema() throws {
        let shown = try runProcess(Repository.zoufangExecutable, ["schema", "show"])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("问卷-\(UUID().uuidString).md").path
        try shown.stdout.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try runProcess(Repository.zoufangExecutable, ["schema", "check", path], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(result.status == 0)
        #expect(result.output == "\(path)：可以使用，21 个字段，0 个警告\n")
    }
}
