import Foundation

/// The schema loader: the input is a Markdown schema file's text (UTF-8, as the loader requires), loaded as
/// `zoufang --schema x.md` would after reading it.
/// Each line is also handed to the expression parser (constraints and relevance live in one cell each).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSchema(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // Text, not a path: Foundation's FileManager.contents(atPath:) leaks 4 KiB on some files (LeakSanitizer,
    // swift-foundation in Swift 6.3.1), which would stop the run on every one of them.
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    _ = try? Schema.markdown(text, file: "fuzz.md")
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
