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
// `conflict_words` (may be null): the words a conflict is about, marked <mark class="why">
// where they stand in the changed runs.
std::string DiffSideHtml(const std::vector<DiffOp>& diff, bool side_a,
                         const std::vector<std::string>* conflict_words = nullptr);

}  // namespace claimdiff

#endif  // CLAIMDIFF_RENDER_HTML_ESCAPE_H_
