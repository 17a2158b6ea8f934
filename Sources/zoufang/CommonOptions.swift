import ArgumentParser
import Foundation
import Spreadsheet

/// `--input-encoding`: the text encoding of the CSV/TXT returns read (every command that reads returns).
/// `--encoding` means only the encoding of CSV files written (run, tabulate).
struct InputEncodingOption: ParsableArguments {
    @Option(help: "登记表 CSV/TXT 的编码 / Text encoding of CSV/TXT returns (utf-8, gb18030, utf-16le, …); detected when not given.")
    var inputEncoding: String?

    var readOptions: ReadOptions { ReadOptions(encoding: inputEncoding) }
}

/// `--jobs N`: how many returns are read at once. Results are the same for every N.
struct JobsOption: ParsableArguments {
    @Option(help: "同时读取的文件数 / Returns read in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else {
            throw ValidationError("--jobs 至少为 1 / --jobs must be at least 1, e.g. --jobs 4")
        }
    }
}

/// `--quiet`: nothing at all on stderr (no progress, summary, warning or error message); the exit status
/// still tells how it went. `Zoufang.main` silences stderr before the command runs, so no path can leak.
struct QuietOption: ParsableArguments {
    @Flag(help: "安静：不打印进度、摘要和任何提示，只看退出状态 / No progress, summary or message on stderr (nor run's summary); the exit status tells the outcome.")
    var quiet = false

    /// True when `--quiet` is among the arguments (before a `--` that ends the options).
    static func isGiven(in arguments: [String]) -> Bool {
        arguments.prefix { $0 != "--" }.contains("--quiet")
    }

    /// Points stderr at /dev/null for the rest of the process.
    static func silenceStandardError() {
        let null = open("/dev/null", O_WRONLY)
        guard null >= 0 else { return }
        dup2(null, STDERR_FILENO)
        close(null)
    }
}

/// Whether reports on stdout are coloured: only on a terminal, and never when NO_COLOR is set to anything
/// (no-color.org) or the terminal is `dumb`; pipes and files get plain text.
enum TerminalColour {
    static func isWanted(
        stdoutIsTerminal: Bool = isatty(STDOUT_FILENO) == 1,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Bool {
        stdoutIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }
}
