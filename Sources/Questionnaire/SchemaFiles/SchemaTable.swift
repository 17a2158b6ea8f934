import Spreadsheet

/// One sheet of a schema file as text: its heading row and the rows below, each with the row number
/// (the line, for Markdown) a coordinator sees. Headings are matched case-insensitively.
struct SchemaTable {
    struct Row {
        var number: Int
        var cells: [String]
    }

    var name: String
    /// The row (or line) of the heading row.
    var headerRow: Int
    var headings: [String]
    var rows: [Row]

    /// The 0-based index of the first column whose heading is `name` (any letter case, trimmed).
    func columnIndex(_ name: String) -> Int? {
        headings.firstIndex { TextFolding.key($0) == name }
    }

    /// Every `base` and `base::language` column: `label`, `label::中文`, `label::English (en)`.
    func languageColumns(_ base: String) -> [(index: Int, language: String?)] {
        headings.indices.compactMap { index in
            let key = TextFolding.key(headings[index])
            if key == base { return (index, nil) }
            guard key.hasPrefix(base + "::") else { return nil }
            return (index, LanguageName.code(String(key.dropFirst(base.count + 2))))
        }
    }
}

extension SchemaTable.Row {
    /// The trimmed text of a column, nil when empty or absent.
    func text(_ index: Int?) -> String? {
        guard let index, index < cells.count else { return nil }
        let text = TextFolding.trim(cells[index])
        return text.isEmpty ? nil : text
    }
}

/// Language names used after `label::` in XLSForms, to our language codes.
enum LanguageName {
    static func code(_ name: String) -> String {
        // KoBoToolbox writes `English (en)`: the code in parentheses wins.
        if let open = name.lastIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
            return String(name[name.index(after: open)..<close]).lowercased()
        }
        switch name.lowercased() {
        case "中文", "汉语", "chinese", "简体中文", "zh", "zh-cn", "zh_cn": return "zh"
        case "english", "英文", "英语", "en": return "en"
        default: return name.lowercased()
        }
    }
}
