/// Text for an 80-column terminal: padding, cutting and wrapping by display width (East Asian wide characters
/// count two), and ANSI colours for those who want them.
public enum TerminalText {
    public static let width = 80

    public enum Colour: String, Sendable {
        case red = "31"
        case yellow = "33"
    }

    /// `text` in `colour` when `enabled`, else unchanged (colour codes take no columns).
    public static func coloured(_ text: String, _ colour: Colour, if enabled: Bool) -> String {
        enabled ? "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// `text` followed by spaces up to `columns` display columns.
    public static func padded(_ text: String, to columns: Int) -> String {
        text + String(repeating: " ", count: max(columns - DisplayWidth.columns(of: text), 0))
    }

    /// `text` if it fits in `columns`, else as much as fits followed by `…` (or, `keepingEnd`, `…` followed by
    /// as much of the end as fits: the file name of a long path).
    public static func truncated(_ text: String, to columns: Int, keepingEnd: Bool = false) -> String {
        guard DisplayWidth.columns(of: text) > columns else { return text }
        var kept: [Character] = []
        var used = 0
        for character in keepingEnd ? Array(text.reversed()) : Array(text) {
            let width = DisplayWidth.columns(of: String(character))
            if used + width > columns - 1 { break }
            kept.append(character)
            used += width
        }
        return keepingEnd ? "…" + String(kept.reversed()) : String(kept) + "…"
    }

    /// The line broken into lines at most `width` columns wide; continuation lines start with the line's own
    /// leading spaces plus `hangingIndent` more. Breaks fall at spaces or between wide characters, never
    /// before closing punctuation (，。」) or after opening (「（); a word longer than a line is cut.
    public static func wrapped(_ line: String, width: Int = width, hangingIndent: Int = 4) -> [String] {
        guard DisplayWidth.columns(of: line) > width else { return [line] }
        let leading = String(line.prefix { $0 == " " })
        let continuation = leading + String(repeating: " ", count: hangingIndent)
        var lines: [String] = []
        var current = leading
        var used = leading.count
        var space = ""
        for token in tokens(line.dropFirst(leading.count)) {
            if token.first == " " {
                space = token
                continue
            }
            for piece in pieces(token, at: width - continuation.count) {
                let pieceWidth = DisplayWidth.columns(of: piece)
                if used > (lines.isEmpty ? leading.count : continuation.count) && used + space.count + pieceWidth > width {
                    lines.append(current)
                    current = continuation
                    used = continuation.count
                } else {
                    current += space
                    used += space.count
                }
                current += piece
                used += pieceWidth
                space = ""
            }
        }
        lines.append(current)
        return lines
    }

    private static let closing: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "》", "”", "’", ",", ".", ";", ":", "!", "?", ")", "]"]
    private static let opening: Set<Character> = ["（", "「", "『", "《", "“", "‘", "(", "["]

    /// Runs of spaces, words of narrow characters, and single wide characters, with closing punctuation
    /// kept with what comes before it and opening punctuation with what follows.
    private static func tokens(_ text: Substring) -> [String] {
        var tokens: [String] = []
        for character in text {
            let isSpace = character == " "
            let isWide = DisplayWidth.columns(of: String(character)) == 2
            if let last = tokens.last, let previous = last.last {
                let joins = isSpace
                    ? previous == " "
                    : previous != " " && (closing.contains(character) || opening.contains(previous)
                        || (!isWide && DisplayWidth.columns(of: String(previous)) == 1))
                if joins {
                    tokens[tokens.count - 1].append(character)
                    continue
                }
            }
            tokens.append(String(character))
        }
        return tokens
    }

    /// A token cut into pieces no wider than `columns` (most tokens are one piece).
    private static func pieces(_ token: String, at columns: Int) -> [String] {
        guard DisplayWidth.columns(of: token) > columns, columns > 1 else { return [token] }
        var pieces: [String] = [""]
        var used = 0
        for character in token {
            let width = DisplayWidth.columns(of: String(character))
            if used + width > columns {
                pieces.append("")
                used = 0
            }
            pieces[pieces.count - 1].append(character)
            used += width
        }
        return pieces
    }
}
