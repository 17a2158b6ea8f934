import Questionnaire

/// Finds two households of one hamlet whose head names differ by one character, or are one name in
/// traditional and simplified forms, and that share a phone, an ID number or their student names.
///
/// Chinese names have two or three characters, so a Western similarity threshold would flag every
/// 李明 and 李华; requiring a shared phone, ID or the same children keeps false alarms rare. "Student
/// names" means the whole list: one child's name in common is weak evidence in a hamlet where many families
/// share a surname and children's names come from a small pool (over 200,000 generated households, one name
/// in common flagged 1,342 pairs, the same list 26). Candidates are found through what they share — a hash
/// of (field, hamlet, value) per shared field, filed with the household keys in `DuplicateDetector`'s
/// `HashedEntries` — so memory stays an 8-byte slot per shared value and no hamlet is scanned whole. An ID number that keys its household is not filed: two
/// households with the same valid ID number are one household repeated, never a near-duplicate.
struct NearDuplicateFinder {
    enum Likeness {
        case oneCharacter, variantForm
    }

    struct Match {
        var likeness: Likeness
        /// The shared fields (phone, ID, student names) holding the same value in both.
        var sharedFields: [Int]
    }

    private let hamlet: Int
    let headName: Int
    private let sharedFields: [Int]
    /// Nil when the schema has no `hamlet` or head-name field to compare.
    init?(schema: Schema, headName: Int?) {
        guard let hamlet = schema.fieldIndex("hamlet"), let headName else { return nil }
        self.hamlet = hamlet
        self.headName = headName
        sharedFields = schema.fields.indices.filter { index in
            let field = schema.fields[index]
            return field.type == .phone || field.type == .idCard || field.id == "student_names"
        }
    }

    /// Hashes of (shared field, hamlet, its value) for the values of a record, with their field: what it may
    /// share with an earlier household.
    func attributes(of values: [String]) -> [(field: Int, hash: Int)] {
        guard !values[hamlet].isEmpty, !values[headName].isEmpty else { return [] }
        return sharedFields.compactMap { field in
            guard !values[field].isEmpty else { return nil }
            var hasher = Hasher()
            hasher.combine(field)
            hasher.combine(parts: [values[hamlet], values[field]])
            return (field, hasher.finalize())
        }
    }

    /// How the two households are alike, or nil when they are not near-duplicates.
    func match(_ values: [String], _ earlier: [String]) -> Match? {
        guard values[hamlet] == earlier[hamlet], let likeness = Self.likeness(values[headName], earlier[headName])
        else { return nil }
        let shared = sharedFields.filter { !values[$0].isEmpty && values[$0] == earlier[$0] }
        return shared.isEmpty ? nil : Match(likeness: likeness, sharedFields: shared)
    }

    static func likeness(_ name: String, _ other: String) -> Likeness? {
        guard name != other else { return nil }
        let folded = Array(NameVariants.fold(name))
        let otherFolded = Array(NameVariants.fold(other))
        if folded == otherFolded { return .variantForm }
        guard folded.count == otherFolded.count else { return nil }
        let differences = zip(folded, otherFolded).filter { $0 != $1 }.count
        return differences == 1 ? .oneCharacter : nil
    }
}
