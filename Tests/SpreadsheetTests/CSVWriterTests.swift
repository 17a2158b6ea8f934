import Foundation
import Testing
import Spreadsheet
import TestSupport

@Suite struct CSVWriterTests {
    typealias T = CSVTesting

    private func written(_ rows: [[CellValue]], encoding: CSVOutputEncoding = .utf8) throws -> (path: String, bytes: [UInt8]) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zoufang-out-\(UUID().uuidString).csv").path
        let writer = try CSVWriter(path: path, encoding: encoding)
        for row in rows { try writer.write(row) }
        try writer.finish()
        return (path, [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    @Test func exactBytes() throws {
        let rows: [[CellValue]] = [
            [.text("序号"), .text("姓名"), .text("备注")],
            [.number(1), .text("李四"), .text("说\"好\"，a,b")],
            [.number(0.1), .number(1e17), .number(-2.5), .number(1.5e-7), .number(123456789012.25)],
            [.bool(true), .bool(false), .date(DateTime(year: 2018, month: 7, day: 17)),
             .date(DateTime(year: 2018, month: 7, day: 17, hour: 8, minute: 30, second: 5)), .error("#N/A")],
            [],
            [.empty, .text("line\r\nbreak"), .text("00123"), .empty],
        ]
        let expected = "\u{FEFF}序号,姓名,备注\r\n1,李四,\"说\"\"好\"\"，a,b\"\r\n0.1,1E+17,-2.5,1.5E-07,123456789012.25\r\n"
            + "TRUE,FALSE,2018-07-17,2018-07-17 08:30:05,#N/A\r\n\r\n,\"line\r\nbreak\",00123,\r\n"
        #expect(try written(rows).bytes == Array(expected.utf8))
    }

    @Test func formulaLikeTextGetsAnApostrophe() throws {
        let rows: [[CellValue]] = [[.text("=1+1"), .text("+86 138"), .text("-5"), .text("@SUM(A1)"), .text("\tx"), .text("\ry"), .number(-5)]]
        let expected = "\u{FEFF}\"'=1+1\",\"'+86 138\",\"'-5\",\"'@SUM(A1)\",\"'\tx\",\"'\ry\",-5\r\n"
        #expect(try written(rows).bytes == Array(expected.utf8))
    }

    @Test func gb18030() throws {
        let result = try written([[.text("序号"), .text("a,b")], [.text("李四")]], encoding: .gb18030)
        #expect(result.bytes == T.gb18030("序号,\"a,b\"\r\n李四\r\n"))
        #expect(try T.read(result.path, encoding: "gb18030").rows == [T.row(1, ["序号", "a,b"]), T.row(2, ["李四"])])
    }

    @Test func nothingAppearsUntilFinishedAndInputsAreProtected() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zoufang-out-\(UUID().uuidString).csv").path
        let writer = try CSVWriter(path: path)
        try writer.write([.text("x")])
        #expect(!FileManager.default.fileExists(atPath: path))
        try writer.finish()
        #expect(FileManager.default.fileExists(atPath: path))
        let error = T.error { _ = try CSVWriter(path: path, protectedPaths: [path]) }
        #expect(error?.kind == .overwritesInput)
    }

    /// LibreOffice runs `=1+1` from a CSV as a formula; with the apostrophe it keeps the text.
    @Test func libreOfficeShowsEscapedFormulasAsText() throws {
        guard try ExternalTools.available(ExternalTools.soffice, named: "soffice"),
              try ExternalTools.available(ExternalTools.python, named: "python") else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zoufang-lo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = try CSVWriter(path: folder + "/escaped.csv")
        try writer.write([.text("=1+1"), .text("+1+2"), .text("-3+4"), .text("@SUM(1)")])
        try writer.finish()
        try Data("=1+1,2\r\n".utf8).write(to: URL(fileURLWithPath: folder + "/plain.csv"))
        for name in ["escaped", "plain"] {
            let result = try runProcess(
                ExternalTools.soffice!, [
                    "--headless", "--infilter=Text - txt - csv (StarCalc):44,34,76", "--convert-to", "xlsx", "--outdir", folder, folder + "/\(name).csv"],
                environment: ["HOME": folder])
            #expect(result.status == 0)
        }
        let script = """
            import openpyxl, sys
            for name in ("escaped", "plain"):
                row = next(openpyxl.load_workbook(sys.argv[1] + "/" + name + ".xlsx").active.iter_rows())
                print(name, [(c.value, c.data_type) for c in row])
            """
        let output = try runProcess(ExternalTools.python!, ["-c", script, folder]).output
        #expect(output == """
            escaped [("'=1+1", 's'), ("'+1+2", 's'), ("'-3+4", 's'), ("'@SUM(1)", 's')]
            plain [('=1+1', 'f'), (2, 'n')]

            """)
    }
}
