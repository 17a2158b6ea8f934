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

    /// False when the text has nothing to fold: no white space or control character, nothing full-width,
    /// no upper-case ASCII when `lowercasing`. Checked on the UTF-8 bytes, the common case of clean text.
    static func needsFolding(_ text: String, lowercasing: Bool = false) -> Bool {
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case 0x00...0x20, 0x7F, 0xC2, 0xE1, 0xE2, 0xEF: return true
            case 0x41...0x5A where lowercasing: return true
            case 0xE3:
                // U+3000 (E3 80 80) is the only white space in this lead byte; 、 (E3 80 81) is not.
                if utf8.next() == 0x80, utf8.next() == 0x80 { return true }
            default: continue
            }
        }
        return false
    }

    /// Leading and trailing white space removed.
    public static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        if let first = scalars.first, let last = scalars.last, !isSpace(first), !isSpace(last) { return text }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    /// Trimmed, inner white space runs collapsed to one space, full-width ASCII folded (unless `foldingWidth` is false).
    public static func clean(_ text: String, foldingWidth: Bool = true) -> String {
        guard needsFolding(text) else { return text }
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
            result.append(foldingWidth ? halfWidth(scalar) : scalar)
        }
        return String(result)
    }

    /// Every white space removed: "李 延苏" and "李延苏" are one name.
    public static func removingSpaces(_ text: String) -> String {
        guard needsFolding(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isSpace(scalar) { result.append(scalar) }
        return String(result)
    }

    /// The form two spellings are compared in: no white space, half-width, ASCII lower-cased.
    public static func key(_ text: String) -> String {
        guard needsFolding(text, lowercasing: true) else { return text }
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
