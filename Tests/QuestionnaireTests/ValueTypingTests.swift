import Testing
import Spreadsheet
@testable import Questionnaire

@Suite struct IntegerTypingTests {
    @Test(arguments: [
        (CellValue.number(3), 3), (.text("3"), 3), (.text("３"), 3), (.text("3人"), 3), (.text("三"), 3),
        (.text("两"), 2), (.text("3.0"), 3), (.number(3.0), 3), (.text(" 4 "), 4),
        (.text("〇"), 0), (.text("2个"), 2), (.text("九"), 9),
    ])
    func spellings(cell: CellValue, expected: Int) {
        let result = typed("students", cell)
        #expect(result.value == .integer(expected))
        #expect(result.issues.isEmpty)
    }

    @Test func chineseNumeralsUpTo99() {
        #expect(["十", "十二", "二十", "二十三", "两百"].map(NumberText.integer) == [10, 12, 20, 23, nil])
        #expect(["九十九", "一十", "十〇", "三四"].map(NumberText.integer) == [99, 10, nil, nil])
    }

    @Test(arguments: ["3.5", "几个", "3-4"])
    func notAWholeNumber(text: String) throws {
        let result = typed("students", .text(text))
        #expect(result.value == nil)
        let issue = try #require(result.issues.first)
        #expect(issue.code == .typeError)
        #expect(issue.location.cell == "D2")
        #expect(issue.field == "students")
        #expect(issue.value == text)
        #expect(issue.message.zh == "在校学生数“\(text)”不是整数：请填写数字，如 3")
        #expect(issue.message.en == "Students in school “\(text)” is not a whole number: write a number such as 3")
    }

    @Test func numberCellWithAFraction() {
        #expect(typed("students", .number(2.5)).issues.map(\.code) == [.typeError])
    }

    @Test func aboveTheMaximumIsAConstraintError() throws {
        let result = typed("students", .text("十二"))
        #expect(result.value == nil)
        let issue = try #require(result.issues.first)
        #expect(issue.code == .constraintError)
        #expect(issue.value == "十二")
        #expect(issue.message.zh == "在校学生数为 12，应在 0 到 9 之间")
        #expect(issue.message.en == "Students in school is 12: it must be between 0 and 9")
    }

    @Test func belowTheMinimumIsAConstraintError() {
        #expect(typed("boarders", .number(-1)).issues.map(\.code) == [.constraintError])
    }
}

@Suite struct BooleanTypingTests {
    @Test(arguments: ["是", "有", "√", "✓", "☑", "Y", "y", "yes", "YES", "1", "已发放", "已发", "Ｙ"])
    func trueSpellings(text: String) {
        #expect(typed("letter_given", .text(text)).value == .boolean(true))
    }

    @Test(arguments: ["否", "无", "没有", "×", "✗", "☐", "N", "no", "0", "未发放", "未发"])
    func falseSpellings(text: String) {
        #expect(typed("letter_given", .text(text)).value == .boolean(false))
    }

    @Test func cellsOfOtherKinds() {
        #expect(typed("letter_given", .bool(true)).value == .boolean(true))
        #expect(typed("letter_given", .number(0)).value == .boolean(false))
    }

    @Test func anythingElseIsATypeError() throws {
        let result = typed("letter_given", .text("也许"))
        let issue = try #require(result.issues.first)
        #expect(issue.code == .typeError)
        #expect(issue.field == "letter_given")
        #expect(issue.message.zh == "发放一封信“也许”看不出是“是”还是“否”：请填写 是 或 否（也可用 √ 和 ×）")
    }
}

@Suite struct DateTypingTests {
    static let day = FieldValue.date(DateTime(year: 2018, month: 7, day: 17))

    @Test(arguments: [
        "2018-07-17", "2018/7/17", "2018.7.17", "2018年7月17日", "7月17日", "7月17号", "20180717", "2018-7-17 10:30",
        "２０１８年７月１７日", "2018 年 7 月 17 日",
    ])
    func textFormats(text: String) {
        let result = typed("visit_date", .text(text))
        #expect(result.value == Self.day)
        #expect(result.issues.isEmpty)
    }

    @Test func dateCellsAndDateTimes() {
        #expect(typed("visit_date", .date(DateTime(year: 2018, month: 7, day: 17))).value == Self.day)
        #expect(typed("visit_date", .date(DateTime(year: 2018, month: 7, day: 17, hour: 9, minute: 30))).value == Self.day)
        #expect(typed("visit_date", .number(20_180_717)).value == Self.day)
    }

    @Test func aDayThatDoesNotExistIsAConstraintError() throws {
        let issue = try #require(typed("visit_date", .text("2018-02-30")).issues.first)
        #expect(issue.code == .constraintError)
        #expect(issue.message.zh == "走访日期“2018-02-30”这一天不存在：请核对年、月、日")
    }

    @Test(arguments: ["明天", "2018-07", "7/17", "18.7.17"])
    func unreadableIsATypeError(text: String) {
        #expect(typed("visit_date", .text(text)).issues.map(\.code) == [.typeError])
    }

    @Test func aSerialNumberWithoutADateFormatIsATypeError() {
        #expect(typed("visit_date", .number(43298)).issues.map(\.code) == [.typeError])
    }

    @Test func formulaErrorsAreTypeErrors() throws {
        let issue = try #require(typed("visit_date", .error("#N/A")).issues.first)
        #expect(issue.code == .typeError)
        #expect(issue.value == "#N/A")
        #expect(issue.message.zh == "走访日期：单元格是公式错误 #N/A，请改为实际的值")
    }
}

@Suite struct ChoiceTypingTests {
    @Test(arguments: [
        ("registered_poor", "registered_poor"), ("建档立卡贫困户", "registered_poor"), ("贫困户", "registered_poor"),
        ("Y", "registered_poor"), ("y", "registered_poor"), ("Ｙ", "registered_poor"), ("Registered Poor", "registered_poor"),
        ("低保", "subsistence"), ("边缘易致贫户", "marginal"), ("一般户", "non_poor"), ("n", "non_poor"),
        (" 非贫困户 ", "non_poor"), ("NON_POOR", "non_poor"),
    ])
    func byCodeLabelOrAlias(text: String, code: String) {
        #expect(typed("poverty", .text(text)).value == .choice(code))
    }

    @Test func yesAndNoOnlyUnderAQuestionHeading() throws {
        #expect(typed("poverty", .text("是"), heading: "是否建档立卡贫困户").value == .choice("registered_poor"))
        #expect(typed("poverty", .text("否"), heading: "是否贫困户").value == .choice("non_poor"))
        let issue = try #require(typed("poverty", .text("是"), heading: "贫困户类别").issues.first)
        #expect(issue.code == .constraintError)
        #expect(issue.location.cell == "C2")
        #expect(issue.message.zh == "贫困户类别“是”不是可选的一项：可填 建档立卡贫困户、低保户、边缘户、非贫困户")
        #expect(issue.message.en == "Poverty status “是” is not one of the choices: Registered poor, Subsistence allowance, Marginal, Not poor")
    }

    @Test func otherChoiceLists() {
        #expect(typed("method", .text("家访")).value == .choice("home_visit"))
        #expect(typed("satisfaction", .text("比较满意")).value == .choice("fairly"))
        #expect(typed("satisfaction", .text("还行")).issues.map(\.code) == [.constraintError])
    }
}

@Suite struct TextTypingTests {
    @Test func namesLoseInnerWhiteSpace() {
        #expect(typed("head_name", .text("李 延苏")).value == .text("李延苏"))
        #expect(typed("head_name", .text("李\u{3000}延苏\u{200B}")).value == .text("李延苏"))
    }

    @Test func listsSplitOnEverySeparator() {
        #expect(typed("student_names", .text("张三、李四，王五,赵六；钱七;孙八/周九 吴十")).value
            == .list(["张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十"]))
        #expect(typed("grades", .text("三年级、五年级")).value == .list(["三年级", "五年级"]))
    }

    @Test func textIsTrimmedAndEmptyIsMissing() {
        #expect(typed("difficulties", .text("\u{A0} 缺少劳动力 ")).value == .text("缺少劳动力"))
        #expect(typed("difficulties", .text(" \u{3000} ")).value == nil)
        #expect(typed("form_no", .number(12)).value == .text("12"))
    }
}

@Suite struct IDCardTypingTests {
    @Test func validNumbers() {
        #expect(typed("head_id", .text("532701198001011235")).value == .text("532701198001011235"))
        #expect(typed("head_id", .text("11010519491231002x")).value == .text("11010519491231002X"))
        #expect(typed("head_id", .text("5327 0119 8001 0112 35")).value == .text("532701198001011235"))
        #expect(typed("head_id", .text("532701198001011235")).issues.isEmpty)
    }

    @Test func wrongCheckDigit() throws {
        let issue = try #require(typed("head_id", .text("532701198001011234")).issues.first)
        #expect(issue.code == .constraintError)
        #expect(issue.field == "head_id")
        #expect(issue.message.zh == "户主身份证号“532701198001011234”校验位不对（按前 17 位应为 5），请核对是否输错")
    }

    @Test func impossibleBirthDate() throws {
        let issue = try #require(typed("head_id", .text("532701198002301230")).issues.first)
        #expect(issue.code == .constraintError)
        #expect(issue.message.zh == "户主身份证号“532701198002301230”中的出生日期不存在，请核对")
    }

    @Test func wrongLength() throws {
        let issue = try #require(typed("head_id", .text("53270119800101")).issues.first)
        #expect(issue.message.zh == "户主身份证号“53270119800101”有 14 位，身份证号应为 18 位")
    }

    @Test func aCharacterThatIsNoDigit() throws {
        let issue = try #require(typed("head_id", .text("53270119800101123五")).issues.first)
        #expect(issue.message.zh == "户主身份证号“53270119800101123五”含有不该有的字符：身份证号是 17 位数字加一位数字或 X")
        #expect(typed("head_id", .text("５３２７０１１９８００１０１１２３５")).value == .text("532701198001011235"))
    }

    @Test func fifteenDigitsAreAcceptedWithAWarning() throws {
        let result = typed("head_id", .text("532701800101123"))
        #expect(result.value == .text("532701800101123"))
        let issue = try #require(result.issues.first)
        #expect(issue.code == .oldIDCard)
        #expect(issue.severity == .warning)
        #expect(typed("head_id", .number(532_701_800_101_123)).value == .text("532701800101123"))
    }

    @Test func longNumbersInNumericCellsLostDigits() throws {
        let issue = try #require(typed("head_id", .number(5.32701198001011235e17)).issues.first)
        #expect(issue.code == .lostDigits)
        #expect(issue.location.cell == "D2")
        #expect(issue.value == "5.32701198001011E+17")
        #expect(typed("head_id", .number(4.2e17)).issues.first?.value == "4.2E+17")
        #expect(typed("head_id", .text("4.2E+17")).issues.map(\.code) == [.lostDigits])
        #expect(typed("head_id", .number(4.2e17)).value == nil)
    }
}

@Suite struct PhoneTypingTests {
    @Test func mobileAndLandline() {
        #expect(typed("phone", .text("138 1234 5678")).value == .text("13812345678"))
        #expect(typed("phone", .text("138-1234-5678")).value == .text("13812345678"))
        #expect(typed("phone", .text("0879-1234567")).value == .text("08791234567"))
        #expect(typed("phone", .text("+86 13812345678")).value == .text("13812345678"))
        #expect(typed("phone", .text("13812345678/0879-1234567")).value == .text("13812345678/08791234567"))
    }

    @Test func anElevenDigitNumberCellLosesNothing() {
        let result = typed("phone", .number(13_812_345_678))
        #expect(result.value == .text("13812345678"))
        #expect(result.issues.isEmpty)
    }

    @Test func aLandlineStoredAsANumberLostItsZero() {
        #expect(typed("phone", .number(8_791_234_567)).issues.map(\.code) == [.lostDigits])
    }

    @Test(arguments: ["12345", "2381234567", "电话坏了"])
    func invalidNumbers(text: String) {
        #expect(typed("phone", .text(text)).issues.map(\.code) == [.constraintError])
    }
}

@Suite struct OtherTypeTests {
    static let schema = try! Schema.markdown("""
        # survey
        | type | name | label | min | max |
        |---|---|---|---|---|
        | text | hamlet | 自然社 | | |
        | decimal | income | 人均收入 | 0 | 10000.5 |
        | select_multiple help | help | 帮扶措施 | | |
        | date | visit_date | 走访日期 | 2018-07-01 | 2018-07-31 |
        # choices
        | list_name | name | label | aliases |
        |---|---|---|---|
        | help | money | 资助 | 助学金 |
        | help | lunch | 营养餐 | 午餐 |
        # settings
        | setting | value |
        |---|---|
        | window_start | 2018-07-17 |
        """, file: "other.md")

    func typed(_ cells: [CellValue]) -> ReadResult {
        read([MemorySpreadsheet.Sheet(name: "Sheet1", rows: [["自然社", "人均收入", "帮扶措施", "走访日期"], cells])], schema: Self.schema)
    }

    @Test func decimals() {
        #expect(typed(["上社", .number(3500.5)]).records[0].values[1] == .decimal(3500.5))
        #expect(typed(["上社", "３５００元"]).records[0].values[1] == .decimal(3500))
        #expect(typed(["上社", "三"]).records[0].values[1] == .decimal(3))
        #expect(typed(["上社", "很多"]).issueLines == ["type-error B2 income"])
        #expect(typed(["上社", "20000"]).issues.map(\.message.zh) == ["人均收入为 20000，应在 0 到 10000.5 之间"])
    }

    @Test func selectMultipleByCodeLabelOrAlias() {
        #expect(typed(["上社", "", "资助、午餐，money"]).records[0].values[2] == .choices(["money", "lunch"]))
        #expect(typed(["上社", "", "资助、修路"]).issues.map(\.message.zh) == ["帮扶措施“修路”不是可选的一项：可填 资助、营养餐"])
    }

    @Test func dateBounds() {
        #expect(typed(["上社", "", "", "7月20日"]).records[0].values[3] == .date(DateTime(year: 2018, month: 7, day: 20)))
        #expect(typed(["上社", "", "", "2018-08-01"]).issues.map(\.message.zh) == ["走访日期为 2018-08-01，应在 2018-07-01 到 2018-07-31 之间"])
        #expect(typed(["上社", "", "", "2018-08-01"]).issues.map(\.code) == [.constraintError])
    }
}
