// Antonym conflicts: one side swaps a predicate for its opposite (denied/confirmed, guilty/innocent).
#include <algorithm>
#include <set>
#include <string_view>
#include <vector>

#include "compare/lexicon.h"
#include "compare/pair.h"
#include "compare/wordnet.h"
#include "lexicon/number_words.h"
#include "lexicon/wordnet_db.h"

namespace claimdiff {
namespace {

constexpr std::size_t kNeighbourhood = 4;  // tokens either side, within the clause

// True when a content word near tokens a[i] also stands near b[j].
bool ShareNeighbour(const SideTokens& a, std::size_t i, const SideTokens& b, std::size_t j) {
  auto around = [](const SideTokens& side, std::size_t at) {
    std::vector<std::string_view> words;
    for (std::size_t k = at; k > 0 && at - k < kNeighbourhood && !side.ClauseBreakAfter(k - 1);) {
      --k;
      if (!side.tokens[k]->stop()) words.push_back(side.tokens[k]->lemma());
    }
    for (std::size_t k = at; k + 1 < side.tokens.size() && k - at < kNeighbourhood && !side.ClauseBreakAfter(k);) {
      ++k;
      if (!side.tokens[k]->stop()) words.push_back(side.tokens[k]->lemma());
    }
    return words;
  };
  std::vector<std::string_view> x = around(a, i), y = around(b, j);
  for (std::string_view word : x) {
    if (std::find(y.begin(), y.end(), word) != y.end()) return true;
  }
  return false;
}

// "the first strike since 2011" says what "the last strike was in 2011" says: "first" with a
// "since" after it in its clause counts from the last one.
bool FirstSince(const SideTokens& side, std::size_t i) {
  if (side.tokens[i]->norm() != "first") return false;
  for (std::size_t k = i; k + 1 < side.tokens.size() && k - i < 6 && !side.ClauseBreakAfter(k);) {
    if (side.tokens[++k]->norm() == "since") return true;
  }
  return false;
}

// What a predicate at tokens[at] is said of: the noun phrase nearest before it in its clause
// (names, or nouns in WordNet). Its head is its last noun ("the budget deficit will fall"), or the
// one before "of" / "in" ("shares in Halvorsen fell"); its owner what it is of ("Halvorsen",
// "Halvorsen's share price").
struct Subject {
  std::string_view head;                    // empty when there is none
  std::vector<std::string_view> modifiers;  // nouns before the head ("share" of "share price")
  std::string_view owner;
};

Subject SubjectBefore(const SideTokens& side, std::size_t at) {
  auto noun = [&](std::size_t k) {
    const Token& token = *side.tokens[k];
    return token.kind == TokenKind::kWord && !token.stop() && (token.capitalized || MayBeNoun(token.norm()));
  };
  // A word after a modal or "to" is a verb, whatever else it may be ("will stay open").
  auto after_modal = [&](std::size_t k) {
    if (k == 0 || side.ClauseBreakAfter(k - 1)) return false;
    const std::string_view before = side.tokens[k - 1]->norm();
    for (std::string_view modal : {"will", "would", "shall", "should", "may", "might", "must", "can", "could", "to"}) {
      if (before == modal) return true;
    }
    return false;
  };
  auto joined = [&](std::size_t k) { return k > 0 && !side.ClauseBreakAfter(k - 1); };
  // The nouns of the phrase ending at tokens[last], last first; `*first` is set to its start.
  auto phrase = [&](std::size_t last, std::size_t* first) {
    std::vector<std::size_t> nouns = {last};
    std::size_t k = last;
    while (joined(k) && noun(k - 1)) nouns.push_back(--k);
    *first = k;
    return nouns;
  };
  Subject out;
  std::size_t k = at;
  while (joined(k) && !(noun(k - 1) && !after_modal(k - 1))) --k;
  if (!joined(k)) return out;
  std::size_t first = 0;
  std::vector<std::size_t> nouns = phrase(k - 1, &first);
  // "shares in Halvorsen": the head is before the link, the phrase after it the owner.
  if (joined(first) && first >= 2 && noun(first - 2)) {
    const std::string_view link = side.tokens[first - 1]->norm();
    if (link == "of" || link == "in") {
      out.owner = side.tokens[nouns.front()]->lemma();
      nouns = phrase(first - 2, &first);
    }
  }
  out.head = side.tokens[nouns.front()]->lemma();
  for (std::size_t n = 1; n < nouns.size(); ++n) {
    const Token& token = *side.tokens[nouns[n]];
    if (IsPossessive(token.norm()) && out.owner.empty()) {
      out.owner = token.lemma();
    } else {
      out.modifiers.push_back(token.lemma());
    }
  }
  return out;
}

// True when two subjects are one thing: the same head, or the same owner where one's head names
// the other's ("shares in Halvorsen" / "Halvorsen's share price"), not two heads of one word
// ("the budget deficit" / "the health budget").
bool OneSubject(const Subject& x, const Subject& y) {
  if (x.head.empty() || y.head.empty()) return false;
  if (x.head == y.head) return true;
  auto names = [](const Subject& of, std::string_view head) {
    return std::find(of.modifiers.begin(), of.modifiers.end(), head) != of.modifiers.end();
  };
  return !x.owner.empty() && x.owner == y.owner && (names(x, y.head) || names(y, x.head));
}

void Detect(const PairTokens& pair, bool one_subject, Verdict* verdict) {
  const AntonymTable& antonyms = AntonymTable::Default();
  // Token positions that could be one half of an opposite pair; most sentences have none.
  // Cheapest tests first: function words are half the tokens. Hedges ("unconfirmed",
  // "possibly") are the modality detector's business.
  auto with_opposites = [&](const SideTokens& side) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < side.tokens.size(); ++i) {
      const Token& t = *side.tokens[i];
      if (t.kind != TokenKind::kWord || t.stop() || !side.Is(i, kHasOpposite)) continue;
      if (!side.Is(i, kStrongHedge) && !side.Is(i, kWeakHedge)) out.push_back(i);
    }
    return out;
  };
  std::vector<std::size_t> a_candidates = with_opposites(pair.a);
  if (a_candidates.empty()) return;
  std::vector<std::size_t> b_candidates = with_opposites(pair.b);
  if (b_candidates.empty()) return;
  // A sentence has a few dozen words: a scan is cheaper than building a set.
  auto has_lemma = [](const SideTokens& side, std::string_view lemma) {
    for (const Token* token : side.tokens) {
      if (token->lemma() == lemma) return true;
    }
    return false;
  };
  auto listed = [&](const Token& token) {
    const std::vector<std::string>& forms = WordAndBaseForms(std::string(token.norm()));
    return std::any_of(forms.begin(), forms.end(), [&](const std::string& form) { return antonyms.Lists(form); });
  };
  std::set<std::pair<std::string_view, std::string_view>> seen;
  for (std::size_t i : a_candidates) {
    std::string_view x = pair.a.tokens[i]->lemma();
    // Only words one side dropped can have been swapped for their opposite.
    if (has_lemma(pair.b, x)) continue;
    for (std::size_t j : b_candidates) {
      std::string_view y = pair.b.tokens[j]->lemma();
      if (!antonyms.Opposite(x, y) || has_lemma(pair.a, y)) continue;
      // The words themselves must be the opposites, not words sharing their stems
      // ("department" is not "depart"); ordinals ("first round", "second round") count.
      if (!listed(*pair.a.tokens[i]) || !listed(*pair.b.tokens[j])) continue;
      if (OrdinalValue(pair.a.tokens[i]->norm()) && OrdinalValue(pair.b.tokens[j]->norm())) continue;
      // "not guilty" and "innocent" agree: a negated opposite is no conflict.
      if (NegatedAt(pair.a, i) != NegatedAt(pair.b, j)) continue;
      // Opposites say opposite things of one subject only where they stand among the same
      // words ("was found guilty" / "was found innocent"); elsewhere in two long sentences
      // they belong to different claims ("because of darkness" / "at first light").
      if (!ShareNeighbour(pair.a, i, pair.b, j)) continue;
      if (FirstSince(pair.a, i) || FirstSince(pair.b, j)) continue;
      if (one_subject && !OneSubject(SubjectBefore(pair.a, i), SubjectBefore(pair.b, j))) continue;
      if (!seen.insert({x, y}).second) continue;
      verdict->reasons.push_back({ReasonKind::kAntonym, pair.a.Source(i, i + 1), pair.b.Source(j, j + 1)});
    }
  }
}

}  // namespace

void DetectAntonyms(const PairTokens& pair, Verdict* verdict) { Detect(pair, false, verdict); }

void DetectAntonymsOfOneSubject(const PairTokens& pair, Verdict* verdict) { Detect(pair, true, verdict); }

}  // namespace claimdiff
