// Finding a dateline at the start of a sentence.
#include "normalize/dateline.h"

#include <string_view>

namespace claimdiff {
namespace {

constexpr std::size_t kMaxDatelineTokens = 8;

// True when the gap holds a dash standing between spaces: " — ", " – ", " - ", " -- ".
bool IsDashGap(std::string_view gap) {
  for (std::string_view dash : {" \xE2\x80\x94", " \xE2\x80\x93", " - ", " --", "\xE2\x80\x94 ", ")\xE2\x80\x94"}) {
    if (gap.find(dash) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

std::size_t DatelineTokens(const std::string& text, const Sentence& sentence) {
  const std::vector<Token>& tokens = sentence.tokens;
  if (tokens.size() < 3) return 0;
  const bool agency_first = text[sentence.begin] == '(';
  if (!tokens[0].all_caps && !agency_first) return 0;
  for (std::size_t k = 1; k < tokens.size() && k <= kMaxDatelineTokens; ++k) {
    std::string_view gap(text.data() + tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end);
    if (IsDashGap(gap)) return k;
    // Inside a dateline: places, months and agencies are capitalized; days are numbers.
    if (!tokens[k].capitalized && tokens[k].kind != TokenKind::kNumber) return 0;
  }
  return 0;
}

}  // namespace claimdiff
