/// The messages for a text file that cannot be decoded: they name the byte offset and suggest `--input-encoding`.
enum TextDecodingFailure {
    static func invalid(path: String, encoding: String, offset: Int) -> SpreadsheetError {
        SpreadsheetError(.undecodableText, file: path, message: LocalizedText(
            zh: "文件不是有效的 \(encoding) 文本：字节偏移 \(offset) 处的字节无法解码。"
                + "请用 Excel/WPS 另存为“CSV UTF-8（逗号分隔）”，或用 --input-encoding 指定正确的编码（如 gb18030、utf-16le）",
            en: "the file is not valid \(encoding) text: the byte at offset \(offset) cannot be decoded. "
                + "Save it again as \"CSV UTF-8 (comma delimited)\" or give the right --input-encoding (e.g. gb18030, utf-16le)"))
    }

    /// Detection found neither UTF-8 nor GB18030.
    static func neitherUTF8NorGB18030(path: String, utf8Offset: Int, gb18030Offset: Int) -> SpreadsheetError {
        SpreadsheetError(.undecodableText, file: path, message: LocalizedText(
            zh: "无法识别文件编码：不是 UTF-8（字节偏移 \(utf8Offset) 处无效），也不是 GB18030（字节偏移 \(gb18030Offset) 处无效）。"
                + "请用 Excel/WPS 另存为“CSV UTF-8（逗号分隔）”，或用 --input-encoding 指定文件的编码（如 utf-16le、big5）",
            en: "cannot tell the file's encoding: it is not UTF-8 (invalid at byte offset \(utf8Offset)) nor GB18030 "
                + "(invalid at byte offset \(gb18030Offset)). Save it again as \"CSV UTF-8 (comma delimited)\" "
                + "or give its encoding with --input-encoding (e.g. utf-16le, big5)"))
    }

    static func unknownEncoding(path: String, name: String) -> SpreadsheetError {
        SpreadsheetError(.undecodableText, file: path, message: LocalizedText(
            zh: "不认识的编码名“\(name)”：请用 utf-8、gb18030、utf-16le、utf-16be 等",
            en: "unknown encoding name \"\(name)\": use utf-8, gb18030, utf-16le, utf-16be, …"))
    }
}
