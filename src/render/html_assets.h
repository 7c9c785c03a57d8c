// The stylesheet and script embedded in every HTML report, and their CSP hashes.
#ifndef CLAIMDIFF_RENDER_HTML_ASSETS_H_
#define CLAIMDIFF_RENDER_HTML_ASSETS_H_

#include <string>
#include <string_view>

namespace claimdiff {

std::string_view HtmlStyle();
std::string_view HtmlScript();

// "'sha256-<base64>'" of `content`, as Content-Security-Policy source lists take it.
std::string CspHash(std::string_view content);

}  // namespace claimdiff

#endif  // CLAIMDIFF_RENDER_HTML_ASSETS_H_
