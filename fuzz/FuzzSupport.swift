import Foundation
import Spreadsheet

/// Shared by every fuzz target: the readers take paths, so each input goes through a file in /dev/shm
/// (memory, not disk) named after the process, so parallel fuzz jobs never share one.
enum FuzzFile {
    static func path(extension ext: String) -> String {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        return "\(folder)/zoufang-fuzz-\(getpid()).\(ext)"
    }

    static func write(_ bytes: UnsafeRawBufferPointer, extension ext: String) -> String {
        let target = path(extension: ext)
        FileManager.default.createFile(atPath: target, contents: Data(bytes))
        return target
    }
}

/// Everything a caller can ask of a reader: every sheet's merges and rows, then the notes.
func readEverything(_ reader: any SpreadsheetReader) {
    for index in reader.sheets.indices {
        _ = try? reader.mergedRanges(sheet: index)
        var cells = 0
        try? reader.forEachRow(sheet: index) { row in
            cells += row.cells.count
            for cell in row.cells { _ = cell.isEmpty }
        }
    }
    _ = reader.notes
}
