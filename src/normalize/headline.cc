// Finds a report's headline among its sentences.
#include "normalize/headline.h"

#include <cstdint>

namespace claimdiff {

std::size_t Headline(const Segmentation& seg) {
  constexpr std::size_t kMaxHeadlineTokens = 24;
  for (const Sentence& s : seg.sentences) {
    if (s.boilerplate) continue;
    const bool alone = s.index + 1 >= seg.sentences.size() || seg.sentences[s.index + 1].paragraph != s.paragraph;
    const char last = s.text.empty() ? '.' : s.text.back();
    if (alone && s.tokens.size() <= kMaxHeadlineTokens && last != '.' && last != '!' && last != '?' && last != '"')
      return s.index;
    return SIZE_MAX;
  }
  return SIZE_MAX;
}

}  // namespace claimdiff
