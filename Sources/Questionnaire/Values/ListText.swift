/// Splits a list typed in one cell: 张三、李四, 张三，李四, 张三;李四, 张三/李四, 张三 李四.
enum ListText {
    static func items(_ text: String, splittingOnSpaces: Bool = true) -> [String] {
        let scalars = TextFolding.clean(text).unicodeScalars
        var items: [String] = []
        var start = scalars.startIndex
        var index = start
        while index != scalars.endIndex {
            let scalar = scalars[index]
            // After clean: half-width , ; / and single spaces; 、 and full-width ones stay as typed.
            let isSeparator = scalar == "、" || scalar == "," || scalar == ";" || scalar == "/"
                || (splittingOnSpaces && scalar == " ")
            if isSeparator {
                if start != index { items.append(String(scalars[start..<index])) }
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        if start != scalars.endIndex { items.append(String(scalars[start...])) }
        return items
    }
}
