import Questionnaire

extension ReturnCheck {
    /// Checks the files as `run(files:jobs:onFile:onRecord:)` does and, with a roster, matches every record to
    /// it: the report then also holds the roster's issues, `not-on-roster`, `not-visited` and the coverage.
    public func run(
        files: [String], jobs: Int = 1, roster: Roster?, onFile: (String) -> Void = { _ in },
        onRecord: (Record, RecordCheck) -> Void = { _, _ in }
    ) -> CheckReport {
        guard let roster else { return run(files: files, jobs: jobs, onFile: onFile, onRecord: onRecord) }
        var rosterCheck = RosterCheck(roster: roster, schema: schema)
        var report = run(files: files, jobs: jobs, onFile: onFile) { record, check in
            rosterCheck.add(record, check)
            onRecord(record, check)
        }
        rosterCheck.finish(into: &report)
        return report
    }
}
