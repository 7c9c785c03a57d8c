// The stylesheet and script embedded in every HTML report (their CSP hashes are made at build
// time into render/csp_hashes.h).
#ifndef CLAIMDIFF_RENDER_HTML_ASSETS_H_
#define CLAIMDIFF_RENDER_HTML_ASSETS_H_

#include <string_view>

namespace claimdiff {

std::string_view HtmlStyle();
std::string_view HtmlScript();

}  // namespace claimdiff

#endif  // CLAIMDIFF_RENDER_HTML_ASSETS_H_
