import ArgumentParser
import Foundation

@main
struct Zoufang: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zoufang",
        abstract: "走访登记表检查与汇总 — check household-visit returns and build the bureau's summary tables.",
        discussion: """
            例 / examples:
              zoufang run 回收表/ -o 结果/
              zoufang check 回收表/
              zoufang run --help
            """,
        subcommands: [
            RunCommand.self, CheckCommand.self, TabulateCommand.self, CatCommand.self, SchemaCommand.self,
            TemplateCommand.self, AnnotateCommand.self,
        ]
    )

    /// A usage error exits with 2 (spec/outputs.md), not ArgumentParser's 64.
    static func main() {
        if QuietOption.isGiven(in: Array(CommandLine.arguments.dropFirst())) { QuietOption.silenceStandardError() }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
