import Questionnaire

extension ReturnCheck {
    /// Checks the files as `run(files:onFile:onRecord:)` does and, with a roster, matches every record to it:
    /// the report then also holds the roster's issues, `not-on-roster`, `not-visited` and the coverage.
    public func run(
        files: [String], roster: Roster?, onFile: (String) -> Void = { _ in },
        onRecord: (Record, RecordCheck) -> Void = { _, _ in }
    ) -> CheckReport {
        guard let roster else { return run(files: files, onFile: onFile, onRecord: onRecord) }
        var rosterCheck = RosterCheck(roster: roster, schema: schema)
        var report = run(files: files, onFile: onFile) { record, check in
            rosterCheck.add(record, check)
            onRecord(record, check)
        }
        rosterCheck.finish(into: &report)
        return report
    }
}
