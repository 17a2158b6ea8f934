/// Splits a list typed in one cell: 张三、李四, 张三，李四, 张三;李四, 张三/李四, 张三 李四.
enum ListText {
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "、", ",", "，", ";", "；", "/", "／": return true
        default: return false
        }
    }

    static func items(_ text: String, splittingOnSpaces: Bool = true) -> [String] {
        let scalars = text.unicodeScalars
        var items: [String] = []
        var start = scalars.startIndex
        func take(upTo end: String.UnicodeScalarView.Index) {
            guard start != end else { return }
            let item = TextFolding.clean(String(scalars[start..<end]))
            if !item.isEmpty { items.append(item) }
        }
        var index = start
        while index != scalars.endIndex {
            let scalar = scalars[index]
            if isSeparator(scalar) || (splittingOnSpaces && TextFolding.isSpace(scalar)) {
                take(upTo: index)
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        take(upTo: scalars.endIndex)
        return items
    }
}
