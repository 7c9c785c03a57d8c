// Marks aligned groups that are out of reading order between the two documents.
#ifndef CLAIMDIFF_ALIGN_READING_ORDER_H_
#define CLAIMDIFF_ALIGN_READING_ORDER_H_

#include <vector>

#include "claimdiff/align.h"

namespace claimdiff {

// `groups` sorted by first A sentence. The longest run of groups whose B positions also increase
// stays in place; every other group is marked moved. O(n log n).
void MarkMoved(std::vector<AlignedGroup>* groups);

}  // namespace claimdiff

#endif  // CLAIMDIFF_ALIGN_READING_ORDER_H_
