// Finds the sentences of a report side that contain a phrase, after normalization.
#ifndef CLAIMDIFF_EXPECT_PHRASE_INDEX_H_
#define CLAIMDIFF_EXPECT_PHRASE_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/report.h"

namespace claimdiff {

// The form phrases and sentences are compared in: NormalizeText (case, quotes, dashes) with every
// space removed, so "grave  consequences", "U.S. -based" and a phrase broken across lines all match.
std::string PhraseKey(std::string_view text);

// A suffix array over the keys of a side's sentences, built once: a lookup costs the phrase's
// length times log(text) plus its matches, not a scan of every sentence, so writing or checking
// thousands of phrases on a book stays near-linear.
class PhraseIndex {
 public:
  explicit PhraseIndex(const SideInfo& side);
  // Indices of the non-boilerplate sentences containing `phrase`, in order.
  std::vector<std::size_t> Find(std::string_view phrase) const;
  // How many non-boilerplate sentences contain a phrase already in PhraseKey form, counting no
  // further than `limit`.
  std::size_t CountMatches(const std::string& key, std::size_t limit) const;

 private:
  // The suffix array's range of suffixes that start with `key`.
  std::pair<std::size_t, std::size_t> Range(std::string_view key) const;
  // The sentence whose key holds text_[at, at + size), or -1 when the match crosses into the next.
  long SentenceAt(std::size_t at, std::size_t size) const;

  std::string text_;  // every sentence's key, each followed by a NUL
  std::vector<std::int32_t> suffixes_;
  std::vector<std::size_t> starts_;  // where each indexed sentence's key begins in text_
  std::vector<std::size_t> ids_;     // the sentence index of each entry of starts_
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_EXPECT_PHRASE_INDEX_H_
