import Questionnaire
import Spreadsheet

/// A field the table is grouped by, with the order its values take in rows.
public struct Dimension: Sendable, Hashable {
    /// The field id (`hamlet`), used as the JSON key.
    public var id: String
    public var fieldIndex: Int
    public var headings: [Language: String]
    /// Values every table shows in this order even before they appear: the choice list's codes for a choice
    /// field, the schema's `hamlet_order` for `hamlet`. Other values follow in order of first appearance.
    public var declaredValues: [String]
    /// Labels of choice codes by language; empty for text fields (the value is its own label).
    public var choiceLabels: [String: [Language: String]]

    public func heading(in language: Language) -> String { headings[language] ?? id }

    /// What a person reads for a value: the choice label for a code, the text itself otherwise.
    public func label(of value: String?, in language: Language) -> String {
        guard let value else { return TableWords.blank.text(in: language) }
        return choiceLabels[value]?[language] ?? value
    }
}

/// What one measure column adds up.
public enum MeasureKind: Sendable, Hashable {
    /// Every record counted: the households.
    case households
    /// The sum of an integer or decimal field.
    case sum(field: Int)
    /// Records whose boolean field is true.
    case countTrue(field: Int)
    /// Records whose choice field holds `code` (for `select_multiple`, among its answers).
    case countChoice(field: Int, code: String)
    /// Records whose field holds anything.
    case countNonempty(field: Int)
}

/// One column of numbers in a table.
public struct MeasureColumn: Sendable, Hashable {
    /// The JSON key (`households`, `students`, `satisfied`, `with_suggestions`).
    public var id: String
    public var kind: MeasureKind
    public var headings: [Language: String]
    /// The heading the columns of one `count_each` field share (满意度), set only for those.
    public var groupHeadings: [Language: String]?

    public func heading(in language: Language) -> String { headings[language] ?? id }
}

/// The shape of a table: what it is grouped by and which measures it adds up, derived from a schema.
public struct TableLayout: Sendable, Hashable {
    public var dimensions: [Dimension]
    public var measures: [MeasureColumn]

    /// Groups by `by` (the schema's `group_by` when nil) with the measures the schema's `measure` column
    /// declares, after the household count. Throws when a grouping field is unknown or cannot group, or a
    /// measure's id is taken (by another measure, a grouping field or `kind`).
    public init(schema: Schema, by: [String]? = nil) throws(TabulationError) {
        dimensions = []
        for id in by ?? schema.settings.groupBy {
            guard let index = schema.fieldIndex(id) else { throw .unknownField(id) }
            guard !dimensions.contains(where: { $0.id == id }) else { throw .repeatedField(id) }
            dimensions.append(try Dimension(schema: schema, fieldIndex: index))
        }
        measures = [MeasureColumn(id: "households", kind: .households, headings: Self.householdsHeadings(schema))]
        for (index, field) in schema.fields.enumerated() {
            measures += Self.columns(of: field, at: index, in: schema)
        }
        // Every id is a key of a JSON row, beside `kind` and the grouping fields.
        var seen = Set(["kind"] + dimensions.map(\.id))
        for column in measures where !seen.insert(column.id).inserted {
            throw .repeatedMeasure(column.id)
        }
    }

    private static func householdsHeadings(_ schema: Schema) -> [Language: String] {
        Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
            (language, schema.settings.householdsLabels[language.rawValue] ?? TableWords.households.text(in: language))
        })
    }

    private static func columns(of field: Field, at index: Int, in schema: Schema) -> [MeasureColumn] {
        let id = field.measureID ?? field.id
        let headings = byLanguage(field.measureLabel(in:))
        switch field.measure {
        case nil:
            return []
        case .sum:
            return [MeasureColumn(id: id, kind: .sum(field: index), headings: headings)]
        case .countTrue:
            return [MeasureColumn(id: id, kind: .countTrue(field: index), headings: headings)]
        case .countNonempty:
            return [MeasureColumn(id: id, kind: .countNonempty(field: index), headings: headings)]
        case .countEach:
            return choices(of: field, in: schema).map { choice in
                MeasureColumn(
                    id: field.measureID.map { "\($0)_\(choice.code)" } ?? choice.code,
                    kind: .countChoice(field: index, code: choice.code), headings: byLanguage(choice.label(in:)),
                    groupHeadings: headings)
            }
        }
    }
}

/// Why a table cannot be laid out as asked.
public enum TabulationError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownField(String)
    case repeatedField(String)
    case notGroupable(String)
    case repeatedMeasure(String)
    case differentLayouts

    public var message: LocalizedText {
        switch self {
        case .unknownField(let id):
            LocalizedText(zh: "分组字段 \(id) 不在问卷中，请检查 --by 或 group_by 的拼写",
                          en: "the grouping field \(id) is not in the questionnaire: check the spelling in --by or group_by")
        case .repeatedField(let id):
            LocalizedText(zh: "分组字段 \(id) 重复，请只写一次", en: "the grouping field \(id) is given twice: give it once")
        case .notGroupable(let id):
            LocalizedText(zh: "不能按字段 \(id) 分组：只能按单选或文字字段分组",
                          en: "cannot group by \(id): only a select_one or text field can group a table")
        case .repeatedMeasure(let id):
            LocalizedText(zh: "汇总列 \(id) 与另一列（汇总列或分组字段）同名，请在问卷的 measure_id 列给它改名",
                          en: "the measure column \(id) has the name of another column (a measure or a grouping field): rename it in the schema's measure_id column")
        case .differentLayouts:
            LocalizedText(zh: "分组或汇总列不同的表不能相加，请用同一问卷和同样的 --by",
                          en: "tables grouped or measured differently cannot be added: use one questionnaire and the same --by")
        }
    }

    public var description: String { message.zh }
}

extension Dimension {
    init(schema: Schema, fieldIndex: Int) throws(TabulationError) {
        let field = schema.fields[fieldIndex]
        id = field.id
        self.fieldIndex = fieldIndex
        headings = byLanguage(field.label(in:))
        let declared: [String]
        switch field.type {
        case .selectOne:
            let choices = choices(of: field, in: schema)
            declared = choices.map(\.code)
            choiceLabels = Dictionary(choices.map { ($0.code, byLanguage($0.label(in:))) }) { first, _ in first }
        case .text, .name:
            declared = field.id == "hamlet" ? schema.settings.hamletOrder : []
            choiceLabels = [:]
        default:
            throw .notGroupable(field.id)
        }
        // A value listed twice keeps its first place.
        var seen = Set<String>()
        declaredValues = declared.filter { seen.insert($0).inserted }
    }
}

/// The choices of a choice field's list; none for other fields.
func choices(of field: Field, in schema: Schema) -> [Choice] {
    switch field.type {
    case .selectOne(let list), .selectMultiple(let list): schema.choiceLists[list]?.choices ?? []
    default: []
    }
}

private func byLanguage(_ text: (Language) -> String) -> [Language: String] {
    Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, text($0)) })
}

/// The fixed words of tables.
enum TableWords {
    static let households = LocalizedText(zh: "走访户数", en: "Households visited")
    static let subtotal = LocalizedText(zh: "小计", en: "subtotal")
    static let total = LocalizedText(zh: "合计", en: "total")
    static let blank = LocalizedText(zh: "（空白）", en: "(blank)")
    static let signatures = LocalizedText(
        zh: "填表人：　　　　　　　　审核人：　　　　　　　　填报日期：", en: "Prepared by:                Checked by:                Date:")
}
