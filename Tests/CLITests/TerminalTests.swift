import Foundation
import Testing
import TestSupport

/// What only a terminal gets: colour on stdout and the progress line on stderr. `script` (util-linux) runs the
/// tool on a pseudo-terminal; its output is what the terminal would show.
@Suite struct TerminalTests {
    static let script = "/usr/bin/script"

    /// Runs `zoufang arguments` on a pseudo-terminal through `sh -c`, after `environment` (e.g. `NO_COLOR=1`).
    func onTerminal(_ arguments: [String], environment: String = "", redirect: String = "") throws -> ProcessResult {
        let quoted = ([Repository.zoufangExecutable] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        let command = "env -u NO_COLOR TERM=xterm \(environment) \(quoted) \(redirect)"
        return try runProcess(Self.script, ["-qec", command, "/dev/null"], currentDirectory: Repository.root.path)
    }

    @Test func coloursOnlyOnATerminalAndNeverWithNoColor() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.script) else { return }
        let coloured = try onTerminal(["check", "fixtures/returns", "--lang", "zh"])
        #expect(coloured.status == 1)
        #expect(coloured.output.contains("  Sheet1 F8   \u{1B}[31m错误\u{1B}[0m  lost-digits    「5.30802198808063E+17」\r\n"))
        #expect(coloured.output.contains("  走访登记表 N9   \u{1B}[33m警告\u{1B}[0m  rule-warning   「×」\r\n"))
        let run = try onTerminal(["run", "fixtures/returns", "-o", FileManager.default.temporaryDirectory.path
            + "/terminal-\(UUID().uuidString)", "--lang", "en"])
        #expect(run.output.contains("Problems: \u{1B}[31m5 error(s)\u{1B}[0m, \u{1B}[33m1 warning(s)\u{1B}[0m\r\n"))

        let noColor = try onTerminal(["check", "fixtures/returns"], environment: "NO_COLOR=1")
        #expect(noColor.status == 1)
        #expect(!noColor.output.contains("\u{1B}"))
        #expect(noColor.output.contains("  Sheet1 F8   错误  lost-digits    「5.30802198808063E+17」\r\n"))
        let piped = try runProcess(
            Repository.zoufangExecutable, ["check", "fixtures/returns"], environment: ["TERM": "xterm"],
            currentDirectory: Repository.root.path)
        #expect(!piped.output.contains("\u{1B}"))
    }

    /// 20,000 rows take well over a second in a debug build, so the line is drawn at least once; it is erased
    /// at the end (only spaces between the last \r pair) and never drawn with --quiet or into a pipe.
    @Test func progressLineOnlyOnATerminalAndErasedAtTheEnd() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.script) else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = ParallelJobsTests.header
        for row in 0..<20_000 { text += "上寨,户主\(row),非贫困户,1,是,是,2018-07-18,王老师\n" }
        let file = folder.appendingPathComponent("大.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))

        let shown = try onTerminal(["check", file, "--format", "json"], redirect: "> /dev/null")
        #expect(shown.status == 0)
        #expect(shown.output.hasPrefix("\r读取中：文件 0/1，记录 "))
        #expect(!shown.output.contains("\n"))
        let lastDraw = try #require(shown.output.split(separator: "\r").last)
        #expect(lastDraw.allSatisfy { $0 == " " })
        #expect(shown.output.hasSuffix("\r"))

        let english = try onTerminal(["check", file, "--format", "json", "--lang", "en"], redirect: "> /dev/null")
        #expect(english.output.hasPrefix("\rReading: 0/1 files, "))
        let quiet = try onTerminal(["check", file, "--format", "json", "--quiet"], redirect: "> /dev/null")
        #expect(quiet.status == 0)
        #expect(quiet.output == "")
        let piped = try runProcess(Repository.zoufangExecutable, ["check", file, "--format", "json"])
        #expect(piped.errorOutput == "")
    }
}
