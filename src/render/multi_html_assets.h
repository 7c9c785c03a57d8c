// The stylesheet and script embedded in every multi-source HTML report (hashed into its CSP).
#ifndef CLAIMDIFF_RENDER_MULTI_HTML_ASSETS_H_
#define CLAIMDIFF_RENDER_MULTI_HTML_ASSETS_H_

#include <string_view>

namespace claimdiff {

std::string_view MultiHtmlStyle();
std::string_view MultiHtmlScript();

}  // namespace claimdiff

#endif  // CLAIMDIFF_RENDER_MULTI_HTML_ASSETS_H_
