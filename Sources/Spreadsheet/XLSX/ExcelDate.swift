/// Excel date serials to calendar dates.
enum ExcelDate {
    /// 1899-12-30 and 1904-01-01 as days since 1970-01-01.
    private static let epoch1900 = -25_569
    private static let epoch1904 = -24_107
    /// 9999-12-31 in the 1900 system; Excel shows nothing later as a date.
    private static let lastSerial1900 = 2_958_465.0

    /// The date a serial stands for, to the nearest second; nil for a negative or too-large serial, which
    /// Excel shows as `####` rather than as a date (the cell then stays a number).
    ///
    /// The 1900 system keeps Lotus 1-2-3's bug: serial 60 is the non-existent 1900-02-29, so serials from
    /// 1 to 59 count from 1899-12-31 and later ones from 1899-12-30; 60 itself reads as 1900-02-28, as
    /// openpyxl and calamine do. A time alone (0 ≤ serial < 1) is given on 1899-12-30.
    static func dateTime(serial: Double, date1904: Bool) -> DateTime? {
        let last = date1904 ? lastSerial1900 - 1462 : lastSerial1900
        guard serial.isFinite, serial >= 0, serial < last + 1 else { return nil }
        var seconds = Int((serial * 86_400).rounded())
        var epoch = date1904 ? epoch1904 : epoch1900
        if !date1904, serial >= 1, serial < 61 {
            epoch += 1
            if serial >= 60 { seconds -= 86_400 }
        }
        let days = seconds / 86_400
        let date = DateTime(daysSinceEpoch: epoch + days, secondsOfDay: seconds % 86_400)
        return date.year <= 9999 ? date : nil
    }
}
