// Antonym conflicts: one side swaps a predicate for its opposite (denied/confirmed, guilty/innocent).
#include <set>

#include "compare/pair.h"
#include "compare/wordnet.h"

namespace claimdiff {

void DetectAntonyms(const PairTokens& pair, Verdict* verdict) {
  const AntonymTable& antonyms = AntonymTable::Default();
  std::unordered_set<std::string> a_stems = StemSet(pair.a), b_stems = StemSet(pair.b);
  std::set<std::pair<std::string, std::string>> seen;
  for (std::size_t i = 0; i < pair.a.tokens.size(); ++i) {
    const Token& x = *pair.a.tokens[i];
    // Only words one side dropped can have been swapped for their opposite.
    if (x.kind != TokenKind::kWord || x.stop || b_stems.count(x.stem)) continue;
    for (std::size_t j = 0; j < pair.b.tokens.size(); ++j) {
      const Token& y = *pair.b.tokens[j];
      if (y.kind != TokenKind::kWord || y.stop || a_stems.count(y.stem)) continue;
      if (!antonyms.Opposite(x.stem, y.stem)) continue;
      // "not guilty" and "innocent" agree: a negated opposite is no conflict.
      if (NegatedAt(pair.a, i) != NegatedAt(pair.b, j)) continue;
      if (!seen.insert({x.stem, y.stem}).second) continue;
      verdict->reasons.push_back({"antonym", pair.a.Source(i, i + 1), pair.b.Source(j, j + 1)});
    }
  }
}

}  // namespace claimdiff
