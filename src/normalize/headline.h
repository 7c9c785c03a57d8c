// Headlines: the first line of a report, which restates its main fact in few words.
#ifndef CLAIMDIFF_NORMALIZE_HEADLINE_H_
#define CLAIMDIFF_NORMALIZE_HEADLINE_H_

#include <cstddef>

#include "claimdiff/normalize.h"

namespace claimdiff {

// The headline of a report: its first sentence when it stands in a paragraph of its own, is
// short and ends without a full stop. SIZE_MAX when there is none.
std::size_t Headline(const Segmentation& seg);

}  // namespace claimdiff

#endif  // CLAIMDIFF_NORMALIZE_HEADLINE_H_
