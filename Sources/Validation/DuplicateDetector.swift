import Questionnaire
import Spreadsheet

/// Finds repeated rows, repeated households and conflicting copies across every input at once, in input
/// order: the first copy is the one tables count; later copies are flagged against it.
///
/// Kept per record: a 128-bit digest of its canonical values with its place (repeated rows), and for each
/// new household a digest of its key, its place and its canonical values packed in a byte arena (conflicts
/// name both values). docs/decisions.md "Validation" gives the bytes per record measured.
struct DuplicateDetector {
    private let schema: Schema
    private let key: HouseholdKey
    private var nearDuplicates: NearDuplicateFinder?
    private var locations = LocationTable()
    private var firstRowPlace: [Digest: CompactLocation] = [:]
    private var householdEntry: [Digest: Int32] = [:]
    private var entryPlace: [CompactLocation] = []
    private var entryValues: [ValueArena.Reference] = []
    private var arena = ValueArena()

    init(schema: Schema) {
        self.schema = schema
        key = HouseholdKey(schema: schema)
        nearDuplicates = NearDuplicateFinder(schema: schema, headName: key.displayField)
    }

    /// Bytes of canonical values held in the arena.
    var storedValueBytes: Int { arena.byteCount }

    /// Appends the record's duplicate issues; returns true when it is the first copy (counted in tables).
    mutating func check(_ record: Record, into issues: inout [Issue]) -> Bool {
        let values = record.values.map(ValueText.canonical)
        let place = locations.compact(record.source)
        // Repeated rows are looked for within a sheet: the digest covers the file and sheet too.
        let rowDigest = Digest([String(place.file), String(place.sheet)] + values)
        if let earlier = firstRowPlace[rowDigest] {
            issues.append(repeatedRow(record, values, earlier: locations.location(earlier)))
            return false
        }
        firstRowPlace[rowDigest] = place
        guard let householdKey = key.key(of: record, canonical: values) else { return true }
        let keyDigest = Digest(householdKey)
        if let entry = householdEntry[keyDigest] {
            issues.append(repeatedHousehold(record, values, entry: Int(entry)))
            return false
        }
        let entry = Int32(entryPlace.count)
        householdEntry[keyDigest] = entry
        entryPlace.append(place)
        entryValues.append(arena.append(values))
        // The finder is read in a function of its own: a copy bound here would still hold its posting
        // table during `insert`, which would then copy the whole table for every record.
        let attributes = nearDuplicates?.attributes(of: values) ?? []
        if !attributes.isEmpty, let issue = nearDuplicate(record, values, attributes) { issues.append(issue) }
        nearDuplicates?.insert(entry: entry, attributes: attributes)
        return true
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

    private func repeatedHousehold(_ record: Record, _ values: [String], entry: Int) -> Issue {
        let earlier = locations.location(entryPlace[entry])
        let earlierValues = arena.values(at: entryValues[entry])
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

    private func nearDuplicate(_ record: Record, _ values: [String], _ attributes: [Int]) -> Issue? {
        guard let finder = nearDuplicates else { return nil }
        for candidate in finder.candidates(sharing: attributes) {
            let earlierValues = arena.values(at: entryValues[Int(candidate)])
            guard let match = finder.match(values, earlierValues) else { continue }
            let earlier = locations.location(entryPlace[Int(candidate)])
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
