/// Excel's rules for sheet names, checked before a sheet is started so the error names the sheet.
enum SheetName {
    static let forbiddenCharacters: Set<Character> = ["\\", "/", "?", "*", ":", "[", "]"]

    static func validate(_ name: String, existing: [String], file: String) throws(SpreadsheetError) {
        func failure(_ zh: String, _ en: String) -> SpreadsheetError {
            SpreadsheetError(.limitExceeded, file: file, part: name, message: LocalizedText(
                zh: "工作表名“\(name)”" + zh, en: "the sheet name \"\(name)\" " + en))
        }
        if name.isEmpty { throw failure("为空，请给工作表起个名字", "is empty: give the sheet a name") }
        if name.utf16.count > XLSXWriter.maxSheetNameLength {
            throw failure("超过 31 个字符，请缩短", "is longer than 31 characters: shorten it")
        }
        if let bad = name.first(where: { forbiddenCharacters.contains($0) }) {
            throw failure("含有 Excel 不允许的字符“\(bad)”（不能含 \\ / ? * : [ ]）",
                          "contains \"\(bad)\", which Excel does not allow (none of \\ / ? * : [ ])")
        }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            throw failure("含有控制字符", "contains a control character")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw failure("不能以单引号开头或结尾", "cannot begin or end with an apostrophe")
        }
        if name.lowercased() == "history" { throw failure("是 Excel 保留的名字", "is reserved by Excel") }
        if existing.contains(where: { $0.lowercased() == name.lowercased() }) {
            throw failure("与另一个工作表重名（不区分大小写）", "is already used by another sheet (ignoring case)")
        }
    }

    /// The name as a formula reference prefix: `'明细'!`.
    static func reference(_ name: String) -> String {
        "'" + String(name.flatMap { $0 == "'" ? ["'", "'"] : [$0] }) + "'!"
    }
}
