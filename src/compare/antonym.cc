// Antonym conflicts: one side swaps a predicate for its opposite (denied/confirmed, guilty/innocent).
#include <set>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "compare/lexicon.h"
#include "compare/pair.h"
#include "compare/wordnet.h"

namespace claimdiff {

void DetectAntonyms(const PairTokens& pair, Verdict* verdict) {
  const AntonymTable& antonyms = AntonymTable::Default();
  auto lemma_stems = [](const SideTokens& side) {
    std::vector<std::string_view> stems;
    for (const Token* token : side.tokens) stems.push_back(LemmaStem(*token));
    return stems;
  };
  std::vector<std::string_view> a_lemmas = lemma_stems(pair.a), b_lemmas = lemma_stems(pair.b);
  std::unordered_set<std::string_view> a_stems(a_lemmas.begin(), a_lemmas.end()), b_stems(b_lemmas.begin(), b_lemmas.end());
  // Hedges ("unconfirmed", "possibly") are the modality detector's business.
  auto eligible = [](const Token& t) {
    return t.kind == TokenKind::kWord && !t.stop && !IsStrongHedge(t.norm) && !IsWeakHedge(t.norm);
  };
  std::set<std::pair<std::string_view, std::string_view>> seen;
  for (std::size_t i = 0; i < pair.a.tokens.size(); ++i) {
    const Token& x = *pair.a.tokens[i];
    // Only words one side dropped can have been swapped for their opposite.
    if (!eligible(x) || b_stems.count(a_lemmas[i])) continue;
    for (std::size_t j = 0; j < pair.b.tokens.size(); ++j) {
      const Token& y = *pair.b.tokens[j];
      if (!eligible(y) || a_stems.count(b_lemmas[j])) continue;
      if (!antonyms.Opposite(a_lemmas[i], b_lemmas[j])) continue;
      // "not guilty" and "innocent" agree: a negated opposite is no conflict.
      if (NegatedAt(pair.a, i) != NegatedAt(pair.b, j)) continue;
      if (!seen.insert({a_lemmas[i], b_lemmas[j]}).second) continue;
      verdict->reasons.push_back({"antonym", pair.a.Source(i, i + 1), pair.b.Source(j, j + 1)});
    }
  }
}

}  // namespace claimdiff
