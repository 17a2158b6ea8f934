import Foundation

/// The schema loader: the input is a Markdown schema file's text, loaded as `zoufang --schema x.md` would.
/// Each line is also handed to the expression parser (constraints and relevance live in one cell each).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSchema(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let path = FuzzFile.write(UnsafeRawBufferPointer(bytes), extension: "md")
    _ = Schema.check(path: path)
    let text = String(decoding: bytes, as: UTF8.self)
    for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(64) {
        _ = try? ExpressionParser.parse(String(line))
    }
    return 0
}

/// The fuzz build compiles the Questionnaire sources without SwiftPM's resource bundle; the schema
/// loader never reads the built-in questionnaire here.
extension Bundle {
    static var module: Bundle { .main }
}
