import Annotation
import Foundation
import Questionnaire
@testable import Spreadsheet
import TestSupport
import Validation

/// A fixture checked alone and annotated into a fresh folder (removed by `cleanUp`).
struct AnnotatedFixture {
    let input: String
    let output: String
    let folder: String
    let report: CheckReport

    init(_ relativePath: String, language: Language = .zh) throws {
        input = Repository.fixture(relativePath)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("zoufang-annotate-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let schema = try Schema.builtIn()
        report = ReturnCheck(schema: schema).run(files: [input])
        let written = try ReturnAnnotator(schema: schema, language: language).annotate(report, into: folder)
        guard written.count == 1 else { throw AnnotationTestFailure(description: "wrote \(written)") }
        output = written[0]
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// One part of the annotated workbook as text.
    func part(_ name: String) throws -> String {
        String(decoding: try Package.bytes(output, name), as: UTF8.self)
    }
}

struct AnnotationTestFailure: Error, CustomStringConvertible {
    var description: String
}

/// Reads zip entries with the archive class the patch itself uses.
enum Package {
    static func archive(_ path: String) throws -> ZipArchive {
        try ZipArchive(path: path, limits: XLSXLimits().zipLimits)
    }

    static func bytes(_ path: String, _ name: String) throws -> [UInt8] {
        try archive(path).bytes(of: name)
    }

    static func names(_ path: String) throws -> [String] {
        try archive(path).entryNames
    }
}

/// What a check of some files found, with each file name replaced by `file`: the records' values and places,
/// and the issues, to compare a return with its annotated copy.
struct CheckOutcome: Equatable {
    var records: [String]
    var issues: [String]

    init(_ files: [String], schema: Schema) {
        var records: [String] = []
        let report = ReturnCheck(schema: schema).run(files: files, onRecord: { record, _ in
            records.append("\(record.source.sheet)!\(record.source.row) \(record.values)")
        })
        self.records = records
        issues = report.issues.map { issue in
            files.reduce("\(issue)") { text, file in text.replacingOccurrences(of: file, with: "file") }
        }
    }
}
