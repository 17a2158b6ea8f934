import Foundation
import Questionnaire
import Spreadsheet
import Testing
@testable import Validation

/// First copies spilled to an unlinked temporary file: read back exactly from any block, nothing left on
/// disk, the same results when the file cannot be made, and repeats of early households found after
/// thousands of later ones.
@Suite struct SpillStoreTests {
    typealias H = HouseholdSchema

    private func values(_ i: Int) -> [String] {
        ["第\(i % 7)社", "李\(i)", String(530102198001010000 + i * 7919), String(repeating: "意见", count: i % 50)]
    }

    private func place(_ i: Int) -> CompactLocation {
        CompactLocation(file: UInt32(i % 3), sheet: 0, row: UInt32(i + 3))
    }

    private func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "zoufang-spill-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func blocksGoToAnUnlinkedFileAndReadBackFromAnyBlock() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var packed = PackedRecords(directory: folder)
        for i in 0..<20_000 { #expect(packed.append(place(i), keySource: .otherFields, values: values(i)) == Int32(i)) }
        #expect(packed.spillsToFile)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
        // Out of order and back again, more blocks than the cache holds.
        for i in [19_999, 0, 10_000, 1, 15_000, 5_000, 2, 12_345, 19_000, 3, 0, 19_999] {
            let stored = packed.record(Int32(i))
            #expect(stored.place == place(i))
            #expect(stored.values == values(i))
        }
    }

    @Test func aMissingTemporaryFolderKeepsTheBlocksInMemory() {
        var packed = PackedRecords(directory: "/nonexistent/zoufang-spill")
        for i in 0..<5_000 { _ = packed.append(place(i), keySource: .idNumber(field: 2), values: values(i)) }
        #expect(!packed.spillsToFile)
        for i in [4_999, 0, 2_500] {
            #expect(packed.record(Int32(i)).values == values(i))
            #expect(packed.record(Int32(i)).keySource == .idNumber(field: 2))
        }
    }

    @Test func repeatsOfEarlyHouseholdsAreFoundAcrossManyBlocks() {
        var validator = Validator(schema: H.make())
        let count = 20_000
        func household(_ i: Int, students: Int = 2) -> [String: FieldValue] {
            H.household("户主\(i)", hamlet: "第\(i % 9)社", phone: String(13_800_000_000 + i), students: students,
                        studentNames: ["学生\(i)", "学生\(i)乙"].prefix(students).map { $0 })
        }
        for i in 0..<count {
            let check = validator.check(H.record(household(i), row: i + 3))
            #expect(check == RecordCheck(issues: [], isCountedInTables: true))
        }
        let repeated = validator.check(H.record(household(0), file: "二组.xlsx", row: 3))
        #expect(repeated.isCountedInTables == false)
        #expect(repeated.issues.map(\.code) == [.duplicateKey])
        #expect(repeated.issues.first?.other == SourceLocation(file: "一组.xlsx", sheet: "Sheet1", row: 3))
        let sameSheet = validator.check(H.record(household(19_998), row: count + 3))
        #expect(sameSheet.issues.map(\.code) == [.duplicateRow])
        #expect(sameSheet.issues.first?.other?.row == 20_001)
        let conflict = validator.check(H.record(household(7_777, students: 1), file: "二组.xlsx", row: 4))
        #expect(conflict.issues == [Issue(
            .conflict, at: SourceLocation(file: "二组.xlsx", sheet: "Sheet1", row: 4, column: 2),
            field: "head_name", value: "户主7777", fields: ["students", "student_names"],
            other: SourceLocation(file: "一组.xlsx", sheet: "Sheet1", row: 7_780),
            message: LocalizedText(
                zh: "同一户（户主7777）已在 一组.xlsx「Sheet1」第 7780 行 登记，但这些值不同：在校学生数：本行「1」，那里「2」；学生姓名：本行「学生7777」，那里「学生7777、学生7777乙」。请核对纸质问卷，改正后删除多余的一份（汇总表只计第一份）。",
                en: "The same household (户主7777) is already on row 7780 of sheet Sheet1 in 一组.xlsx with different values: Students: here '1', there '2'; Student names: here '学生7777', there '学生7777, 学生7777乙'. Check the paper forms, correct the right copy and delete the other (tables count the first copy only)."))])
    }

    @Test func aReportReadsBackManyIssuesInOrderAndCopiesKeepTheirOwn() {
        func issue(_ i: Int) -> Issue {
            let row = (i * 7) % 3_000 + 2
            return Issue(
                i % 3 == 0 ? .duplicateRow : .conflict,
                at: SourceLocation(file: "一组.xlsx", sheet: i % 5 == 0 ? nil : "Sheet1", row: row, column: i % 4 == 0 ? nil : 2),
                field: i % 2 == 0 ? "head_name" : nil, value: i % 2 == 0 ? "户主\(i)" : nil,
                fields: i % 3 == 1 ? ["students", "student_names"] : nil,
                other: i % 3 == 2 ? SourceLocation(file: "二组.csv", sheet: "二组", row: i) : nil,
                message: LocalizedText(zh: "第 \(i) 个问题：" + String(repeating: "长", count: i % 40), en: "problem \(i)"))
        }
        var report = CheckReport()
        for i in 0..<3_000 { report.add(issue(i)) }
        var copy = report
        copy.add(issue(3_000))
        let expected = (0..<3_000).map(issue).sorted { lhs, rhs in
            ((lhs.location.sheet == nil ? 0 : 1), lhs.location.row ?? 0) < ((rhs.location.sheet == nil ? 0 : 1), rhs.location.row ?? 0)
        }
        #expect(report.issues == expected)
        #expect(report.errorCount == 2_000 && report.warningCount == 1_000)
        #expect(copy.issues.count == 3_001 && report.issues.count == 3_000)
    }
}
