// What an input is, told from its first bytes (and an HTTP Content-Type, when there is one).
#ifndef CLAIMDIFF_INPUT_DETECT_KIND_H_
#define CLAIMDIFF_INPUT_DETECT_KIND_H_

#include <string_view>

#include "claimdiff/document.h"

namespace claimdiff {

// PDF by its "%PDF-" signature at the start; DOCX by a ZIP archive holding word/document.xml; HTML by the
// WHATWG MIME sniffing patterns (a document starting, after white space, with "<!DOCTYPE HTML",
// "<html", "<head", "<body", "<p", "<div", "<!--" ...) or an XHTML prologue, or by a
// text/html or application/xhtml+xml `content_type`; anything else is text. `bytes` may carry
// a UTF-8 byte-order mark; UTF-16/32 input is sniffed after decoding.
InputKind DetectKind(std::string_view bytes, std::string_view content_type);

}  // namespace claimdiff

#endif  // CLAIMDIFF_INPUT_DETECT_KIND_H_
