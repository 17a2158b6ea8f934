import Foundation

/// CSV reader: the input is the file's bytes. Each input is read twice — once with the encoding
/// detected (BOMs, UTF-8 validation, the GB18030 structure check) and once forced to an encoding picked
/// by the input's length, so invalid bytes also reach every decoder.
private let forcedEncodings = ["utf-8", "gb18030", "utf-16le", "utf-16be", "utf-8-sig"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = FuzzFile.write(UnsafeRawBufferPointer(start: data, count: size), extension: "csv")
    if let reader = try? CSVReader(path: path, options: ReadOptions()) {
        readEverything(reader)
    }
    let forced = ReadOptions(encoding: forcedEncodings[size % forcedEncodings.count])
    if let reader = try? CSVReader(path: path, options: forced) {
        readEverything(reader)
    }
    return 0
}
