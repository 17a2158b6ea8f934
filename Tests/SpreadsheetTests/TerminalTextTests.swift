import Spreadsheet
import Testing

@Suite struct TerminalTextTests {
    @Test func padsAndCutsByDisplayWidth() {
        #expect(TerminalText.padded("低保户", to: 8) == "低保户  ")
        #expect(TerminalText.padded("abc", to: 2) == "abc")
        #expect(TerminalText.truncated("建档立卡贫困户", to: 7) == "建档立…")
        #expect(TerminalText.truncated("建档", to: 4) == "建档")
        #expect(TerminalText.truncated("回收表/一组/第一组.xlsx", to: 16, keepingEnd: true) == "…组/第一组.xlsx")
    }

    @Test func wrapsChineseBetweenCharactersAndKeepsPunctuationOnItsLine() {
        let line = "  " + String(repeating: "一二三四五六七八九十", count: 3) + "，再写几个字。"
        #expect(TerminalText.wrapped(line, width: 20) == [
            "  一二三四五六七八九",
            "      十一二三四五六",
            "      七八九十一二三",
            "      四五六七八九",
            "      十，再写几个",
            "      字。",
        ])
    }

    @Test func wrapsWordsAtSpacesAndCutsWordsLongerThanALine() {
        #expect(TerminalText.wrapped("see the check report (JSON) in 检查.json", width: 16, hangingIndent: 2) == [
            "see the check",
            "  report (JSON)",
            "  in 检查.json",
        ])
        #expect(TerminalText.wrapped("abcdefghijklmnopqrstuvwxyz", width: 10, hangingIndent: 0) == [
            "abcdefghij", "klmnopqrst", "uvwxyz",
        ])
        #expect(TerminalText.wrapped("short", width: 10) == ["short"])
    }

    @Test func colourOnlyWhenEnabled() {
        #expect(TerminalText.coloured("错误", .red, if: true) == "\u{1B}[31m错误\u{1B}[0m")
        #expect(TerminalText.coloured("警告", .yellow, if: false) == "警告")
    }
}
