import ArgumentParser
import Spreadsheet

struct CatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cat",
        abstract: "打印工作表原始单元格 / Print a sheet's cells exactly as read."
    )

    @Argument(help: "A .xlsx, .csv, .tsv or .txt file.")
    var file: String

    func run() throws {
        let reader = try Spreadsheets.open(file)
        for index in reader.sheets.indices {
            try reader.forEachRow(sheet: index) { row in
                print(row.number, row.cells)
            }
        }
    }
}
