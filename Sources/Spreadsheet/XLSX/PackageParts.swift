import Foundation

/// One `<Relationship>` of a package part, its target already resolved to a part name.
struct Relationship {
    var id: String
    /// The last segment of the type URI (`worksheet`, `sharedStrings`), so transitional
    /// (`http://schemas.openxmlformats.org/...`) and Strict (`http://purl.oclc.org/ooxml/...`) types match alike.
    var kind: String
    var target: String
}

/// Finds parts through relationships, never by fixed names, and parses them with the safe XML parser.
struct PackageParts {
    let archive: ZipArchive
    let file: String

    /// The relationships of `part` (`""` for the package itself), from `<folder>/_rels/<name>.rels`.
    /// A part without relationships has none; that is not an error.
    func relationships(of part: String) throws(SpreadsheetError) -> [Relationship] {
        let folder = Self.folder(of: part)
        let relsPart = Self.relationshipsPart(of: part)
        guard archive.contains(relsPart) else { return [] }
        let handler = RelationshipsHandler()
        try parse(relsPart, with: handler)
        return handler.relationships.map { item in
            Relationship(id: item.id, kind: item.kind, target: Self.resolve(item.target, from: folder))
        }
    }

    /// Runs the safe SAX parser over a part, turning every failure into a message naming the file and part.
    func parse(_ part: String, with handler: any XMLEventHandler) throws(SpreadsheetError) {
        do {
            let stream = try open(part)
            try XMLEventParser.parse(stream, with: handler)
        } catch {
            switch error {
            case .doctype: throw XLSXErrors.doctype(file: file, part: part)
            case .malformed(let detail): throw XLSXErrors.malformed(file: file, part: part, detail: detail)
            case .zip(let failure): throw XLSXErrors.from(failure, file: file)
            case .stopped(let reason): throw reason
            }
        }
    }

    func open(_ part: String) throws(XMLEventParser.Failure) -> ZipArchive.EntryStream {
        do {
            return try archive.open(archive.contains(part) ? part : Self.percentDecoded(part))
        } catch {
            throw .zip(error)
        }
    }

    func contains(_ part: String) -> Bool {
        archive.contains(part) || archive.contains(Self.percentDecoded(part))
    }

    static func relationshipsPart(of part: String) -> String {
        folder(of: part) + "_rels/" + (part as NSString).lastPathComponent + ".rels"
    }

    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// A target relative to the source part's folder, or absolute (`/xl/...`); backslashes read as slashes,
    /// `.` and `..` segments resolved.
    static func resolve(_ target: String, from folder: String) -> String {
        let slashed = target.replacingOccurrences(of: "\\", with: "/")
        let joined = slashed.hasPrefix("/") ? slashed : folder + slashed
        var segments: [Substring] = []
        for segment in joined.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    private static func percentDecoded(_ part: String) -> String {
        part.removingPercentEncoding ?? part
    }
}

private final class RelationshipsHandler: XMLEventHandler {
    var relationships: [(id: String, kind: String, target: String)] = []
    let stopReason: SpreadsheetError? = nil

    func start(_ element: XMLElement) {
        guard element.is("Relationship"), element.attribute("TargetMode")?.lowercased() != "external",
              let id = element.attribute("Id"), let type = element.attribute("Type"),
              let target = element.attribute("Target") else { return }
        let kind = type.split(separator: "/").last.map(String.init) ?? type
        relationships.append((id, kind, target))
    }

    func end(_ localName: UnsafePointer<UInt8>) {}
    func characters(_ text: UnsafeBufferPointer<UInt8>) {}
}
