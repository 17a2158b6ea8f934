import Questionnaire

/// Which fields identify a household: the schema's `key` fields, an `id_card` key field winning when it
/// holds a valid number. A schema without key fields falls back to the built-in household key
/// (head_id, else hamlet + head_name) when it has those fields.
struct HouseholdKey {
    /// Where a record's key comes from: one ID number field, or all the other key fields together.
    enum Source: Equatable {
        case idNumber(field: Int)
        case otherFields
    }

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

    /// Where the key of a record comes from given its canonical values; nil when the key fields are not all there.
    func source(of record: Record, canonical values: [String]) -> Source? {
        if let field = idFields.first(where: { !values[$0].isEmpty && !record.invalidFields.contains($0) }) {
            return .idNumber(field: field)
        }
        guard !otherFields.isEmpty, otherFields.allSatisfy({ !values[$0].isEmpty }) else { return nil }
        return .otherFields
    }

    /// The key as parts to hash. An ID number's check character is compared in upper case (x = X).
    func parts(from source: Source, canonical values: [String]) -> [String] {
        switch source {
        case .idNumber(let field):
            let id = values[field]
            return ["id", id.hasSuffix("x") ? id.uppercased() : id]
        case .otherFields:
            return ["fields"] + otherFields.map { values[$0] }
        }
    }
}
