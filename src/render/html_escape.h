// HTML escaping shared by the report pages: text, attribute values and word-diff runs.
#ifndef CLAIMDIFF_RENDER_HTML_ESCAPE_H_
#define CLAIMDIFF_RENDER_HTML_ESCAPE_H_

#include <string>
#include <vector>

#include "claimdiff/compare.h"

namespace claimdiff {

// Escapes for text and attribute values; hostile controls are first made visible ("\x1b").
std::string Html(const std::string& text);

// One side of a word diff: its runs escaped, the words only on this side in <del> (A) or <ins> (B).
std::string DiffSideHtml(const std::vector<DiffOp>& diff, bool side_a);

}  // namespace claimdiff

#endif  // CLAIMDIFF_RENDER_HTML_ESCAPE_H_
