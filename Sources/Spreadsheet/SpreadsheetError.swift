import Foundation

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
        /// An output file could not be written (folder missing, not writable, disk full).
        case cannotWrite
        /// An output path names one of the inputs.
        case overwritesInput
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

    /// Writing `path` failed; `reason` is the system's or libzip's word for why (strerror of errno by default).
    public static func cannotWrite(_ path: String, reason: String = String(cString: strerror(errno))) -> SpreadsheetError {
        SpreadsheetError(.cannotWrite, file: path, message: LocalizedText(
            zh: "无法写入输出文件（\(reason)），请检查目录是否存在、是否可写、磁盘是否已满",
            en: "cannot write the output file (\(reason)): check the folder exists, is writable and the disk is not full"))
    }
}
