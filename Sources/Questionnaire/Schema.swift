import Spreadsheet

/// A questionnaire: its fields, choice lists and settings. Loaded from a schema file, never built in code.
public struct Schema: Sendable {
    public var fields: [Field]
    public var choiceLists: [String: ChoiceList]
    public var settings: Settings
    /// What loading noticed without failing (an XLSForm type read as text, …).
    public var warnings: [SchemaProblem]

    public init(fields: [Field], choiceLists: [String: ChoiceList], settings: Settings, warnings: [SchemaProblem] = []) {
        self.fields = fields
        self.choiceLists = choiceLists
        self.settings = settings
        self.warnings = warnings
    }

    /// Fields marked `key`, in schema order.
    public var keyFieldIndexes: [Int] { fields.indices.filter { fields[$0].isKey } }

    /// The settings' `group_by` fields that exist in the schema, in order.
    public var groupByFieldIndexes: [Int] { settings.groupBy.compactMap(fieldIndex) }

    public func fieldIndex(_ id: String) -> Int? { fields.firstIndex { $0.id == id } }

    public func field(_ id: String) -> Field? { fieldIndex(id).map { fields[$0] } }
}

public enum FieldType: Sendable, Hashable {
    case text, integer, decimal, date, boolean, name, nameList, textList, idCard, phone
    case selectOne(list: String)
    case selectMultiple(list: String)
}

/// How a field enters the summary tables.
public enum Measure: String, Sendable, Hashable {
    case sum
    case countTrue = "count_true"
    case countEach = "count_each"
    case countNonempty = "count_nonempty"
}

public struct Field: Sendable, Hashable {
    public var id: String
    public var type: FieldType
    /// Labels by language code (`zh`, `en`); `label` is the first one given.
    public var label: String
    public var labels: [String: String]
    /// Headings accepted on input besides the label.
    public var headers: [String]
    public var required: Bool
    public var constraint: String?
    public var constraintMessage: String?
    /// `constraint_message::…` by language code.
    public var constraintMessages: [String: String] = [:]
    public var relevant: String?
    public var isKey: Bool
    public var severity: Severity
    public var measure: Measure?
    /// Extension (`measure_id`): the id of this field's column in tables (`with_suggestions`); the field id when nil.
    /// For `count_each` it prefixes the choice codes (`<measure_id>_<code>`).
    public var measureID: String?
    /// Extension (`measure_label`, `measure_label::…`): the heading of the field's column in tables
    /// (`提出意见建议户数`); the field's label when nil. `measureLabel` is the first one given.
    public var measureLabel: String?
    public var measureLabels: [String: String]
    public var min: String?
    public var max: String?
    /// The row of the schema file the field was declared on, for messages about the schema.
    public var schemaRow: Int?

    public init(
        id: String, type: FieldType, label: String, labels: [String: String] = [:], headers: [String] = [],
        required: Bool = false, constraint: String? = nil, constraintMessage: String? = nil,
        relevant: String? = nil, isKey: Bool = false, severity: Severity = .error, measure: Measure? = nil,
        min: String? = nil, max: String? = nil, schemaRow: Int? = nil,
        measureID: String? = nil, measureLabel: String? = nil, measureLabels: [String: String] = [:]
    ) {
        self.id = id
        self.type = type
        self.label = label
        self.labels = labels
        self.headers = headers
        self.required = required
        self.constraint = constraint
        self.constraintMessage = constraintMessage
        self.relevant = relevant
        self.isKey = isKey
        self.severity = severity
        self.measure = measure
        self.measureID = measureID
        self.measureLabel = measureLabel
        self.measureLabels = measureLabels
        self.min = min
        self.max = max
        self.schemaRow = schemaRow
    }

    public func label(in language: Language) -> String {
        labels[language.rawValue] ?? label
    }

    /// The heading of this field's measure column: `measure_label` in the language, else the field's label.
    public func measureLabel(in language: Language) -> String {
        measureLabels[language.rawValue] ?? measureLabel ?? label(in: language)
    }

    public func constraintMessage(in language: Language) -> String? {
        constraintMessages[language.rawValue] ?? constraintMessage
    }
}

public struct Choice: Sendable, Hashable {
    public var code: String
    public var label: String
    public var labels: [String: String]
    public var aliases: [String]
    /// Extension `yes_no`: the choice a bare 是 (true) or 否 (false) means under a 是否… heading.
    public var yesNo: Bool?

    public init(code: String, label: String, labels: [String: String] = [:], aliases: [String] = [], yesNo: Bool? = nil) {
        self.code = code
        self.label = label
        self.labels = labels
        self.aliases = aliases
        self.yesNo = yesNo
    }

    public func label(in language: Language) -> String {
        labels[language.rawValue] ?? label
    }

}

public struct ChoiceList: Sendable, Hashable {
    public var name: String
    public var choices: [Choice]

    public init(name: String, choices: [Choice]) {
        self.name = name
        self.choices = choices
    }
}

public struct Settings: Sendable, Hashable {
    public var formTitle: String?
    public var formID: String?
    public var version: String?
    public var defaultLanguage: String?
    public var school: String?
    public var village: String?
    public var windowStart: DateTime?
    public var windowEnd: DateTime?
    public var groupBy: [String]
    public var hamletOrder: [String]
    /// Extension (`households_label`, `households_label::…`): the heading of the household count in tables,
    /// by language code; 走访户数 / Households visited when not given.
    public var householdsLabels: [String: String]
    /// Extension `sheet_field`: the field a sheet's name gives when the sheet has no column for it (`hamlet`).
    public var sheetField: String?

    public init(
        formTitle: String? = nil, formID: String? = nil, version: String? = nil, defaultLanguage: String? = nil,
        school: String? = nil, village: String? = nil, windowStart: DateTime? = nil, windowEnd: DateTime? = nil,
        groupBy: [String] = [], hamletOrder: [String] = [], sheetField: String? = nil,
        householdsLabels: [String: String] = [:]
    ) {
        self.formTitle = formTitle
        self.formID = formID
        self.version = version
        self.defaultLanguage = defaultLanguage
        self.school = school
        self.village = village
        self.windowStart = windowStart
        self.windowEnd = windowEnd
        self.groupBy = groupBy
        self.hamletOrder = hamletOrder
        self.householdsLabels = householdsLabels
        self.sheetField = sheetField
    }

    /// The year a date typed without one (`7月17日`) belongs to.
    public var campaignYear: Int? { windowStart?.year }
}
