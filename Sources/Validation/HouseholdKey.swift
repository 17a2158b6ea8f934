import Questionnaire

/// Which fields identify a household: the schema's `key` fields, an `id_card` key field winning when it
/// holds a valid number. A schema without key fields falls back to the built-in household key
/// (head_id, else hamlet + head_name) when it has those fields.
struct HouseholdKey {
    private let idFields: [Int]
    private let otherFields: [Int]
    /// The field a duplicate is reported on: the first key field of type `name`, else the first key field.
    let displayField: Int?

    init(schema: Schema) {
        var keyFields = schema.fields.indices.filter { schema.fields[$0].isKey }
        if keyFields.isEmpty {
            keyFields = ["head_id", "hamlet", "head_name"].compactMap(schema.fieldIndex)
        }
        idFields = keyFields.filter { schema.fields[$0].type == .idCard }
        otherFields = keyFields.filter { schema.fields[$0].type != .idCard }
        displayField = otherFields.first { schema.fields[$0].type == .name } ?? otherFields.first ?? idFields.first
    }

    /// The key of a record given its canonical values, as parts to digest; nil when the key fields are
    /// not all there. An ID number's check character is compared in upper case (x = X).
    func key(of record: Record, canonical values: [String]) -> [String]? {
        for index in idFields where !values[index].isEmpty && !record.invalidFields.contains(index) {
            let id = values[index]
            return ["id", id.hasSuffix("x") ? id.uppercased() : id]
        }
        guard !otherFields.isEmpty, otherFields.allSatisfy({ !values[$0].isEmpty }) else { return nil }
        return ["fields"] + otherFields.map { values[$0] }
    }
}
