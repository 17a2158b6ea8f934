import Foundation

/// What a file is, decided from its first bytes (never from the extension alone).
enum FileKind {
    case zip
    case text

    private static let textExtensions: Set<String> = ["csv", "tsv", "txt"]
    private static let workbookExtensions: Set<String> = ["xlsx", "xlsm"]
    /// Zip-based spreadsheets that are not OOXML workbooks: named, with what to do, instead of a parse error.
    private static let otherZipSpreadsheets: Set<String> = ["ods", "numbers", "xlsb"]

    static func detect(_ path: String) throws(SpreadsheetError) -> FileKind {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SpreadsheetError(.notFound, file: path, message: LocalizedText(
                zh: "找不到文件或无法打开，请检查路径和读取权限",
                en: "file not found or not readable: check the path and permissions"))
        }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
        let ext = (path as NSString).pathExtension.lowercased()
        if head.isEmpty {
            throw SpreadsheetError(.emptyFile, file: path, message: LocalizedText(
                zh: "文件是空的（0 字节），请重新导出或保存",
                en: "the file is empty (0 bytes): export or save it again"))
        }
        if head.starts(with: [0x50, 0x4B]) {
            guard !otherZipSpreadsheets.contains(ext) else {
                throw SpreadsheetError(.unsupportedFormat, file: path, message: LocalizedText(
                    zh: "不支持 .\(ext) 文件：请在 LibreOffice、WPS 或 Excel 中另存为 .xlsx",
                    en: "the .\(ext) format is not supported: save it as .xlsx in LibreOffice, WPS or Excel"))
            }
            return .zip
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw compoundFileError(path)
        }
        if textExtensions.contains(ext) { return .text }
        if workbookExtensions.contains(ext) {
            throw SpreadsheetError(.notSpreadsheet, file: path, message: LocalizedText(
                zh: "不是有效的 .xlsx 工作簿（不是 zip 文件），请用 Excel、WPS 或 LibreOffice 重新另存为 .xlsx",
                en: "not a valid .xlsx workbook (not a zip file): save it again as .xlsx from Excel, WPS or LibreOffice"))
        }
        throw SpreadsheetError(.unsupportedFormat, file: path, message: LocalizedText(
            zh: "不支持的文件类型 .\(ext)：请另存为 .xlsx 或 .csv",
            en: "unsupported file type .\(ext): save it as .xlsx or .csv"))
    }

    /// A CFB (OLE2) container is a password-protected .xlsx (an `EncryptionInfo` and `EncryptedPackage`
    /// stream), a legacy .xls (a `Workbook` stream, `Book` in Excel 5) or some other Office file such as a
    /// .doc. Stream names sit in the directory in UTF-16LE, so looking for them in the bytes is enough.
    private static func compoundFileError(_ path: String) -> SpreadsheetError {
        let data = (try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)) ?? Data()
        func holds(_ name: String) -> Bool {
            data.range(of: Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) != nil
        }
        if holds("EncryptionInfo") || holds("EncryptedPackage") {
            return XLSXErrors.encrypted(file: path)
        }
        if holds("Workbook") || holds("Book") {
            return SpreadsheetError(.legacyXLS, file: path, message: LocalizedText(
                zh: "这是旧版 .xls 文件：请在 Excel/WPS 中另存为 .xlsx",
                en: "this is a legacy .xls file: save it as .xlsx in Excel or WPS"))
        }
        return SpreadsheetError(.notSpreadsheet, file: path, message: LocalizedText(
            zh: "这是其他 Office 文件（不是工作簿），请选择 .xlsx 或 .csv 文件",
            en: "this is another kind of Office file, not a workbook: choose an .xlsx or .csv file"))
    }
}
