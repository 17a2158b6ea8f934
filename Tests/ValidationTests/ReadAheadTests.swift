import Questionnaire
import Testing
import TestSupport
import Validation

/// Reading on several threads hands validation the same records and issues in the same order as one thread.
@Suite struct ReadAheadTests {
    /// Every fixture (returns, reader edge cases, hostile files), read with `jobs` threads: the report's JSON,
    /// the files in the order `onFile` saw them, and each record's source and whether it counts.
    func check(jobs: Int) throws -> (json: String, files: [String], records: [String]) {
        var files: [String] = []
        var records: [String] = []
        let report = ReturnCheck(schema: try Schema.builtIn()).run(
            files: FixtureAccountingTests.files, jobs: jobs, onFile: { files.append($0) },
            onRecord: { record, check in records.append("\(record.source) \(check.isCountedInTables)") })
        return (report.json(language: .en), files, records)
    }

    @Test func everyFixtureGivesTheSameReportWithOneAndThreeJobs() throws {
        let one = try check(jobs: 1)
        let three = try check(jobs: 3)
        #expect(one.files == FixtureAccountingTests.files)
        #expect(three.files == one.files)
        #expect(three.records.count == one.records.count)
        let sameRecords = three.records == one.records
        let sameJSON = three.json == one.json
        #expect(sameRecords)
        #expect(sameJSON)
    }
}
