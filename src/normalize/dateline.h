// Datelines: the opening words of a news story that say where and by whom it was filed
// ("LISBON, Portugal (AP) —", "KYIV, Nov 10 (Reuters) -"), not what happened.
#ifndef CLAIMDIFF_NORMALIZE_DATELINE_H_
#define CLAIMDIFF_NORMALIZE_DATELINE_H_

#include <cstddef>
#include <string>

#include "claimdiff/normalize.h"

namespace claimdiff {

// How many of the sentence's first tokens form a dateline: a place in capitals (or an agency in
// brackets), then only names, numbers and brackets, then a dash between spaces. 0 when none.
std::size_t DatelineTokens(const std::string& text, const Sentence& sentence);

}  // namespace claimdiff

#endif  // CLAIMDIFF_NORMALIZE_DATELINE_H_
