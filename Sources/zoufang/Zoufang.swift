import ArgumentParser

@main
struct Zoufang: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zoufang",
        abstract: "走访登记表检查与汇总 — check household-visit returns and build the bureau's summary tables.",
        subcommands: [CatCommand.self, SchemaCommand.self]
    )
}
