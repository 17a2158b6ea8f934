import Foundation

/// A file written next to its destination under a temporary name and renamed into place when complete,
/// so a reader never sees half a file and a failed run leaves the old file untouched.
public final class AtomicOutput {
    public let destination: String
    public let temporaryPath: String
    private var committed = false

    /// Refuses to write over any of `protectedPaths` (the inputs), comparing resolved paths.
    public init(destination: String, protectedPaths: [String] = []) throws(SpreadsheetError) {
        let target = URL(fileURLWithPath: destination).standardizedFileURL.resolvingSymlinksInPath().path
        for path in protectedPaths
        where URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path == target {
            throw SpreadsheetError(.overwritesInput, file: destination, message: LocalizedText(
                zh: "输出文件不能是输入文件本身，请换一个输出路径",
                en: "the output would overwrite an input file: choose another output path"))
        }
        self.destination = destination
        let directory = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        self.temporaryPath = (directory.isEmpty ? "." : directory) + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// Moves the finished temporary file into place.
    public func commit() throws(SpreadsheetError) {
        guard rename(temporaryPath, destination) == 0 else { throw SpreadsheetError.cannotWrite(destination) }
        committed = true
    }

    deinit {
        if !committed { unlink(temporaryPath) }
    }
}
