/// Every heading a schema accepts for its fields (labels and `headers`), by normalised heading.
struct HeadingIndex: Sendable {
    private let fieldByKey: [String: Int]

    /// Headings of a serial-number column (`序号`, `编号`): recognised, never a field's value unless a field claims them.
    static let serialHeadings: Set<String> = ["序号", "编号", "no.", "no"]

    init(schema: Schema) {
        var fieldByKey: [String: Int] = [:]
        for (index, field) in schema.fields.enumerated() {
            for heading in Self.headings(of: field) {
                let key = HeadingKey.make(heading)
                if fieldByKey[key] == nil { fieldByKey[key] = index }
            }
        }
        self.fieldByKey = fieldByKey
    }

    /// Every heading a field accepts, in the order they are tried: id, labels, then `headers`.
    static func headings(of field: Field) -> [String] {
        [field.id, field.label] + field.labels.values.sorted() + field.headers
    }

    func field(for heading: String) -> Int? {
        fieldByKey[HeadingKey.make(heading)]
    }

    static func isSerial(_ heading: String) -> Bool {
        serialHeadings.contains(HeadingKey.make(heading))
    }
}

/// Rows below the data that are not households: totals and signature lines (spec "Shapes of input" 6).
enum RowKind: Equatable {
    case total(grand: Bool)
    case signature

    private static let totalMarkers = ["合计", "总计"]
    private static let subtotalMarker = "小计"
    /// A signature or footnote line begins with one of these followed by a colon.
    private static let signatureMarkers = [
        "填表人", "审核人", "制表人", "负责人", "填报日期", "填表日期", "填报人", "统计人", "注", "说明", "备注",
    ]

    /// The first characters of every marker: most rows are told apart by their first character alone.
    private static let initials = Set((totalMarkers + [subtotalMarker] + signatureMarkers).compactMap(\.unicodeScalars.first))

    /// The kind of a row from its first non-empty cell; nil for an ordinary row.
    static func of(firstText text: String) -> RowKind? {
        guard let first = text.unicodeScalars.first(where: { !TextFolding.isSpace($0) }), initials.contains(first) else {
            return nil
        }
        let key = TextFolding.key(text)
        if totalMarkers.contains(where: key.hasPrefix) { return .total(grand: true) }
        if key.hasPrefix(subtotalMarker) { return .total(grand: false) }
        if signatureMarkers.contains(where: { key.hasPrefix($0 + ":") }) { return .signature }
        return nil
    }
}
