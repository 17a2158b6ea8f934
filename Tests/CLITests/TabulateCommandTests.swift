import Foundation
import Testing
import TestSupport

/// `zoufang tabulate` over the third group's GB18030 CSV of the reference returns: 11 households in 大平掌
/// and 麻栗坪 (fixtures/returns/EXPECTED.md).
@Suite struct TabulateCommandTests {
    let returns = Repository.fixture("returns/第三组.csv")

    func scratch() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tabulate-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func jsonLongFormToStdout() throws {
        let result = try runProcess(Repository.zoufangExecutable, ["tabulate", returns, "--format", "json"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.prefix(2) == ["{\"by\": [\"hamlet\", \"poverty\"],", " \"rows\": ["])
        let object = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        let rows = try #require(object?["rows"] as? [[String: Any]])
        #expect(rows.map { $0["kind"] as? String } == ["cell", "cell", "cell", "subtotal", "cell", "cell", "cell", "subtotal", "total"])
        #expect(rows.map { $0["hamlet"] as? String } == ["大平掌", "大平掌", "大平掌", "大平掌", "麻栗坪", "麻栗坪", "麻栗坪", "麻栗坪", nil])
        #expect(rows[0]["poverty"] as? String == "registered_poor")
        #expect(rows[3]["poverty"] is NSNull)
        let measures = ["households", "students", "boarders", "letter_given", "card_given", "dropout_risk", "satisfied",
                        "fairly", "unsatisfied"]
        #expect(measures.map { rows[3][$0] as? Int } == [6, 11, 3, 5, 6, 0, 3, 3, 0])
        #expect(measures.map { rows[8][$0] as? Int } == [11, 19, 5, 10, 11, 1, 6, 4, 1])
        #expect(result.errorOutput.hasPrefix("汇总了 11 户"))
    }

    @Test func csvFileWithBOMAndCRLF() throws {
        let directory = try scratch()
        let result = try runProcess(Repository.zoufangExecutable, ["tabulate", returns, "--by", "poverty", "-o", directory + "/t.csv"])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: directory + "/t.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.first?.hasPrefix("贫困户类别,走访户数,在校学生数,住校生人数,") == true)
        #expect(Array(lines.dropFirst()) == [
            "建档立卡贫困户,2,3,1,0,2,2,2,0,0,1", "低保户,1,1,0,0,1,1,1,0,0,0", "边缘户,1,3,0,0,1,1,0,1,0,1",
            "非贫困户,7,12,4,1,6,7,3,3,1,3", "合计,11,19,5,1,10,11,6,4,1,5", "",
        ])
        try? FileManager.default.removeItem(atPath: directory)
    }

    @Test func summaryWorkbook() throws {
        guard try ExternalTools.available(ExternalTools.python, named: "python") else { return }
        let directory = try scratch()
        let path = directory + "/汇总.xlsx"
        #expect(try runProcess(Repository.zoufangExecutable, ["tabulate", returns, "-o", path]).status == 0)
        let program = """
            import sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            print(book.sheetnames)
            for row in book["汇总表"].iter_rows(min_row=4, max_row=6, values_only=True):
                print(list(row))
            print(book["明细"].max_row)
            """
        let result = try runProcess(ExternalTools.python!, ["-c", program, path])
        #expect(result.output == """
            ['汇总表', '按类别', '问题清单', '明细']
            ['大平掌', 6, 1, 1, 0, 4, 11, 3, 0, 5, 6, 3, 3, 0, 2]
            ['麻栗坪', 5, 1, 0, 1, 3, 8, 2, 1, 5, 5, 3, 1, 1, 3]
            ['合计', 11, 2, 1, 1, 7, 19, 5, 1, 10, 11, 6, 4, 1, 5]
            12

            """)
        try? FileManager.default.removeItem(atPath: directory)
    }

    @Test func usageErrorsExitTwo() throws {
        let unknown = try runProcess(Repository.zoufangExecutable, ["tabulate", returns, "--by", "hamlet,村"])
        #expect(unknown.status == 2)
        #expect(unknown.errorOutput == "分组字段 村 不在问卷中，请检查 --by 或 group_by 的拼写\n")
        let overwrite = try runProcess(Repository.zoufangExecutable, ["tabulate", returns, "-o", returns, "--format", "csv"])
        #expect(overwrite.status == 2)
        #expect(overwrite.errorOutput.contains("输出文件不能是输入文件本身"))
        let workbookToStdout = try runProcess(Repository.zoufangExecutable, ["tabulate", returns, "--format", "xlsx"])
        #expect(workbookToStdout.status == 2)
    }
}

extension TabulateCommandTests {
    @Test func inputEncodingAndNoReturns() throws {
        let given = try runProcess(Repository.zoufangExecutable, ["tabulate", returns, "--input-encoding", "gb18030", "--by", "hamlet"])
        #expect(given.status == 0)
        #expect(given.output.hasSuffix("合计,11,19,5,1,10,11,6,4,1,5\r\n"))
        let directory = try scratch()
        let none = try runProcess(Repository.zoufangExecutable, ["tabulate", directory])
        #expect(none.status == 2)
        #expect(none.errorOutput.hasPrefix("没有找到走访登记表文件"))
        try? FileManager.default.removeItem(atPath: directory)
    }
}

extension TabulateCommandTests {
    /// The three reference returns (LibreOffice and XlsxWriter workbooks, a GB18030 CSV) give the table of
    /// fixtures/reference/expected-table.json, row for row, with the measure ids of spec/outputs.md.
    @Test func referenceReturnsGiveTheExpectedTable() throws {
        let result = try runProcess(Repository.zoufangExecutable, ["tabulate", Repository.fixture("returns"), "--format", "json"])
        #expect(result.status == 0)
        #expect(result.errorOutput == "汇总了 44 户（读取记录 45 条；错误 5 个，警告 1 个，详见 zoufang check）\n")
        let ours = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let expectedData = try Data(contentsOf: URL(fileURLWithPath: Repository.fixture("reference/expected-table.json")))
        let expected = try #require(try JSONSerialization.jsonObject(with: expectedData) as? [String: Any])
        let ourRows = try #require(ours["rows"] as? [NSDictionary])
        let expectedRows = try #require(expected["rows"] as? [NSDictionary])
        #expect(ourRows.count == expectedRows.count)
        for (row, expectedRow) in zip(ourRows, expectedRows) {
            #expect(row == expectedRow)
        }
    }
}
