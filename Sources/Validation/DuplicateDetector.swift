import Questionnaire
import Spreadsheet

/// Finds repeated rows, repeated households and conflicting copies across every input at once, in input
/// order: the first copy is the one tables count; later copies are flagged against it.
///
/// Kept per household: its first copy packed and deflated (`PackedRecords`: place, key source, canonical
/// values, read back when a later copy or a likely match needs them) and 8-byte slots in one `HashedEntries`:
/// one for its key's hash, one for each phone, ID number or pupil list it may share. Rows that are not
/// a household's first copy (no key, or a later copy) keep a digest and their place, to find exact repeats of
/// them. docs/decisions.md "Validation" gives the bytes per record measured.
struct DuplicateDetector {
    private let schema: Schema
    private let key: HouseholdKey
    private let nearDuplicates: NearDuplicateFinder?
    private var locations = LocationTable()
    /// Each household's first copy, by entry number.
    private var households = PackedRecords()
    /// Entry numbers by the hash of their household key and by those of the values they may share (the
    /// finder's attributes): one table, so that it grows in one piece.
    private var index = HashedEntries()
    /// Rows without a household key and later copies, by a digest of their sheet and values. Grows with
    /// the repeats found, not with the households.
    private var otherRows: [Digest: CompactLocation] = [:]

    init(schema: Schema) {
        self.schema = schema
        key = HouseholdKey(schema: schema)
        nearDuplicates = NearDuplicateFinder(schema: schema, headName: key.displayField)
    }

    /// Bytes of packed first copies held (the largest part of what validation keeps).
    var storedValueBytes: Int { households.byteCount }

    /// Appends the record's duplicate issues; returns true when it is the first copy (counted in tables).
    mutating func check(_ record: Record, into issues: inout [Issue]) -> Bool {
        let values = record.values.map(ValueText.canonical)
        let place = locations.compact(record.source)
        guard let source = key.source(of: record, canonical: values) else {
            guard let earlier = repeatOfOtherRow(values, place) else { return true }
            issues.append(repeatedRow(record, values, earlier: locations.location(earlier)))
            return false
        }
        let keyParts = key.parts(from: source, canonical: values)
        let keyHash = Digest.hash(keyParts)
        if let first = firstCopy(keyHash, keyParts) {
            // Repeated rows are looked for within a sheet: the first copy, else a later copy, with the same values.
            if first.place.file == place.file, first.place.sheet == place.sheet, first.values == values {
                issues.append(repeatedRow(record, values, earlier: locations.location(first.place)))
            } else if let earlier = repeatOfOtherRow(values, place) {
                issues.append(repeatedRow(record, values, earlier: locations.location(earlier)))
            } else {
                issues.append(repeatedHousehold(record, values, first: first))
            }
            return false
        }
        let entry = households.append(place, keySource: source, values: values)
        index.insert(keyHash, entry: entry)
        let attributes = nearDuplicates?.attributes(of: values) ?? []
        if !attributes.isEmpty, let issue = nearDuplicate(record, values, source, attributes) { issues.append(issue) }
        // An ID number that keys the household is found through the key: not filed twice.
        for attribute in attributes where source != .idNumber(field: attribute.field) {
            index.insert(attribute.hash, entry: entry)
        }
        return true
    }

    /// The first copy of the household with this key, if one was seen: the hash finds the candidates, the key
    /// itself decides (two keys may share a hash).
    private mutating func firstCopy(_ keyHash: Int, _ keyParts: [String]) -> PackedRecords.Stored? {
        for entry in index.entries(keyHash) {
            let stored = households.record(entry)
            if key.parts(from: stored.keySource, canonical: stored.values) == keyParts { return stored }
        }
        return nil
    }

    /// Where the same sheet first had a row with these values among the rows kept in `otherRows`; files this
    /// row there when it is the first.
    private mutating func repeatOfOtherRow(_ values: [String], _ place: CompactLocation) -> CompactLocation? {
        let digest = Digest([String(place.file), String(place.sheet)] + values)
        if let earlier = otherRows[digest] { return earlier }
        otherRows[digest] = place
        return nil
    }

    private func reportedField(_ record: Record, _ values: [String]) -> (field: String?, column: Int?, value: LocalizedText) {
        guard let index = key.displayField else { return (nil, nil, LocalizedText(zh: "", en: "")) }
        return (schema.fields[index].id, record.columns[index],
                ValueText.display(values[index], of: schema.fields[index], in: schema))
    }

    private func issue(
        _ code: IssueCode, _ record: Record, _ values: [String], fields: [String]? = nil, other: SourceLocation,
        message: LocalizedText
    ) -> Issue {
        let reported = reportedField(record, values)
        var location = record.source.location
        location.column = reported.column
        let value = reported.column.flatMap { _ in key.displayField.flatMap(record.cellText) }
            ?? (reported.value.zh.isEmpty ? nil : reported.value.zh)
        return Issue(code, at: location, field: reported.field, value: value, fields: fields, other: other, message: message)
    }

    private func repeatedRow(_ record: Record, _ values: [String], earlier: SourceLocation) -> Issue {
        issue(.duplicateRow, record, values, other: earlier, message: LocalizedText(
            zh: "这一行与 \(earlier.rowDescription.zh) 完全相同，是重复录入。请删除这一行（汇总表只计第一行）。",
            en: "This row repeats \(earlier.rowDescription.en) exactly. Delete it (tables count the first copy only)."))
    }

    private func repeatedHousehold(_ record: Record, _ values: [String], first: PackedRecords.Stored) -> Issue {
        let earlier = locations.location(first.place)
        let earlierValues = first.values
        let differing = values.indices.filter { index in
            index < earlierValues.count && !values[index].isEmpty && !earlierValues[index].isEmpty
                && values[index] != earlierValues[index]
        }
        let household = reportedField(record, values).value
        guard !differing.isEmpty else {
            return issue(.duplicateKey, record, values, other: earlier, message: LocalizedText(
                zh: "同一户（\(household.zh)）已在 \(earlier.rowDescription.zh) 登记，内容没有不同。请删除重复的一份（汇总表只计第一份）。",
                en: "The same household (\(household.en)) is already on \(earlier.rowDescription.en) with the same values. Delete the extra copy (tables count the first copy only)."))
        }
        let differences = differing.map { index in
            let field = schema.fields[index]
            let here = ValueText.display(values[index], of: field, in: schema)
            let there = ValueText.display(earlierValues[index], of: field, in: schema)
            return field.labelText + LocalizedText(zh: "：本行「", en: ": here '") + here
                + LocalizedText(zh: "」，那里「", en: "', there '") + there + LocalizedText(zh: "」", en: "'")
        }
        let list = LocalizedText.joined(differences, zh: "；", en: "; ")
        return issue(.conflict, record, values, fields: differing.map { schema.fields[$0].id }, other: earlier,
            message: LocalizedText(zh: "同一户（\(household.zh)）已在 \(earlier.rowDescription.zh) 登记，但这些值不同：",
                                   en: "The same household (\(household.en)) is already on \(earlier.rowDescription.en) with different values: ")
                + list + LocalizedText(
                    zh: "。请核对纸质问卷，改正后删除多余的一份（汇总表只计第一份）。",
                    en: ". Check the paper forms, correct the right copy and delete the other (tables count the first copy only)."))
    }

    private mutating func nearDuplicate(
        _ record: Record, _ values: [String], _ source: HouseholdKey.Source, _ attributes: [(field: Int, hash: Int)]
    ) -> Issue? {
        guard let finder = nearDuplicates else { return nil }
        // An ID number this record does not key by may key an earlier household, which is filed under its key.
        let keys = attributes.compactMap { attribute in
            schema.fields[attribute.field].type == .idCard && source != .idNumber(field: attribute.field)
                ? Digest.hash(key.parts(from: .idNumber(field: attribute.field), canonical: values)) : nil
        }
        // Earliest first; entries filed under another hash of the same 32 bits fail `match`.
        for candidate in Set((attributes.map(\.hash) + keys).flatMap(index.entries)).sorted() {
            let stored = households.record(candidate)
            let earlierValues = stored.values
            guard let match = finder.match(values, earlierValues) else { continue }
            let earlier = locations.location(stored.place)
            let nameField = schema.fields[finder.headName]
            let otherName = ValueText.display(earlierValues[finder.headName], of: nameField, in: schema)
            let likeness = match.likeness == .variantForm
                ? LocalizedText(zh: "户主姓名只是繁简写法不同", en: "the head names differ only in traditional and simplified forms")
                : LocalizedText(zh: "户主姓名只差一个字", en: "the head names differ by one character")
            let shared = LocalizedText.joined(match.sharedFields.map { schema.fields[$0].labelText }, zh: "、", en: ", ")
            return issue(.nearDuplicate, record, values, fields: match.sharedFields.map { schema.fields[$0].id },
                other: earlier, message: LocalizedText(
                    zh: "可能与 \(earlier.rowDescription.zh) 的「\(otherName.zh)」是同一户：同一自然社，", en: "This may be the household \(otherName.en) on \(earlier.rowDescription.en): same hamlet, ")
                    + likeness + LocalizedText(zh: "，且", en: ", sharing: ") + shared
                    + LocalizedText(zh: "相同。请核对；若是同一户，改正姓名并删除多余的一行。",
                                    en: ". Check; if it is one household, correct the name and delete the extra row."))
        }
        return nil
    }
}
