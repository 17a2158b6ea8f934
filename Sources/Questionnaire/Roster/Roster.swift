import Spreadsheet

/// One pupil of the school's roster, as typed by the roster schema (Resources/pupil-roster.md).
public struct RosterPupil: Sendable, Hashable {
    public var name: String?
    public var className: String?
    public var hamlet: String?
    public var guardian: String?
    public var pupilID: String?
    public var guardianID: String?
    /// The roster row (and the pupil name's column when the roster has one).
    public var location: SourceLocation

    public init(
        name: String?, className: String? = nil, hamlet: String? = nil, guardian: String? = nil,
        pupilID: String? = nil, guardianID: String? = nil, location: SourceLocation
    ) {
        self.name = name
        self.className = className
        self.hamlet = hamlet
        self.guardian = guardian
        self.pupilID = pupilID
        self.guardianID = guardianID
        self.location = location
    }
}

/// The school's pupils, read from a roster file with the same reader as returns (header finding, heading
/// normalisation, typing, accounting), and what reading it found wrong.
public struct Roster: Sendable {
    public var file: String
    public var pupils: [RosterPupil]
    /// Problems of the roster file itself (invalid ID numbers, a missing pupil name, …), in row order; headings
    /// that are no roster field are not reported.
    public var issues: [Issue]
    public var account: FileAccount

    public init(file: String, pupils: [RosterPupil], issues: [Issue] = [], account: FileAccount) {
        self.file = file
        self.pupils = pupils
        self.issues = issues
        self.account = account
    }

    /// Reads a roster .xlsx or CSV file; an unreadable one gives no pupils and an `unreadable-file` issue.
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws(SchemaError) -> Roster {
        let schema = try Schema.roster()
        let fields = ["pupil_name", "class", "hamlet", "guardian", "pupil_id", "guardian_id"].map(schema.fieldIndex)
        var pupils: [RosterPupil] = []
        var issues: [Issue] = []
        let account = ReturnReader(schema: schema, options: options).read(file: path, onRecord: { record in
            func text(_ position: Int) -> String? {
                guard let index = fields[position], case .text(let value)? = record.values[index] else { return nil }
                return value
            }
            let location = fields[0].map(record.location(ofField:)) ?? record.source.location
            pupils.append(RosterPupil(name: text(0), className: text(1), hamlet: text(2), guardian: text(3),
                                      pupilID: text(4), guardianID: text(5), location: location))
        }, onIssue: { issue in
            // A register has columns of its own (性别, 出生日期, 联系电话): not worth a warning each.
            if issue.code != .unknownHeader { issues.append(issue) }
        })
        return Roster(file: path, pupils: pupils, issues: issues, account: account)
    }
}
