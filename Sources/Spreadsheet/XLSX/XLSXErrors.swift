/// The messages for files that cannot be read, each naming what to do.
enum XLSXErrors {
    static func from(_ failure: ZipArchive.Failure, file: String) -> SpreadsheetError {
        switch failure {
        case .notZip:
            return SpreadsheetError(.notSpreadsheet, file: file, message: LocalizedText(
                zh: "不是有效的 .xlsx 工作簿（不是 zip 文件，或文件不完整），请用 Excel、WPS 或 LibreOffice 重新另存为 .xlsx",
                en: "not a valid .xlsx workbook (not a zip file, or cut short): save it again as .xlsx from Excel, WPS or LibreOffice"))
        case .missing(let entry):
            return malformed(file: file, part: entry, detail: "missing part")
        case .corrupt(let entry, let reason):
            return SpreadsheetError(.corruptZip, file: file, part: entry, message: LocalizedText(
                zh: "工作簿已损坏或不完整（\(entry.map { $0 + "：" } ?? "")\(reason)），请重新复制或从原程序重新保存",
                en: "the workbook is damaged or incomplete (\(entry.map { $0 + ": " } ?? "")\(reason)): copy it again or save it again from the program that made it"))
        case .encrypted:
            return encrypted(file: file)
        case .tooLarge(let entry):
            return SpreadsheetError(.limitExceeded, file: file, part: entry, message: LocalizedText(
                zh: "工作簿解压后过大（\(entry) 超过安全上限，可能是恶意的“压缩炸弹”），请确认文件来源；正常的登记表请拆分后再读",
                en: "the workbook inflates beyond the safety limit (\(entry); possibly a zip bomb): check where the file came from, or split a genuine return into smaller files"))
        }
    }

    /// A zip that is not a workbook: an OpenDocument spreadsheet, a Word or PowerPoint file.
    static func notWorkbook(file: String) -> SpreadsheetError {
        SpreadsheetError(.notSpreadsheet, file: file, message: LocalizedText(
            zh: "不是 .xlsx 工作簿（可能是 .ods 或 Word、PowerPoint 文件），请用 Excel、WPS 或 LibreOffice 另存为 .xlsx",
            en: "not an .xlsx workbook (perhaps an .ods, Word or PowerPoint file): save it as .xlsx from Excel, WPS or LibreOffice"))
    }

    static func encrypted(file: String) -> SpreadsheetError {
        SpreadsheetError(.encrypted, file: file, message: LocalizedText(
            zh: "工作簿设有打开密码：请在 Excel/WPS 中去掉密码后重新保存",
            en: "the workbook is password protected: remove the password and save it again"))
    }

    static func malformed(file: String, part: String, detail: String) -> SpreadsheetError {
        SpreadsheetError(.malformedXML, file: file, part: part, message: LocalizedText(
            zh: "工作簿内部结构有误（\(part)：\(detail)），请用 Excel、WPS 或 LibreOffice 打开后重新另存为 .xlsx",
            en: "the workbook's inner structure is broken (\(part): \(detail)): open it in Excel, WPS or LibreOffice and save it again as .xlsx"))
    }

    static func doctype(file: String, part: String) -> SpreadsheetError {
        SpreadsheetError(.malformedXML, file: file, part: part, message: LocalizedText(
            zh: "工作簿含有不允许的 DOCTYPE 声明（\(part)），出于安全原因拒绝读取；请用 Excel、WPS 或 LibreOffice 重新另存为 .xlsx",
            en: "the workbook holds a DOCTYPE declaration (\(part)), refused for safety: save it again as .xlsx from Excel, WPS or LibreOffice"))
    }

    static func cellOutOfRange(file: String, sheet: String, reference: String) -> SpreadsheetError {
        SpreadsheetError(.limitExceeded, file: file, part: sheet, message: LocalizedText(
            zh: "工作表“\(sheet)”中的单元格位置 \(reference) 超出 Excel 的范围（最大 XFD1048576），文件已损坏；请重新保存",
            en: "sheet \"\(sheet)\" has a cell at \(reference), beyond Excel's last cell XFD1048576: the file is damaged, save it again"))
    }

    static func tooLong(file: String, part: String) -> SpreadsheetError {
        SpreadsheetError(.limitExceeded, file: file, part: part, message: LocalizedText(
            zh: "工作簿中有超长的内容（\(part)），超过安全上限；请确认文件来源后重新保存",
            en: "the workbook holds an over-long item (\(part)) beyond the safety limit: check where the file came from and save it again"))
    }
}
