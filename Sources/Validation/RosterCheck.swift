import Questionnaire

/// Matches every return's record to the school's roster while the returns are read, then reports the
/// pupils whose household has no return (`not-visited`) and the returns matching no pupil (`not-on-roster`),
/// and the coverage per hamlet. Holds a flag per roster household and the issues found, never the records.
public struct RosterCheck {
    public let roster: Roster
    public let households: [RosterHousehold]
    private let matcher: RosterMatcher
    private let schema: Schema
    private let fields: (hamlet: Int?, head: Int?, headID: Int?, students: Int?)
    private var visited: [Bool]
    private var notOnRoster: [Issue] = []

    public init(roster: Roster, schema: Schema) {
        self.roster = roster
        self.schema = schema
        let grouped = RosterHouseholds.group(roster.pupils)
        households = grouped.households
        matcher = RosterMatcher(households: households, pupilKeys: grouped.pupilKeys)
        fields = (schema.fieldIndex("hamlet"), schema.fieldIndex("head_name"), schema.fieldIndex("head_id"),
                  schema.fieldIndex("student_names"))
        visited = Array(repeating: false, count: households.count)
    }

    /// The roster households a record covers, each with the rule that matched it.
    public func matches(_ record: Record) -> [RosterMatch] {
        func text(_ index: Int?) -> String? {
            guard let index, case .text(let value)? = record.values[index] else { return nil }
            return value
        }
        var students: [String] = []
        if let index = fields.students, case .list(let names)? = record.values[index] {
            students = names.compactMap(MatchText.normal)
        }
        let headID = fields.headID.flatMap { record.invalidFields.contains($0) ? nil : MatchText.id(text($0)) }
        return matcher.matches(hamlet: MatchText.normal(text(fields.hamlet)), head: MatchText.normal(text(fields.head)),
                               headID: headID, students: students)
    }

    /// Every record, in input order. Any copy of a household covers it; only a counted (first) copy that
    /// matches nothing is reported, so a repeat is not flagged twice.
    public mutating func add(_ record: Record, _ check: RecordCheck) {
        let found = matches(record)
        for match in found { visited[match.household] = true }
        if found.isEmpty && check.isCountedInTables { notOnRoster.append(RosterIssues.notOnRoster(record, schema: schema)) }
    }

    /// The coverage per hamlet of the roster and the households still to visit.
    public var coverage: Coverage {
        var hamlets: [Coverage.Hamlet] = []
        var position: [String: Int] = [:]
        var unvisited: [[Coverage.Household]] = []
        for (index, household) in households.enumerated() {
            let key = household.hamletKey ?? ""
            if position[key] == nil {
                position[key] = hamlets.count
                hamlets.append(Coverage.Hamlet(name: household.hamlet, households: 0, visited: 0))
                unvisited.append([])
            }
            let at = position[key]!
            hamlets[at].households += 1
            if visited[index] {
                hamlets[at].visited += 1
            } else {
                unvisited[at].append(Coverage.Household(hamlet: household.hamlet, guardian: household.guardian,
                                                        pupils: household.pupils.map { roster.pupils[$0] }))
            }
        }
        return Coverage(hamlets: hamlets, unvisited: unvisited.flatMap { $0 })
    }

    /// Adds the roster's own reading issues, `not-on-roster` and `not-visited` (one per pupil, in roster
    /// order) and the coverage to a report.
    public func finish(into report: inout CheckReport) {
        for issue in roster.issues + notOnRoster { report.add(issue) }
        for (index, household) in households.enumerated() where !visited[index] {
            for pupil in household.pupils { report.add(RosterIssues.notVisited(roster.pupils[pupil])) }
        }
        report.coverage = coverage
    }
}
