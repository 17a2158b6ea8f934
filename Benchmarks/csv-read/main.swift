import Foundation
import Spreadsheet

// Reads a CSV file through CSVReader and prints rows, cells, wall and CPU seconds (for scripts/bench-csv-read).
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: bench-csv-read FILE [ENCODING]\n".utf8))
    exit(2)
}
let started = DispatchTime.now()
let startedCPU = clock()
var rows = 0
var cells = 0
var textBytes = 0
do {
    let reader = try CSVReader(path: arguments[1], options: ReadOptions(encoding: arguments.count > 2 ? arguments[2] : nil))
    try reader.forEachRow(sheet: 0) { row in
        rows += 1
        for case .text(let text) in row.cells {
            cells += 1
            textBytes += text.utf8.count
        }
    }
} catch let error as SpreadsheetError {
    FileHandle.standardError.write(Data("\(error.file): \(error.message.en)\n".utf8))
    exit(1)
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
let cpu = Double(clock() - startedCPU) / Double(CLOCKS_PER_SEC)
print("rows=\(rows) cells=\(cells) bytes=\(textBytes) seconds=\(seconds) cpu=\(cpu)")
