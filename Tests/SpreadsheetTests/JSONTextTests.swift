import Testing
import Spreadsheet

@Suite struct JSONTextTests {
    @Test func escapesQuotesBackslashesAndControlCharacters() {
        #expect(JSONText.quote("上社") == "\"上社\"")
        #expect(JSONText.quote("上\"社\\\n\t\r\u{1}\u{7F}\u{2028}\u{2029}") == "\"上\\\"社\\\\\\n\\t\\r\\u0001\u{7F}\\u2028\\u2029\"")
        #expect(JSONText.quote("—…“”") == "\"—…“”\"")
    }
}
