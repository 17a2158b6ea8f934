/// Normalises a column heading before it is compared with a field's accepted headings:
/// white space removed, full-width folded, ASCII lower-cased, parenthesised notes such as `（必填）`
/// or `(人)` dropped, a leading or trailing `*` and a trailing colon dropped.
enum HeadingKey {
    static func make(_ heading: String) -> String {
        let folded = TextFolding.key(heading)
        var withoutNotes = String.UnicodeScalarView()
        var depth = 0
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "(", "[", "【": depth += 1
            case ")", "]", "】": depth = max(0, depth - 1)
            default: if depth == 0 { withoutNotes.append(scalar) }
            }
        }
        var key = Substring(String(withoutNotes))
        while let last = key.last, last == ":" || last == "：" || last == "*" { key.removeLast() }
        while key.first == "*" { key.removeFirst() }
        // A heading that is nothing but a note keeps its text rather than vanishing.
        return key.isEmpty ? folded : String(key)
    }
}
