import Spreadsheet

/// Turns the reader's notes (`stray-quote`, `cell-image`) into issues, each handed out after the row it is about.
struct ReaderNotes {
    let file: String
    let context: ReadingContext
    private var handedOut = 0

    init(file: String, context: ReadingContext) {
        self.file = file
        self.context = context
    }

    /// Hands out the notes gathered so far about rows up to `row` (all of them when nil).
    mutating func emit(from reader: any SpreadsheetReader, throughRow row: Int?, onIssue: (Issue) -> Void) {
        let notes = reader.notes
        while handedOut < notes.count {
            let note = notes[handedOut]
            if let row, let address = note.address, address.row > row { return }
            handedOut += 1
            guard let code = IssueCode(rawValue: note.code) else { continue }
            let location = SourceLocation(file: file, sheet: note.sheet, row: note.address?.row, column: note.address?.column)
            onIssue(Issue(code, at: location, message: note.message))
        }
    }
}
