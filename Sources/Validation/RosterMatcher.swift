import Questionnaire

/// How a return was matched to a roster household, strongest first.
public enum RosterMatchRule: String, Sendable, Hashable {
    /// The return's head ID number is a guardian ID number of the household (any hamlet).
    case idNumber = "id"
    /// Same hamlet, and the return's head is the household's guardian.
    case guardian
    /// Same hamlet, and one of the return's student names is a pupil of the household.
    case pupilName = "pupil"
    /// Any hamlet (a household that moved): a pupil among the students and guardian = head, the guardian's
    /// name allowed to differ by one character (as near-duplicate head names, backed by the children's names).
    case twoNames = "two-names"
}

/// A roster household a return covers, and by which rule.
public struct RosterMatch: Sendable, Hashable {
    /// Index into `RosterCheck.households`.
    public var household: Int
    public var rule: RosterMatchRule
}

/// Finds the roster households a return's record covers (docs/decisions.md "Roster"). Names are compared
/// after variant folding; within a hamlet one name agreeing is enough, across hamlets two must (a
/// guardian's name alone recurs in a village; with a child's name beside it a coincidence is unlikely).
/// Candidates for the two-name rule are found through guardian names with one character wildcarded, so no
/// roster is scanned whole per return.
struct RosterMatcher {
    let households: [RosterHousehold]
    private var byID: [String: [Int]] = [:]
    private var byHamletGuardian: [String: [Int]] = [:]
    private var byHamletPupil: [String: [Int]] = [:]
    /// Guardian names with one character replaced by a wildcard: names equal or one character apart share one.
    private var byGuardianPattern: [String: [Int]] = [:]

    init(households: [RosterHousehold]) {
        self.households = households
        for (index, household) in households.enumerated() {
            for id in household.guardianIDs { byID[id, default: []].append(index) }
            if let guardian = household.guardianKey {
                if let hamlet = household.hamletKey { byHamletGuardian[Self.join(hamlet, guardian), default: []].append(index) }
                for pattern in Self.patterns(guardian) { byGuardianPattern[pattern, default: []].append(index) }
            }
            if let hamlet = household.hamletKey {
                for pupil in Set(household.pupilKeys) { byHamletPupil[Self.join(hamlet, pupil), default: []].append(index) }
            }
        }
    }

    /// Every household the return covers, each with the strongest rule that found it, in household order.
    func matches(hamlet: String?, head: String?, headID: String?, students: [String]) -> [RosterMatch] {
        var found: [Int: RosterMatchRule] = [:]
        func add(_ indexes: [Int]?, _ rule: RosterMatchRule) {
            for index in indexes ?? [] where found[index] == nil { found[index] = rule }
        }
        add(headID.flatMap { byID[$0] }, .idNumber)
        if let hamlet {
            add(head.flatMap { byHamletGuardian[Self.join(hamlet, $0)] }, .guardian)
            for student in students { add(byHamletPupil[Self.join(hamlet, student)], .pupilName) }
        }
        if let head, !students.isEmpty {
            let candidates = Set(Self.patterns(head).flatMap { byGuardianPattern[$0] ?? [] })
            add(candidates.sorted().filter { agreeOnTwoNames(households[$0], head: head, students: students) }, .twoNames)
        }
        return found.keys.sorted().map { RosterMatch(household: $0, rule: found[$0]!) }
    }

    /// A pupil among the students, and guardian = head or one character apart. Not the other way round:
    /// siblings' names often differ by one character (李小明, 李小红), so a near pupil name proves little.
    private func agreeOnTwoNames(_ household: RosterHousehold, head: String, students: [String]) -> Bool {
        guard let guardian = household.guardianKey, students.contains(where: household.pupilKeys.contains) else { return false }
        return guardian == head || NearDuplicateFinder.likeness(guardian, head) == .oneCharacter
    }

    private static func join(_ hamlet: String, _ name: String) -> String { hamlet + "\u{1F}" + name }

    private static func patterns(_ name: String) -> [String] {
        let characters = Array(name)
        return characters.indices.map { position in
            var pattern = characters
            pattern[position] = "\u{1F}"
            return String(pattern)
        }
    }
}
