// Corrections to ICU sentence breaks where news text fools its rules.
#ifndef CLAIMDIFF_NORMALIZE_SENTENCE_FIXES_H_
#define CLAIMDIFF_NORMALIZE_SENTENCE_FIXES_H_

#include <cstddef>
#include <string>
#include <vector>

namespace claimdiff {

// Joins neighbouring spans that ICU split after an abbreviation it does not know ("p.m. PT",
// "Gen. Smith", "J. Edgar"), after a list number ("1."), or before a lower-case continuation.
// Spans separated by a newline in `text` are never joined.
template <typename SpanT>
std::vector<SpanT> MergeWrongBreaks(const std::string& text, const std::vector<SpanT>& spans);

bool ShouldJoinSentences(const std::string& text, std::size_t first_begin, std::size_t first_end,
                         std::size_t second_begin);

template <typename SpanT>
std::vector<SpanT> MergeWrongBreaks(const std::string& text, const std::vector<SpanT>& spans) {
  std::vector<SpanT> out;
  for (const SpanT& span : spans) {
    if (!out.empty() && ShouldJoinSentences(text, out.back().begin, out.back().end, span.begin)) {
      out.back().end = span.end;
    } else {
      out.push_back(span);
    }
  }
  return out;
}

}  // namespace claimdiff

#endif  // CLAIMDIFF_NORMALIZE_SENTENCE_FIXES_H_
