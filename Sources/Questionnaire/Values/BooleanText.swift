/// The spellings of yes and no on paper forms and in spreadsheets (compared after folding width,
/// white space and letter case).
enum BooleanText {
    private static let spellings: [String: Bool] = {
        var table: [String: Bool] = [:]
        for word in ["是", "有", "√", "✓", "✔", "☑", "y", "yes", "1", "true", "已发放", "已发", "已"] {
            table[word] = true
        }
        for word in ["否", "无", "没有", "×", "✗", "✘", "✕", "☐", "n", "no", "0", "false", "未发放", "未发", "未"] {
            table[word] = false
        }
        return table
    }()

    static func parse(_ text: String) -> Bool? {
        spellings[TextFolding.key(text)]
    }
}
