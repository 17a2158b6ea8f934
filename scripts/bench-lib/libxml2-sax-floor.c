/* libxml2's SAX2 push parser over XML on stdin with empty callbacks: the least libxml2 can spend on a
   sheet body, before any cell work. scripts/bench-xlsx-read compares our whole read against it. */
#include <libxml/parser.h>
#include <stdio.h>

static void start(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri, int nsCount,
                  const xmlChar **ns, int count, int defaulted, const xmlChar **attributes) {}
static void end(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri) {}
static void text(void *ctx, const xmlChar *text, int length) {}

int main(void) {
    xmlSAXHandler sax = {0};
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = start;
    sax.endElementNs = end;
    sax.characters = text;
    static char chunk[1 << 18];
    xmlParserCtxtPtr parser = xmlCreatePushParserCtxt(&sax, NULL, NULL, 0, "stdin");
    xmlCtxtUseOptions(parser, XML_PARSE_NONET);
    size_t count;
    while ((count = fread(chunk, 1, sizeof chunk, stdin)) > 0) xmlParseChunk(parser, chunk, (int)count, 0);
    xmlParseChunk(parser, NULL, 0, 1);
    int ok = parser->wellFormed;
    xmlFreeParserCtxt(parser);
    return ok ? 0 : 1;
}
