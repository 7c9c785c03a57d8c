// Which charset an HTML page is in: byte-order mark, HTTP header, <meta>, or the web's default.
#ifndef CLAIMDIFF_INPUT_HTML_CHARSET_H_
#define CLAIMDIFF_INPUT_HTML_CHARSET_H_

#include <string>
#include <string_view>

namespace claimdiff {

// The charset parameter of a Content-Type value ("text/html; charset=UTF-8" -> "UTF-8"), or "".
std::string CharsetParameter(std::string_view content_type);

// The ICU name to decode an HTML page with. A byte-order mark decides; then bytes that are
// valid UTF-8 are UTF-8 whatever a label says (a legacy page is almost never valid UTF-8, and a
// wrong header on a UTF-8 page is common); otherwise the HTTP header's charset, then the page's
// <meta charset> or <meta http-equiv=Content-Type>, then windows-1252, as browsers do.
// Labels are mapped as the WHATWG Encoding standard maps them (ISO-8859-1 and ASCII are
// windows-1252).
std::string HtmlCharset(std::string_view bytes, std::string_view header_charset);

}  // namespace claimdiff

#endif  // CLAIMDIFF_INPUT_HTML_CHARSET_H_
