// For a stale phrase: the sentence of a side sharing most of its words, found through an index of
// the side's normalized words built once, not by normalizing every sentence for every phrase.
#ifndef CLAIMDIFF_EXPECT_CLOSEST_SENTENCE_H_
#define CLAIMDIFF_EXPECT_CLOSEST_SENTENCE_H_

#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "claimdiff/report.h"

namespace claimdiff {

// NormalizeText(text) split at spaces.
std::vector<std::string> NormalizedWords(const std::string& text);

class ClosestSentence {
 public:
  explicit ClosestSentence(const SideInfo& side) : side_(side) {}
  // The non-boilerplate sentence holding most of `wanted` (each entry counted once per sentence;
  // the earliest sentence on a tie) and how many it holds; {sentences.size(), 0} when none holds
  // any. The index is built on the first call: only stale phrases pay for it.
  std::pair<std::size_t, std::size_t> Find(const std::vector<std::string>& wanted) const;

 private:
  const SideInfo& side_;
  mutable bool built_ = false;
  mutable std::unordered_map<std::string, std::vector<std::size_t>> sentences_of_word_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_EXPECT_CLOSEST_SENTENCE_H_
