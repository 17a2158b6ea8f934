import Foundation
import Testing
import TestSupport

@Suite struct SchemaExportTests {
    @Test func builtInSchemaRoundTripsThroughTheWorkbook() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let export = try runProcess(Repository.zoufangExecutable, ["schema", "export", "-o", path])
        #expect(export.status == 0)
        let builtIn = try runProcess(Repository.zoufangExecutable, ["schema", "show"])
        let reloaded = try runProcess(Repository.zoufangExecutable, ["schema", "show", "--schema", path])
        #expect(reloaded.status == 0)
        #expect(reloaded.output == builtIn.output)
        let check = try runProcess(Repository.zoufangExecutable, ["schema", "check", path, "--lang", "en"])
        #expect(check.output == "\(path): usable, 21 fields, 0 warnings\n")

        let again = try runProcess(Repository.zoufangExecutable, ["schema", "export", "-o", path, "--lang", "en"])
        #expect(again.status == 2)
        #expect(again.errorOutput == "\(path) exists: choose another name or add --force to replace it\n")
    }

    @Test func openpyxlSeesTheThreeXLSFormSheets() throws {
        guard try ExternalTools.available(ExternalTools.python, named: "python with openpyxl") else { return }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try runProcess(Repository.zoufangExecutable, ["schema", "export", "-o", path]).status == 0)
        let script = """
            import sys, warnings, openpyxl
            warnings.simplefilter("error")
            book = openpyxl.load_workbook(sys.argv[1])
            survey = book["survey"]
            print(book.sheetnames, survey.max_row, survey["A1"].value, survey["B2"].value)
            """
        let result = try runProcess(ExternalTools.python!, ["-c", script, path])
        #expect(result.errorOutput == "")
        #expect(result.output == "['survey', 'choices', 'settings'] 22 type form_no\n")
    }
}
