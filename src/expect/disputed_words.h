// Which words of a conflict's sentence its word diff changes: what a phrase should not contain.
#ifndef CLAIMDIFF_EXPECT_DISPUTED_WORDS_H_
#define CLAIMDIFF_EXPECT_DISPUTED_WORDS_H_

#include <string>
#include <vector>

#include "claimdiff/report.h"

namespace claimdiff {

// Splits like the snapshot writer does: on spaces, tabs, newlines and the no-break, thin and
// narrow no-break spaces.
std::vector<std::string> SplitSnapshotWords(const std::string& text);

// For each word of `sentence_text` (the first sentence of finding `f` on side A when `side_a`,
// else on side B), whether it lies in a run the diff deletes (A) or inserts (B). A phrase
// without these words keeps matching when one side is corrected to the other's wording, so the
// expectation then reads as resolved, not stale.
std::vector<bool> DisputedWords(const Finding& f, bool side_a, const std::string& sentence_text);

}  // namespace claimdiff

#endif  // CLAIMDIFF_EXPECT_DISPUTED_WORDS_H_
