import Foundation

/// Paths inside the repository, found from this file's place so tests run from any directory.
public enum Repository {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func fixture(_ relativePath: String) -> String {
        root.appendingPathComponent("fixtures").appendingPathComponent(relativePath).path
    }

    /// The built `zoufang` executable next to the test bundle.
    public static var zoufangExecutable: String {
        let products = Bundle.main.bundleURL.deletingLastPathComponent()
        let beside = products.appendingPathComponent("zoufang").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return root.appendingPathComponent(".build/debug/zoufang").path
    }
}

/// The result of running a program to completion.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: Data
    public var stderr: Data

    public var output: String { String(decoding: stdout, as: UTF8.self) }
    public var errorOutput: String { String(decoding: stderr, as: UTF8.self) }
}

/// Runs a program with arguments and optional environment overrides, capturing both streams.
public func runProcess(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:],
    currentDirectory: String? = nil
) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
    let stdoutFile = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    let stderrFile = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    _ = FileManager.default.createFile(atPath: stdoutFile.path, contents: nil)
    _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
    defer {
        try? FileManager.default.removeItem(at: stdoutFile)
        try? FileManager.default.removeItem(at: stderrFile)
    }
    process.standardOutput = try FileHandle(forWritingTo: stdoutFile)
    process.standardError = try FileHandle(forWritingTo: stderrFile)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus,
        stdout: try Data(contentsOf: stdoutFile),
        stderr: try Data(contentsOf: stderrFile))
}

/// Outside programs some tests use to open what we write (Python with openpyxl/calamine, LibreOffice).
/// `make test` installs them and sets ZOUFANG_TEST_TOOLS=required, so a missing tool fails there;
/// a bare `swift test` skips those tests instead.
public enum ExternalTools {
    public static var required: Bool {
        ProcessInfo.processInfo.environment["ZOUFANG_TEST_TOOLS"] == "required"
    }

    /// The virtual environment's Python made by `scripts/setup --test`.
    public static var python: String? {
        let path = Repository.root.appendingPathComponent(".venv/bin/python").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    public static var soffice: String? { which("soffice") }

    public static func which(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// True when the tool is there; throws when tools are required but missing, so CI cannot skip silently.
    public static func available(_ tool: String?, named name: String) throws -> Bool {
        if tool != nil { return true }
        if required { throw MissingTool(name: name) }
        return false
    }

    public struct MissingTool: Error, CustomStringConvertible {
        public var name: String
        public var description: String { "\(name) is required by the tests: run `scripts/setup --test`" }
    }
}

/// SplitMix64: a small seeded generator, so property tests check the same cases every run and a failing
/// case can be replayed from its seed.
public struct SeededGenerator: RandomNumberGenerator {
    public var state: UInt64

    public init(state: UInt64) {
        self.state = state
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
