// Finds the sentences of a report side that contain a phrase, after normalization.
#ifndef CLAIMDIFF_EXPECT_PHRASE_INDEX_H_
#define CLAIMDIFF_EXPECT_PHRASE_INDEX_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/report.h"

namespace claimdiff {

// The form phrases and sentences are compared in: NormalizeText (case, quotes, dashes) with every
// space removed, so "grave  consequences", "U.S. -based" and a phrase broken across lines all match.
std::string PhraseKey(std::string_view text);

class PhraseIndex {
 public:
  explicit PhraseIndex(const SideInfo& side);
  // Indices of the non-boilerplate sentences containing `phrase`, in order.
  std::vector<std::size_t> Find(std::string_view phrase) const;
  // How many non-boilerplate sentences contain a phrase already in PhraseKey form, counting no
  // further than `limit`.
  std::size_t CountMatches(const std::string& key, std::size_t limit) const;

 private:
  const SideInfo& side_;
  std::vector<std::string> keys_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_EXPECT_PHRASE_INDEX_H_
