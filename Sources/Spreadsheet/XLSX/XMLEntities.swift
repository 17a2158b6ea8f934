/// XML's predefined entities (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`) and character references
/// (`&#20013;` `&#x4E2D;`). Nothing else can be referenced: worksheets may not declare entities.
enum XMLEntities {
    static func decode(_ text: UnsafeBufferPointer<UInt8>, into output: ByteAccumulator) throws(XMLByteScanner.Failure) {
        var index = 0
        while index < text.count {
            let byte = text[index]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                index += 1
                continue
            }
            guard let semicolon = text[index...].firstIndex(of: UInt8(ascii: ";")) else {
                throw .malformed("'&' without ';'")
            }
            let name = UnsafeBufferPointer(rebasing: text[(index + 1)..<semicolon])
            try append(reference: name, to: output)
            index = semicolon + 1
        }
    }

    private static func append(reference name: UnsafeBufferPointer<UInt8>, to output: ByteAccumulator) throws(XMLByteScanner.Failure) {
        switch Array(name) {
        case Array("amp".utf8): output.append(UInt8(ascii: "&"))
        case Array("lt".utf8): output.append(UInt8(ascii: "<"))
        case Array("gt".utf8): output.append(UInt8(ascii: ">"))
        case Array("quot".utf8): output.append(UInt8(ascii: "\""))
        case Array("apos".utf8): output.append(UInt8(ascii: "'"))
        default:
            guard name.first == UInt8(ascii: "#"), let scalar = characterReference(name.dropFirst()) else {
                throw .malformed("unknown entity &\(String(decoding: name, as: UTF8.self));")
            }
            for byte in String(Character(scalar)).utf8 { output.append(byte) }
        }
    }

    private static func characterReference(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
        var value: UInt32 = 0
        var body = digits[...]
        let hex = body.first == UInt8(ascii: "x")
        if hex { body = body.dropFirst() }
        guard !body.isEmpty, body.count <= 8 else { return nil }
        for byte in body {
            if hex {
                guard let digit = ExcelText.hexDigit(byte) else { return nil }
                value = value << 4 | digit
            } else {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + UInt32(byte - UInt8(ascii: "0"))
            }
        }
        return Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 }
    }
}
