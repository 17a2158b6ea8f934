import Foundation
import CLibXML2

/// An element start as libxml2 reports it: names are local (any prefix dropped, so `x:c` is `c`).
struct XMLElement {
    let localName: UnsafePointer<UInt8>
    /// libxml2's attribute array: five pointers per attribute (local name, prefix, URI, value start, value end).
    let attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    let attributeCount: Int

    func `is`(_ name: StaticString) -> Bool { XMLName.equal(localName, name) }

    /// The value of the attribute with this local name, whatever its prefix (`r:id`, `x:ref`).
    func attribute(_ name: StaticString) -> String? {
        guard let attributes else { return nil }
        for index in 0..<attributeCount {
            let base = index * 5
            guard let local = attributes[base], XMLName.equal(local, name),
                  let start = attributes[base + 3], let end = attributes[base + 4] else { continue }
            let value = UnsafeBufferPointer(start: start, count: end - start)
            // Without entity substitution libxml2 hands back `&` in an attribute as `&#38;`.
            guard value.contains(UInt8(ascii: "&")) else { return String(decoding: value, as: UTF8.self) }
            let decoded = ByteAccumulator()
            guard (try? XMLEntities.decode(value, into: decoded)) != nil else { return String(decoding: value, as: UTF8.self) }
            return String(decoding: decoded.bytes, as: UTF8.self)
        }
        return nil
    }
}

enum XMLName {
    static func equal(_ pointer: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        return memcmp(pointer, name.utf8Start, count) == 0 && pointer[count] == 0
    }
}

/// What a part's reader does with the events of its XML.
protocol XMLEventHandler: AnyObject {
    func start(_ element: XMLElement)
    func end(_ localName: UnsafePointer<UInt8>)
    func characters(_ text: UnsafeBufferPointer<UInt8>)
    /// Set by the handler to stop parsing (a limit was reached); the parser then reports `.stopped`.
    var stopReason: SpreadsheetError? { get }
}

/// Parses one package part with libxml2's SAX2 push parser, fed chunk by chunk from the zip entry.
/// Safe by construction: any DOCTYPE stops the parse (so no entity can be declared, let alone expanded),
/// the network is off, and neither XML_PARSE_NOENT nor XML_PARSE_HUGE is set.
enum XMLEventParser {
    enum Failure: Error {
        case doctype
        case malformed(String)
        case zip(ZipArchive.Failure)
        case stopped(SpreadsheetError)
    }

    /// The context libxml2 hands back to each callback.
    private final class Context {
        let handler: any XMLEventHandler
        var parser: xmlParserCtxtPtr?
        var sawDoctype = false

        init(handler: any XMLEventHandler) { self.handler = handler }
    }

    static func parse(_ stream: ZipArchive.EntryStream, with handler: any XMLEventHandler) throws(Failure) {
        let context = Context(handler: handler)
        var sax = handlerTable()
        let unmanaged = Unmanaged.passRetained(context)
        defer { unmanaged.release() }
        guard let parser = xmlCreatePushParserCtxt(&sax, unmanaged.toOpaque(), nil, 0, stream.name) else {
            throw .malformed("cannot create parser")
        }
        defer { xmlFreeParserCtxt(parser) }
        context.parser = parser
        xmlCtxtUseOptions(parser, Int32(XML_PARSE_NONET.rawValue))
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 256 << 10, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let count: Int
            do {
                count = try stream.read(into: chunk)
            } catch {
                throw .zip(error)
            }
            let bytes = chunk.baseAddress!.assumingMemoryBound(to: CChar.self)
            let status = xmlParseChunk(parser, bytes, Int32(count), count == 0 ? 1 : 0)
            if context.sawDoctype { throw .doctype }
            if let reason = handler.stopReason { throw .stopped(reason) }
            if status != 0 || parser.pointee.wellFormed == 0 { throw .malformed(lastError(parser)) }
            if count == 0 { return }
        }
    }

    private static func lastError(_ parser: xmlParserCtxtPtr) -> String {
        guard let error = xmlCtxtGetLastError(parser), let message = error.pointee.message else { return "not well-formed XML" }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return "line \(error.pointee.line): \(text)"
    }

    private static func context(_ pointer: UnsafeMutableRawPointer?) -> Context {
        Unmanaged<Context>.fromOpaque(pointer!).takeUnretainedValue()
    }

    private static func handlerTable() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = 0xDEED_BEAF  // XML_SAX2_MAGIC: namespace-aware callbacks
        sax.startElementNs = { pointer, localName, _, _, _, _, attributeCount, _, attributes in
            guard let localName else { return }
            let element = XMLElement(localName: localName, attributes: attributes, attributeCount: Int(attributeCount))
            XMLEventParser.context(pointer).handler.start(element)
        }
        sax.endElementNs = { pointer, localName, _, _ in
            guard let localName else { return }
            XMLEventParser.context(pointer).handler.end(localName)
        }
        let characters: charactersSAXFunc = { pointer, text, length in
            guard let text else { return }
            XMLEventParser.context(pointer).handler.characters(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        sax.cdataBlock = characters
        sax.internalSubset = { pointer, _, _, _ in
            let context = XMLEventParser.context(pointer)
            context.sawDoctype = true
            if let parser = context.parser { xmlStopParser(parser) }
        }
        sax.serror = { _, _ in }  // errors are read back from the parser, not printed
        return sax
    }
}
