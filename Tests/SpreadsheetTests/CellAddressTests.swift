import Testing
@testable import Spreadsheet

@Suite struct CellAddressTests {
    @Test(arguments: [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (703, "AAA"), (16_384, "XFD")])
    func columnLetters(column: Int, letters: String) {
        #expect(CellAddress.columnLetters(column) == letters)
        #expect(CellAddress(letters + "7") == CellAddress(row: 7, column: column))
    }

    @Test func parsesAndRejects() {
        #expect(CellAddress("c14") == CellAddress(row: 14, column: 3))
        #expect(CellAddress("XFD1048576") == CellAddress(row: 1_048_576, column: 16_384))
        #expect(CellAddress("XFE1") == nil)
        #expect(CellAddress("A1048577") == nil)
        #expect(CellAddress("A0") == nil)
        #expect(CellAddress("14") == nil)
        #expect(CellAddress("A1B") == nil)
    }

    @Test func ranges() {
        let range = CellRange("B3:B9")
        #expect(range?.description == "B3:B9")
        #expect(range?.contains(CellAddress(row: 5, column: 2)) == true)
        #expect(range?.contains(CellAddress(row: 10, column: 2)) == false)
        #expect(CellRange("A1")?.description == "A1")
        #expect(CellRange("A1:B2:C3") == nil)
    }
}

@Suite struct DateTimeTests {
    @Test func daysRoundTrip() {
        let date = DateTime(year: 2018, month: 7, day: 17)
        #expect(date.daysSinceEpoch == 17_729)
        #expect(DateTime(daysSinceEpoch: 17_729) == date)
        #expect(DateTime(daysSinceEpoch: 0, secondsOfDay: 3_723).description == "1970-01-01T01:02:03")
        #expect(date.description == "2018-07-17")
    }

    @Test func validDates() {
        #expect(DateTime.isValidDate(year: 2000, month: 2, day: 29))
        #expect(!DateTime.isValidDate(year: 1900, month: 2, day: 29))
        #expect(!DateTime.isValidDate(year: 2018, month: 13, day: 1))
    }
}
