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
/// The one-character allowance is for the guardian only: siblings' names often differ by one character
/// (李小明, 李小红), so a near pupil name proves little. The two-name rule is one lookup per pupil named and
/// character of the head's name: households are indexed by each pupil with each guardian name pattern
/// (the name with one character wildcarded), and names equal or one character apart share a pattern. Keyed by
/// the pupil alone, a common child's name led to hundreds of households per return on a county's roster.
struct RosterMatcher {
    // Keyed by digests of the compared texts' bytes, as duplicate detection keys households: hashing the
    // Strings themselves normalises each one first, which was most of the matching time.
    private var byID = PostingLists()
    private var byHamletGuardian = PostingLists()
    private var byHamletPupil = PostingLists()
    private var byPupilGuardianPattern = PostingLists()

    /// `pupilKeys`: each roster pupil's compared name, by pupil index.
    init(households: [RosterHousehold], pupilKeys: [String?]) {
        for (index, household) in households.enumerated() {
            for id in household.guardianIDs { byID.insert(Digest([id]), index) }
            if let guardian = household.guardianKey, let hamlet = household.hamletKey {
                byHamletGuardian.insert(Digest([hamlet, guardian]), index)
            }
            for pupil in Set(household.pupils.compactMap { pupilKeys[$0] }) {
                if let hamlet = household.hamletKey { byHamletPupil.insert(Digest([hamlet, pupil]), index) }
                for pattern in Self.patterns(household.guardianKey) {
                    byPupilGuardianPattern.insert(Digest([pupil, pattern]), index)
                }
            }
        }
    }

    /// Every household the return covers, each with the strongest rule that found it, in household order.
    func matches(hamlet: String?, head: String?, headID: String?, students: [String]) -> [RosterMatch] {
        // A return covers a household or two: a list searched in line beats a dictionary per return.
        var found: [RosterMatch] = []
        func add(_ indexes: [Int], _ rule: RosterMatchRule) {
            for index in indexes where !found.contains(where: { $0.household == index }) {
                found.append(RosterMatch(household: index, rule: rule))
            }
        }
        if let headID { add(byID[Digest([headID])], .idNumber) }
        if let hamlet {
            if let head { add(byHamletGuardian[Digest([hamlet, head])], .guardian) }
            for student in students { add(byHamletPupil[Digest([hamlet, student])], .pupilName) }
        }
        for student in students {
            for pattern in Self.patterns(head) { add(byPupilGuardianPattern[Digest([student, pattern])], .twoNames) }
        }
        return found.sorted { $0.household < $1.household }
    }

    /// The name with each character in turn replaced by a control character (MatchText drops those from names).
    private static func patterns(_ name: String?) -> [String] {
        guard let name else { return [] }
        let scalars = Array(name.unicodeScalars)
        return scalars.indices.map { position in
            var pattern = String.UnicodeScalarView()
            pattern.append(contentsOf: scalars[..<position])
            pattern.append("\u{1D}")
            pattern.append(contentsOf: scalars[(position + 1)...])
            return String(pattern)
        }
    }
}

/// Households by key, as posting lists chained backwards through one array: a key holding one household (most
/// do) costs a dictionary entry and two integers, not an array of its own.
struct PostingLists {
    private var last: [Digest: Int32] = [:]
    private var entry: [Int32] = []
    private var previous: [Int32] = []

    mutating func insert(_ key: Digest, _ household: Int) {
        entry.append(Int32(household))
        previous.append(last[key] ?? -1)
        last[key] = Int32(entry.count - 1)
    }

    /// The households of a key, in the order inserted.
    subscript(key: Digest) -> [Int] {
        var found: [Int] = []
        var posting = last[key] ?? -1
        while posting >= 0 {
            found.append(Int(entry[Int(posting)]))
            posting = previous[Int(posting)]
        }
        return found.reversed()
    }
}
