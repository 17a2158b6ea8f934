import Questionnaire
import Spreadsheet
import Testing
import Validation

/// A valid 18-digit ID number: 17 digits and the ISO 7064 MOD 11-2 check character.
func idNumber(_ first17: String) -> String {
    let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    let sum = zip(first17, weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
    return first17 + String(Array("10X98765432")[sum % 11])
}

/// Runs workbooks through the built-in schema as `zoufang check` does.
func check(_ workbooks: [(String, [MemorySpreadsheet.Sheet])]) throws -> CheckReport {
    ReturnCheck(schema: try Schema.builtIn()).run(workbooks: workbooks.map { ($0.0, MemorySpreadsheet($0.1)) })
}

/// `code file sheet cell field value fields other` per issue, the shape the fixtures' EXPECTED.md lists.
func issueLines(_ report: CheckReport) -> [String] {
    report.issues.map { issue in
        let other = issue.other.map { "\($0.file) \($0.sheet ?? "") row \($0.row ?? 0)" } ?? "-"
        return [issue.code.rawValue, issue.location.file, issue.location.sheet ?? "-", issue.location.cell ?? "-",
                issue.field ?? "-", issue.value ?? "-", issue.fields?.joined(separator: ",") ?? "-", other]
            .joined(separator: " | ")
    }
}

/// The fixture of fixtures/duplicates (an xlsx and a GB18030 csv of one campaign) rebuilt in memory, cell for
/// cell in shape: date cells in the workbook and text dates in the csv, a number 2 and a full-width text ２.
@Suite struct MultiFileTests {
    static let xlsxHeadings = ["自然社", "户主姓名", "身份证号码", "联系电话", "贫困户类别", "在校学生数", "学生姓名",
                               "一封信", "明白卡", "走访日期", "走访人"]
    static let csvHeadings = ["社", "户主", "身份证号", "手机", "家庭类别", "学生人数", "子女姓名",
                              "已发放一封信", "已发放明白卡", "日期", "走访教师"]

    static func row(
        _ hamlet: String, _ name: String, _ id: String, _ phone: String, _ poverty: String, _ students: CellValue,
        _ pupils: String, day: Int, textDate: Bool = false
    ) -> [CellValue] {
        let date: CellValue = textDate ? .text("2018/7/\(day)") : .date(DateTime(year: 2018, month: 7, day: day))
        return [.text(hamlet), .text(name), .text(idNumber(id)), .text(phone), .text(poverty), students,
                pupils.isEmpty ? .empty : .text(pupils), .text("是"), .text("是"), date, .text("王丽华、张建国")]
    }

    static let workbooks: [(String, [MemorySpreadsheet.Sheet])] = {
        let guohua = row("下寨", "王国华", "53082219800101001", "13900000006", "非贫困户", .number(2), "王诗雅、王子轩", day: 18)
        var guohuaAgain = guohua
        guohuaAgain[1] = .text("王 国华")
        guohuaAgain[5] = .text("２")
        let xlsx: [[CellValue]] = [
            xlsxHeadings.map { .text($0) },
            row("上寨", "李延苏", "53082219800101002", "15098860894", "非贫困户", .number(2), "李思琪、李浩宇", day: 17),
            row("上寨", "李明", "53082219800101003", "13900000001", "非贫困户", .number(1), "李欣怡", day: 17),
            row("上寨", "李华", "53082219800101004", "13900000002", "建档立卡贫困户", .number(2), "李佳琪、李俊杰", day: 17),
            row("上寨", "罗建国", "53082219800101005", "13900000003", "非贫困户", .number(1), "罗雨婷", day: 18),
            row("上寨", "罗志华", "53082219800101006", "13900000003", "非贫困户", .number(1), "罗博文", day: 18),
            guohua,
            row("下寨", "张秀英", "53082219840921890", "18730760777", "建档立卡贫困户", .number(2), "", day: 18),
            row("下寨", "赵德明", "53082219800101007", "13900000004", "非贫困户", .number(1), "赵一诺", day: 18),
            row("下寨", "王丽", "53082219800101008", "13900000005", "非贫困户", .number(1), "王梦瑶", day: 18),
            guohuaAgain,
        ]
        let csv: [[CellValue]] = [
            csvHeadings.map { .text($0) },
            row("上寨", "李廷苏", "53082219800101009", "15098860894", "低保户", .text("1"), "李梓涵", day: 19, textDate: true),
            row("下寨", "张秀英", "53082219840921890", "18889596236", "建档立卡贫困户", .text("3"), "", day: 18, textDate: true),
            row("下寨", "赵德明", "53082219800101007", "13900000004", "非贫困户", .text("1"), "赵一诺", day: 18, textDate: true),
            row("中寨", "王莉", "53082219800101010", "13900000005", "非贫困户", .text("1"), "王晨曦", day: 20, textDate: true),
            row("中寨", "杨永福", "53082219800101011", "13900000012", "低保户", .text("2"), "杨天佑、杨可馨", day: 20, textDate: true),
        ]
        return [("第一组.xlsx", [MemorySpreadsheet.Sheet(name: "走访登记", rows: xlsx)]),
                ("第二组.csv", [MemorySpreadsheet.Sheet(name: "第二组", rows: csv)])]
    }()

    @Test func repeatsConflictsAndNearDuplicatesAcrossFilesAreExactlyTheseIssues() throws {
        let report = try check(Self.workbooks)
        #expect(issueLines(report) == [
            "duplicate-row | 第一组.xlsx | 走访登记 | B11 | head_name | 王 国华 | - | 第一组.xlsx 走访登记 row 7",
            "near-duplicate | 第二组.csv | 第二组 | B2 | head_name | 李廷苏 | phone | 第一组.xlsx 走访登记 row 2",
            "conflict | 第二组.csv | 第二组 | B3 | head_name | 张秀英 | phone,students | 第一组.xlsx 走访登记 row 8",
            "duplicate-key | 第二组.csv | 第二组 | B4 | head_name | 赵德明 | - | 第一组.xlsx 走访登记 row 9",
        ])
        #expect(report.countedRecords == 12)
        #expect(report.totals.records == 15)
        #expect(report.totals.balances)
        #expect(report.exitStatus(strict: false) == 1)
    }

    @Test func eachRecordIsHandedOutWithWhetherItCounts() throws {
        var counted: [String] = []
        _ = ReturnCheck(schema: try Schema.builtIn()).run(
            workbooks: Self.workbooks.map { ($0.0, MemorySpreadsheet($0.1)) },
            onRecord: { record, check in if !check.isCountedInTables { counted.append("\(record.source.file) \(record.source.row)") } })
        #expect(counted == ["第一组.xlsx 11", "第二组.csv 3", "第二组.csv 4"])
    }

    @Test func theConflictMessageShowsBothValues() throws {
        let conflict = try #require(check(Self.workbooks).issues.first { $0.code == .conflict })
        #expect(conflict.message.zh == "同一户（张秀英）已在 第一组.xlsx「走访登记」第 8 行 登记，但这些值不同：联系电话：本行「18889596236」，那里「18730760777」；在校学生数：本行「3」，那里「2」。请核对纸质问卷，改正后删除多余的一份（汇总表只计第一份）。")
    }

    @Test func builtInRulesFireOnTheirCells() throws {
        let rows: [[CellValue]] = [
            Self.xlsxHeadings.map { .text($0) } + [.text("住校生人数")],
            Self.row("上寨", "李延苏", "53082219800101002", "15098860894", "非贫困户", .number(2), "李思琪", day: 17) + [.number(3)],
            Self.row("上寨", "李明", "53082219800101003", "13900000001", "建档立卡贫困户", .number(0), "李欣怡", day: 25)
                .enumerated().map { $0 == 8 ? .text("×") : $1 } + [.empty],
        ]
        let report = try check([("a.xlsx", [MemorySpreadsheet.Sheet(name: "S", rows: rows)])])
        #expect(issueLines(report) == [
            "rule-warning | a.xlsx | S | F2 | students | 2 | students,student_names | -",
            "rule-error | a.xlsx | S | L2 | boarders | 3 | students,boarders | -",
            "rule-warning | a.xlsx | S | F3 | students | 0 | students,student_names | -",
            "rule-error | a.xlsx | S | G3 | student_names | 李欣怡 | students,student_names | -",
            "rule-warning | a.xlsx | S | I3 | card_given | × | poverty,card_given | -",
            "date-outside-window | a.xlsx | S | J3 | visit_date | 2018-07-25 | - | -",
        ])
    }
}
