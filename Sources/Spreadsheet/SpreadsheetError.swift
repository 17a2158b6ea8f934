/// Why a file could not be read at all: one clear message naming the file and what to do.
public struct SpreadsheetError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case notFound
        case unsupportedFormat
        case legacyXLS
        case encrypted
        case notSpreadsheet
        case corruptZip
        case malformedXML
        case limitExceeded
        case undecodableText
        case emptyFile
    }

    public var kind: Kind
    /// The path as given on the command line.
    public var file: String
    /// The package part or sheet concerned, when there is one.
    public var part: String?
    public var message: LocalizedText

    public init(_ kind: Kind, file: String, part: String? = nil, message: LocalizedText) {
        self.kind = kind
        self.file = file
        self.part = part
        self.message = message
    }

    public var description: String { file + ": " + message.zh }
}
