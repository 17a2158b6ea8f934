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
    /// Each issue's place (to sort by) and where it is in `issueFile`, in the order found; `issueOrder` gives
    /// the order reports list them in. About 30 bytes an issue, against about 900 for the issue itself.
    private var issueEntries: [IssueEntry] = []
    /// Shared by copies of the report, which each see only their own entries' issues.
    private let issueFile = IssueFile()
    private var names = LocationTable()
    public private(set) var errorCount = 0
    public private(set) var warningCount = 0
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
        let location = issue.location
        issueEntries.append(IssueEntry(
            stored: issueFile.append(issue), file: names.intern(location.file),
            sheet: location.sheet.map { names.intern($0) + 1 } ?? 0,
            row: UInt32(clamping: location.row ?? 0), column: UInt32(clamping: location.column ?? 0),
            isError: issue.severity == .error))
        if issue.severity == .error { errorCount += 1 } else { warningCount += 1 }
    }

    /// Adds what validation found for one record.
    public mutating func add(_ check: RecordCheck) {
        for issue in check.issues { add(issue) }
        if check.isCountedInTables { countedRecords += 1 }
    }

    /// The issue at a position of `issueOrder`, read back.
    func issue(at position: Int) -> Issue {
        issueFile.issue(issueEntries[position].stored)
    }

    /// How many errors and warnings each file has, by file name.
    public var issueCountsByFile: [String: (errors: Int, warnings: Int)] {
        var counts: [String: (errors: Int, warnings: Int)] = [:]
        for entry in issueEntries {
            let error = entry.isError ? 1 : 0
            counts[names.name(entry.file), default: (0, 0)].errors += error
            counts[names.name(entry.file), default: (0, 0)].warnings += 1 - error
        }
        return counts
    }

    public static func totals(of account: FileAccount) -> Totals {
        account.sheets.reduce(into: Totals()) { $0.add($1) }
    }

    public var totals: Totals {
        inputs.flatMap(\.sheets).reduce(into: Totals()) { $0.add($1) }
    }

    /// 3 when an input could not be read at all (it wins), 1 for errors (or warnings with `strict`), else 0.
    public func exitStatus(strict: Bool) -> Int32 {
        if inputs.contains(where: \.unreadable) { return 3 }
        if errorCount > 0 || (strict && warningCount > 0) { return 1 }
        return 0
    }

    /// Issues grouped by file in input order, then by sheet in workbook order and by row and column;
    /// file-level issues first; issues at one place keep the order they were found in.
    public var issues: [Issue] {
        issueOrder.map(issue(at:))
    }

    /// The positions of the issues in the order of `issues`: the reports are written from these, reading
    /// each issue back when it is written.
    var issueOrder: [Int] {
        let fileRank = Dictionary(inputs.enumerated().map { ($1.file, $0) }) { first, _ in first }
        var sheetRank: [String: [String: Int]] = [:]
        for input in inputs where sheetRank[input.file] == nil {
            let names = input.sheets.map(\.sheet) + input.skippedSheets
            sheetRank[input.file] = Dictionary(names.enumerated().map { ($1, $0) }) { first, _ in first }
        }
        let keyed = issueEntries.enumerated().map { order, entry in
            let file = names.name(entry.file)
            let sheetName = entry.sheet == 0 ? nil : names.name(entry.sheet - 1)
            return IssueOrder(
                file: fileRank[file] ?? Int.max, fileName: file,
                sheet: sheetName.map { sheetRank[file]?[$0] ?? Int.max } ?? -1, sheetName: sheetName ?? "",
                row: Int(entry.row), column: Int(entry.column), found: order)
        }
        return keyed.indices.sorted { keyed[$0] < keyed[$1] }
    }
}

/// What a report keeps of an issue in memory: where it sorts and where it is stored.
private struct IssueEntry {
    var stored: IssueFile.Entry
    /// File and sheet names interned in the report's `LocationTable`; sheet 0 is none, else its id + 1.
    var file: UInt32
    var sheet: UInt32
    var row: UInt32
    var column: UInt32
    var isError: Bool
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
