import CLibZip
import Foundation

/// XLSX reader, two ways in:
/// - an input starting with `PK` is the .xlsx file itself, to fuzz the zip container;
/// - any other input is a list of XML parts separated by `PartSeparator`, packed into a valid zip (stored,
///   so the fuzzer's bytes reach the XML parser unchanged). Parts fill `partNames` in order and missing
///   ones come from a minimal workbook, so a mutated sheet1.xml alone already reaches the cell decoder.
let partSeparator = Array("\n@@PART@@\n".utf8)

let partNames = [
    "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "_rels/.rels",
]

let minimalParts = [
    #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row></sheetData></worksheet>"#,
    #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>户主</t></si></sst>"#,
    #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>"#,
    #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
    #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#,
    #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#,
    #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
].map { Array($0.utf8) }

/// The input cut at every separator, at most one piece per part name.
func splitParts(_ bytes: UnsafeBufferPointer<UInt8>) -> [ArraySlice<UInt8>] {
    var parts: [ArraySlice<UInt8>] = []
    var start = 0
    var index = 0
    while index + partSeparator.count <= bytes.count, parts.count < partNames.count - 1 {
        if bytes[index] == partSeparator[0], Array(bytes[index..<index + partSeparator.count]) == partSeparator {
            parts.append(ArraySlice(bytes[start..<index]))
            index += partSeparator.count
            start = index
        } else {
            index += 1
        }
    }
    parts.append(ArraySlice(bytes[start...]))
    return parts
}

/// Writes the parts into a stored (uncompressed) zip at `path` with libzip. libzip reads the buffers
/// only when the archive is closed, so they are freed after that.
func writePackage(_ parts: [ArraySlice<UInt8>], to path: String) -> Bool {
    var error: Int32 = 0
    guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &error) else { return false }
    var buffers: [UnsafeMutableRawPointer] = []
    defer { buffers.forEach { free($0) } }
    for (index, name) in partNames.enumerated() {
        let content = index < parts.count ? Array(parts[index]) : minimalParts[index]
        let copy = malloc(max(content.count, 1))!
        buffers.append(copy)
        content.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: content.count) } }
        guard let source = zip_source_buffer(archive, copy, zip_uint64_t(content.count), 0) else {
            zip_discard(archive)
            return false
        }
        let entry = zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        if entry < 0 {
            zip_source_free(source)
            zip_discard(archive)
            return false
        }
        zip_set_file_compression(archive, zip_uint64_t(entry), ZIP_CM_STORE, 0)
    }
    return zip_close(archive) == 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let path: String
    if size >= 2, bytes[0] == 0x50, bytes[1] == 0x4B {
        path = FuzzFile.write(UnsafeRawBufferPointer(bytes), extension: "xlsx")
    } else {
        path = FuzzFile.path(extension: "xlsx")
        guard writePackage(splitParts(bytes), to: path) else { return 0 }
    }
    if let reader = try? Spreadsheets.open(path) {
        readEverything(reader)
    }
    return 0
}
