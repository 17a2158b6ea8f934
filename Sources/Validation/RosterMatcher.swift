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
/// Candidates for the two-name rule are the households of the return's pupils' names (the exact name the rule
/// needs anyway), so no roster is scanned whole per return. The one-character allowance is for the guardian
/// only: siblings' names often differ by one character (李小明, 李小红), so a near pupil name proves little.
struct RosterMatcher {
    // Keyed by digests of the compared texts' bytes, as duplicate detection keys households: hashing the
    // Strings themselves normalises each one first, which was most of the matching time.
    private var byID: [Digest: [Int]] = [:]
    private var byHamletGuardian: [Digest: [Int]] = [:]
    private var byHamletPupil: [Digest: [Int]] = [:]
    private var byPupil: [Digest: [Int]] = [:]
    /// Each household's compared guardian name, apart: the two-name rule reads it for every candidate.
    private let guardians: [String?]

    init(households: [RosterHousehold]) {
        guardians = households.map(\.guardianKey)
        for (index, household) in households.enumerated() {
            for id in household.guardianIDs { byID[Digest([id]), default: []].append(index) }
            if let guardian = household.guardianKey, let hamlet = household.hamletKey {
                byHamletGuardian[Digest([hamlet, guardian]), default: []].append(index)
            }
            for pupil in Set(household.pupilKeys.map { Digest([$0]) }) { byPupil[pupil, default: []].append(index) }
            if let hamlet = household.hamletKey {
                for pupil in Set(household.pupilKeys.map { Digest([hamlet, $0]) }) {
                    byHamletPupil[pupil, default: []].append(index)
                }
            }
        }
    }

    /// Every household the return covers, each with the strongest rule that found it, in household order.
    func matches(hamlet: String?, head: String?, headID: String?, students: [String]) -> [RosterMatch] {
        // A return covers a household or two: a list searched in line beats a dictionary per return.
        var found: [RosterMatch] = []
        func add(_ indexes: [Int]?, _ rule: RosterMatchRule) {
            for index in indexes ?? [] where !found.contains(where: { $0.household == index }) {
                found.append(RosterMatch(household: index, rule: rule))
            }
        }
        add(headID.flatMap { byID[Digest([$0])] }, .idNumber)
        if let hamlet {
            add(head.flatMap { byHamletGuardian[Digest([hamlet, $0])] }, .guardian)
            for student in students { add(byHamletPupil[Digest([hamlet, student])], .pupilName) }
        }
        if let head {
            for student in students {
                add(byPupil[Digest([student])]?.filter { index in
                    guardians[index].map { MatchText.equalOrOneApart($0, head) } ?? false
                }, .twoNames)
            }
        }
        return found.sorted { $0.household < $1.household }
    }
}
