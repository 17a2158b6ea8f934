import Questionnaire

/// Everything `zoufang check` reports: what became of every row of every input (spec/outputs.md
/// "Accounting: nothing lost"), the issues, their counts and the exit status.
public struct CheckReport: Sendable {
    /// Rows of one sheet, one file or all inputs: rows = records + blankRows + skippedRows + rejectedRows.
    public struct Totals: Sendable, Hashable {
        public var rows = 0
        public var records = 0
        public var blankRows = 0
        public var skippedRows = 0
        public var rejectedRows = 0

        public init() {}

        public var balances: Bool { rows == records + blankRows + skippedRows + rejectedRows }

        mutating func add(_ sheet: SheetAccount) {
            rows += sheet.rows
            records += sheet.records
            blankRows += sheet.blankRows
            skippedRows += sheet.skippedRows
            rejectedRows += sheet.rejectedRows
        }
    }

    public private(set) var inputs: [FileAccount] = []
    /// In the order found; `issueOrder` gives the order reports list them in.
    private(set) var issueList: [Issue] = []
    /// Records that are the first copy of their household (the ones tables count).
    public private(set) var countedRecords = 0
    /// With `--roster`: the roster households per hamlet and those visited (RosterCheck).
    public var coverage: Coverage?

    public init() {}

    /// Adds a file once it has been read, in input order.
    public mutating func add(_ account: FileAccount) {
        inputs.append(account)
    }

    public mutating func add(_ issue: Issue) {
        issueList.append(issue)
    }

    /// Adds what validation found for one record.
    public mutating func add(_ check: RecordCheck) {
        issueList.append(contentsOf: check.issues)
        if check.isCountedInTables { countedRecords += 1 }
    }

    public static func totals(of account: FileAccount) -> Totals {
        account.sheets.reduce(into: Totals()) { $0.add($1) }
    }

    public var totals: Totals {
        inputs.flatMap(\.sheets).reduce(into: Totals()) { $0.add($1) }
    }

    public var errorCount: Int { issueList.count { $0.severity == .error } }
    public var warningCount: Int { issueList.count { $0.severity == .warning } }

    /// 3 when an input could not be read at all (it wins), 1 for errors (or warnings with `strict`), else 0.
    public func exitStatus(strict: Bool) -> Int32 {
        if inputs.contains(where: \.unreadable) { return 3 }
        if errorCount > 0 || (strict && warningCount > 0) { return 1 }
        return 0
    }

    /// Issues grouped by file in input order, then by sheet in workbook order and by row and column;
    /// file-level issues first; issues at one place keep the order they were found in.
    public var issues: [Issue] {
        issueOrder.map { issueList[$0] }
    }

    /// The positions in `issueList` in the order of `issues`: the reports are written from these, so the
    /// issues are not copied to be sorted.
    var issueOrder: [Int] {
        let fileRank = Dictionary(inputs.enumerated().map { ($1.file, $0) }) { first, _ in first }
        var sheetRank: [String: [String: Int]] = [:]
        for input in inputs where sheetRank[input.file] == nil {
            let names = input.sheets.map(\.sheet) + input.skippedSheets
            sheetRank[input.file] = Dictionary(names.enumerated().map { ($1, $0) }) { first, _ in first }
        }
        let keyed = issueList.enumerated().map { order, issue in
            let location = issue.location
            let sheet = location.sheet.map { sheetRank[location.file]?[$0] ?? Int.max } ?? -1
            let key = IssueOrder(
                file: fileRank[location.file] ?? Int.max, fileName: location.file, sheet: sheet,
                sheetName: location.sheet ?? "", row: location.row ?? 0, column: location.column ?? 0, found: order)
            return key
        }
        return keyed.indices.sorted { keyed[$0] < keyed[$1] }
    }
}

/// Where an issue sorts in a report.
private struct IssueOrder: Comparable {
    var file: Int
    var fileName: String
    var sheet: Int
    var sheetName: String
    var row: Int
    var column: Int
    var found: Int

    static func < (lhs: IssueOrder, rhs: IssueOrder) -> Bool {
        if (lhs.file, lhs.fileName, lhs.sheet, lhs.sheetName) != (rhs.file, rhs.fileName, rhs.sheet, rhs.sheetName) {
            return (lhs.file, lhs.fileName, lhs.sheet, lhs.sheetName) < (rhs.file, rhs.fileName, rhs.sheet, rhs.sheetName)
        }
        return (lhs.row, lhs.column, lhs.found) < (rhs.row, rhs.column, rhs.found)
    }
}
