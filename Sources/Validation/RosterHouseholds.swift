import Questionnaire

/// The text a roster and a return are compared by: white space removed, full-width folded, ASCII lower case,
/// variant characters folded to simplified (陳國華 = 陈国华), as duplicate detection compares head names.
enum MatchText {
    static func normal(_ text: String?) -> String? {
        guard let text else { return nil }
        var folded = NameVariants.fold(TextFolding.key(text))
        // Control characters separate parts of the matcher's keys; a hostile cell's are dropped.
        if folded.utf8.contains(where: { $0 < 0x20 }) {
            folded = String(String.UnicodeScalarView(folded.unicodeScalars.filter { $0.value >= 0x20 }))
        }
        return folded.isEmpty ? nil : folded
    }

    /// An ID number with its check character in upper case (x = X).
    static func id(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text.uppercased()
    }
}

/// A household of the roster: the pupils sharing a guardian in one hamlet (siblings), as the roster tells
/// them apart. A visited household covers all its pupils.
public struct RosterHousehold: Sendable, Hashable {
    /// The hamlet as the roster writes it (its first pupil's); empty when the roster gives none.
    public var hamlet: String
    public var guardian: String?
    /// Indexes into the roster's pupils, in roster order.
    public var pupils: [Int]

    /// Compared forms (MatchText).
    var hamletKey: String?
    var guardianKey: String?
    var guardianIDs: Set<String>
}

enum RosterHouseholds {
    /// Pupils grouped by (hamlet, guardian name); a pupil without a guardian name by the guardian's ID; one
    /// with neither is a household alone. Households in order of their first pupil; with each pupil's
    /// compared name, for the matcher's indexes.
    static func group(_ pupils: [RosterPupil]) -> (households: [RosterHousehold], pupilKeys: [String?]) {
        var households: [RosterHousehold] = []
        var byKey: [Digest: Int] = [:]
        for (index, pupil) in pupils.enumerated() {
            let hamlet = MatchText.normal(pupil.hamlet)
            let guardian = MatchText.normal(pupil.guardian)
            let guardianID = MatchText.id(pupil.guardianID)
            let key = guardian.map { Digest(["name", hamlet ?? "", $0]) } ?? guardianID.map { Digest(["id", $0]) }
            if let key, let existing = byKey[key] {
                households[existing].pupils.append(index)
                if let guardianID { households[existing].guardianIDs.insert(guardianID) }
                continue
            }
            if let key { byKey[key] = households.count }
            households.append(RosterHousehold(
                hamlet: pupil.hamlet ?? "", guardian: pupil.guardian, pupils: [index], hamletKey: hamlet,
                guardianKey: guardian, guardianIDs: guardianID.map { [$0] } ?? []))
        }
        return (households, pupils.map { MatchText.normal($0.name) })
    }
}
