// Finds the sentences of a report side that contain a phrase, after normalization.
#ifndef CLAIMDIFF_EXPECT_PHRASE_INDEX_H_
#define CLAIMDIFF_EXPECT_PHRASE_INDEX_H_

#include <string>
#include <vector>

#include "claimdiff/report.h"

namespace claimdiff {

class PhraseIndex {
 public:
  explicit PhraseIndex(const SideInfo& side);
  // Indices of the non-boilerplate sentences containing `phrase` (normalized), in order.
  std::vector<std::size_t> Find(const std::string& phrase) const;
  std::size_t CountMatches(const std::string& normalized_phrase) const;

 private:
  const SideInfo& side_;
  std::vector<std::string> normalized_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_EXPECT_PHRASE_INDEX_H_
