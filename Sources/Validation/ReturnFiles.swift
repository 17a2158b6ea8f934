import Foundation

/// The return files named on a command line: files as given, folders searched recursively.
public enum ReturnFiles {
    /// Extensions of files taken from a folder (a file named directly is taken whatever its name). Other
    /// spreadsheet formats (.xls, .ods, WPS's .et, …) are taken too, so each is reported with what to do
    /// (save as .xlsx) instead of being passed over in silence.
    public static let extensions: Set<String> = ["xlsx", "xlsm", "csv", "tsv", "txt", "xls", "xlsb", "ods", "et", "numbers"]

    /// Each path as given when it is not a folder (a missing file is kept, to be reported unreadable);
    /// the return files inside a folder in path order, skipping hidden files and folders (LibreOffice's
    /// `.~lock.…#`) and Office's `~$` lock files. A file reached twice (named and inside a named folder, or
    /// through a link) is read once, at its first place.
    public static func expand(_ paths: [String]) -> [String] {
        var seen = Set<String>()
        return paths.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                return [path]
            }
            return filesInside(path)
        }.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path).inserted }
    }

    private static func filesInside(_ folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            let path = base + relative
            var isFolder: ObjCBool = false
            guard !name.hasPrefix("~$"), FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
                  !isFolder.boolValue, extensions.contains((name as NSString).pathExtension.lowercased())
            else { continue }
            found.append(path)
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
