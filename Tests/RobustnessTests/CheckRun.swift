import Foundation
import Testing
import TestSupport

/// One `zoufang check --format json --lang en` run, its JSON report taken apart for assertions.
struct CheckRun {
    /// Address space the checking process may map: a reader that blows up memory dies (and the test
    /// fails) instead of taking the machine down. A normal check maps well under 1 GiB.
    static let addressSpaceLimit = 1 << 30

    let status: Int32
    let report: [String: Any]
    let output: String

    /// Runs the built tool on `paths` under `prlimit --as`, with extra arguments before the paths.
    init(_ paths: [String], arguments: [String] = []) throws {
        let result = try runProcess("/usr/bin/prlimit", [
            "--as=\(Self.addressSpaceLimit)", Repository.zoufangExecutable,
            "check", "--format", "json", "--lang", "en",
        ] + arguments + paths)
        status = result.status
        output = result.output
        let parsed = try? JSONSerialization.jsonObject(with: result.stdout)
        report = parsed as? [String: Any] ?? [:]
        #expect(!report.isEmpty, "no JSON report (status \(result.status)): \(result.errorOutput.prefix(500))")
    }

    var inputs: [[String: Any]] { report["inputs"] as? [[String: Any]] ?? [] }
    var issues: [[String: Any]] { report["issues"] as? [[String: Any]] ?? [] }

    func input(_ path: String) -> [String: Any]? {
        inputs.first { $0["file"] as? String == path }
    }

    func records(_ path: String) -> Int? { input(path)?["records"] as? Int }

    func unreadable(_ path: String) -> Bool { input(path)?["unreadable"] as? Bool == true }

    /// The issue codes reported for one file, in report order.
    func codes(_ path: String) -> [String] {
        issues.filter { $0["file"] as? String == path }.compactMap { $0["code"] as? String }
    }

    func messages(_ path: String) -> [String] {
        issues.filter { $0["file"] as? String == path }.compactMap { $0["message"] as? String }
    }
}

/// A real return that must keep going through whatever else is in the same run.
enum GoodReturn {
    static let path = Repository.fixture("returns/第三组.csv")
    static let records = 11
}
