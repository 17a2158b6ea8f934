/// Splits a list typed in one cell: 张三、李四, 张三，李四, 张三;李四, 张三/李四, 张三 李四.
enum ListText {
    private static let separators: Set<Character> = ["、", ",", "，", ";", "；", "/", "／", " "]

    static func items(_ text: String, splittingOnSpaces: Bool = true) -> [String] {
        TextFolding.clean(text).split(whereSeparator: { separators.contains($0) && (splittingOnSpaces || $0 != " ") })
            .map(String.init)
    }
}
