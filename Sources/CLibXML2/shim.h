#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU; its headers would then include ICU's, which clash with the copy
// inside Foundation ("UErrorCode has different definitions"). We use no ICU-dependent API.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
