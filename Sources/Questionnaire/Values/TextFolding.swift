/// The text clean-ups every comparison of typed-in text needs: white space of every kind (U+3000,
/// non-breaking, zero-width) trimmed or removed, full-width ASCII folded to half-width.
public enum TextFolding {
    /// White space a spreadsheet cell can hold, including the invisible ones pasted from web pages and WeChat.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060,
             0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Full-width ASCII (U+FF01–U+FF5E) to its half-width twin; everything else unchanged.
    static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard (0xFF01...0xFF5E).contains(scalar.value) else { return scalar }
        return Unicode.Scalar(scalar.value - 0xFEE0)!
    }

    /// Leading and trailing white space removed.
    public static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    /// Trimmed, inner white space runs collapsed to one space, full-width ASCII folded.
    public static func clean(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(halfWidth(scalar))
        }
        return String(result)
    }

    /// Every white space removed: "李 延苏" and "李延苏" are one name.
    public static func removingSpaces(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isSpace(scalar) { result.append(scalar) }
        return String(result)
    }

    /// The form two spellings are compared in: no white space, half-width, ASCII lower-cased.
    public static func key(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isSpace(scalar) {
            let folded = halfWidth(scalar)
            if (0x41...0x5A).contains(folded.value) {
                result.append(Unicode.Scalar(folded.value + 0x20)!)
            } else {
                result.append(folded)
            }
        }
        return String(result)
    }
}
