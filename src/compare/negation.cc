// Negation flips: the same predicate negated on one side and affirmed on the other.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/normalize.h"
#include "compare/lexicon.h"
#include "compare/pair.h"
#include "compare/verb_synonyms.h"

namespace claimdiff {
namespace {

constexpr std::size_t kMaxScope = 4;  // content words are looked for this many tokens away

// "not", "never", "n't" ...; also "declined", "refused", "failed", "unable" before "to".
bool IsNegatorAt(const SideTokens& side, std::size_t i) {
  if (side.Is(i, kNegator)) return true;
  return side.Is(i, kImplicitNegator) && i + 1 < side.tokens.size() && side.tokens[i + 1]->norm() == "to";
}

bool IsContent(const SideTokens& side, std::size_t i) {
  return !side.tokens[i]->stop() && !side.Is(i, kNegator) && !side.Is(i, kImplicitNegator) &&
         !side.Is(i, kNegationFiller);
}

// "X, not the government, ...", "theaters, and not the studio, had": "not" opening a noun
// phrase between commas sets one party against another.
bool IsContrast(const SideTokens& side, std::size_t i) {
  constexpr std::size_t kMaxPhrase = 4;
  const std::size_t n = side.tokens.size();
  if (side.tokens[i]->norm() != "not" || i == 0 || i + 1 >= n) return false;
  std::size_t before = i - 1;
  if (!side.ClauseBreakAfter(before)) {
    const std::string_view joiner = side.tokens[before]->norm();
    if ((joiner != "and" && joiner != "but") || before == 0 || !side.ClauseBreakAfter(before - 1)) return false;
  }
  const Token& next = *side.tokens[i + 1];
  const std::string_view word = next.norm();
  const bool noun_phrase = next.capitalized || word == "the" || word == "a" || word == "an" || word == "his" ||
                           word == "her" || word == "its" || word == "their";
  if (!noun_phrase) return false;
  for (std::size_t k = i + 1; k < n && k <= i + kMaxPhrase; ++k) {
    if (side.ClauseBreakAfter(k)) return k + 1 < n && !side.sentence_end[k];
  }
  return false;
}

// True when the negator at tokens[i] stands in a relative clause about an open group: "those
// who", "anyone who", "everyone that", a few words before it in its clause.
bool WhoOfAnyone(const SideTokens& side, std::size_t i) {
  constexpr std::size_t kReach = 3;
  for (std::size_t k = i; k >= 2 && i - k < kReach && !side.ClauseBreakAfter(k - 1);) {
    const std::string_view word = side.tokens[--k]->norm();
    if (word != "who" && word != "that") continue;
    if (side.ClauseBreakAfter(k - 1)) return false;
    const std::string_view group = side.tokens[k - 1]->norm();
    for (std::string_view open : {"those", "anyone", "anybody", "everyone", "everybody", "whoever", "all"}) {
      if (group == open) return true;
    }
    return false;
  }
  return false;
}

// True when the negator at tokens[i] says when a thing happens, not whether: "immediately"
// right after it ("did not immediately respond", "could not immediately be reached"), or
// "until" a few words on in its clause ("will not reopen until spring": it reopens then).
bool OfWhenNotWhether(const SideTokens& side, std::size_t i) {
  constexpr std::size_t kReach = 6;
  for (std::size_t k = i; k + 1 < side.tokens.size() && k - i < kReach && !side.ClauseBreakAfter(k);) {
    const std::string_view word = side.tokens[++k]->norm();
    if (word == "until" || word == "till") return true;
    if (word == "immediately" && k == i + 1) return true;
  }
  return false;
}

// A negator and the content word it negates ("no means" -> means; "has nothing to do" with
// no content word after it -> the word before: "incident").
struct Negation {
  std::size_t negator;
  std::size_t anchor;
};

// `counted_none`, when given, receives the "none of" that open their clause: they negate, but
// what they negate is said after the counted thing (see below).
std::vector<Negation> FindNegations(const SideTokens& side, std::vector<std::size_t>* counted_none = nullptr) {
  std::vector<Negation> out;
  const std::size_t n = side.tokens.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (!IsNegatorAt(side, i)) continue;
    // "not only ... but" and "no doubt" do not negate the claim.
    if (i + 1 < n && (side.tokens[i + 1]->norm() == "only" || side.tokens[i + 1]->norm() == "doubt")) continue;
    // "None of the crew was hurt" at the head of its clause negates what is said of them, not the
    // crew; a count of none against some is a figure (see figures.h). After its verb ("released
    // none of the hostages") it negates the verb, as any negator.
    if (side.tokens[i]->norm() == "none" && i + 1 < n && side.tokens[i + 1]->norm() == "of" &&
        (i == 0 || side.ClauseBreakAfter(i - 1))) {
      if (counted_none != nullptr) counted_none->push_back(i);
      continue;
    }
    // "Transnet, not the government, asked": a contrast of who did it, set off by commas, which
    // denies nothing of what was done.
    if (IsContrast(side, i)) continue;
    // "those who are not contacted", "anyone who has not voted": the negation picks out whom a
    // claim is about, it is not the claim.
    if (WhoOfAnyone(side, i)) continue;
    // "did not immediately respond", "will not reopen until spring": of when, not whether.
    if (OfWhenNotWhether(side, i)) continue;
    // "may not lock", "might not return": a possibility, which leaves the claim open.
    if (i > 0 && !side.ClauseBreakAfter(i - 1)) {
      const std::string_view before = side.tokens[i - 1]->norm();
      if (before == "may" || before == "might") continue;  // "could not" is "failed to"
    }
    std::size_t anchor = n;
    for (std::size_t j = i; j + 1 < n && j < i + kMaxScope && !side.ClauseBreakAfter(j); ++j) {
      if (IsContent(side, j + 1)) {
        anchor = j + 1;
        break;
      }
    }
    for (std::size_t j = i; anchor == n && j > 0 && j + kMaxScope > i; --j) {
      if (side.ClauseBreakAfter(j - 1)) break;
      if (IsContent(side, j - 1)) {
        anchor = j - 1;
        break;
      }
    }
    if (anchor == n) continue;
    out.push_back({i, anchor});
    // "never replied or responded": the negation covers the coordinated word too.
    if (anchor > i && anchor + 2 < n && !side.ClauseBreakAfter(anchor) &&
        (side.tokens[anchor + 1]->norm() == "or" || side.tokens[anchor + 1]->norm() == "nor") &&
        IsContent(side, anchor + 2)) {
      out.push_back({i, anchor + 2});
    }
  }
  return out;
}

// The tokens of `side` within a negator's reach: words there count as negated too, so "without
// such means of torture" does not affirm "torture" against another side's "without such tortures".
std::vector<bool> InReach(const SideTokens& side, const std::vector<Negation>& negations) {
  std::vector<bool> reach(side.tokens.size(), false);
  for (const Negation& negation : negations) {
    reach[negation.anchor] = true;
    for (std::size_t j = negation.negator; j < negation.negator + kMaxScope && !side.ClauseBreakAfter(j); ++j) {
      reach[j + 1] = true;
    }
  }
  return reach;
}

struct StemCounts {
  std::size_t occurrences = 0;
  std::size_t negated = 0;
  std::vector<std::size_t> plain;  // token indices of occurrences that are not negated
  std::vector<Negation> negations;
};

// Occurrences of the negated predicates (`anchors`, from both sides) on one side.
std::map<std::string_view, StemCounts> Count(const SideTokens& side, const std::vector<Negation>& negations,
                                             const std::set<std::string_view>& anchors) {
  std::map<std::string_view, StemCounts> counts;
  for (const Negation& negation : negations) {
    StemCounts& c = counts[side.tokens[negation.anchor]->lemma()];
    ++c.negated;
    c.negations.push_back(negation);
  }
  const std::vector<bool> negated = InReach(side, negations);
  for (std::size_t i = 0; i < side.tokens.size(); ++i) {
    if (!IsContent(side, i) || !anchors.count(side.tokens[i]->lemma())) continue;
    StemCounts& c = counts[side.tokens[i]->lemma()];
    ++c.occurrences;
    if (!negated[i]) c.plain.push_back(i);
  }
  return counts;
}

// "have no means": from the word before the negator to the anchor, within the clause.
std::string NegatedPhrase(const SideTokens& side, const Negation& negation) {
  std::size_t first = std::min(negation.negator, negation.anchor);
  std::size_t last = std::max(negation.negator, negation.anchor);
  if (first > 0 && !side.ClauseBreakAfter(first - 1)) --first;
  return side.Source(first, last + 1);
}

// "have means": the plain occurrence whose left neighbour matches the negated side's, if any.
std::string PlainPhrase(const SideTokens& side, const std::vector<std::size_t>& plain, const SideTokens& other,
                        const Negation& negation) {
  std::size_t best = plain.front();
  std::size_t before = std::min(negation.negator, negation.anchor);
  if (before > 0) {
    for (std::size_t i : plain) {
      if (i > 0 && side.tokens[i - 1]->norm() == other.tokens[before - 1]->norm()) best = i;
    }
  }
  std::size_t first = best > 0 && !side.ClauseBreakAfter(best - 1) ? best - 1 : best;
  return side.Source(first, best + 1);
}

// "the self-destruct system was not activated" / "the flight termination system was triggered":
// the negated verb on one side, a verb naming the same action affirmed on the other. Appends the
// first such flip, the negated side as `negated_is_a` says.
bool FindSynonymFlip(const SideTokens& negated_side, const std::vector<Negation>& negations,
                     const SideTokens& plain_side, const std::vector<Negation>& plain_negations, bool negated_is_a,
                     Verdict* verdict) {
  const std::vector<bool> reach = InReach(plain_side, plain_negations);
  for (const Negation& negation : negations) {
    const Token& anchor = *negated_side.tokens[negation.anchor];
    const absl::flat_hash_set<std::string>& stems = VerbSynonymLemmas(anchor);
    if (stems.empty()) continue;
    for (std::size_t j = 0; j < plain_side.tokens.size(); ++j) {
      if (reach[j] || !IsContent(plain_side, j) || !stems.contains(AbslView(plain_side.tokens[j]->lemma()))) continue;
      const std::string negated = NegatedPhrase(negated_side, negation);
      const std::string plain = PlainPhrase(plain_side, {j}, negated_side, negation);
      verdict->reasons.push_back(
          {ReasonKind::kNegation, negated_is_a ? negated : plain, negated_is_a ? plain : negated});
      return true;
    }
  }
  return false;
}

}  // namespace

void DetectNegation(const PairTokens& pair, Verdict* verdict) {
  std::vector<std::size_t> a_none, b_none;
  std::vector<Negation> a_negations = FindNegations(pair.a, &a_none), b_negations = FindNegations(pair.b, &b_none);
  if (a_negations.empty() && b_negations.empty()) return;  // most pairs: nothing to flip
  // The same negators on both sides are the same negations, their words ordered differently
  // ("without asking a doctor first" / "without first asking a doctor"); a "none of" that opens
  // its clause is one of them ("none was seriously ill" / "None of the children is in a
  // serious condition").
  auto negators = [](const SideTokens& side, const std::vector<Negation>& negations,
                     const std::vector<std::size_t>& counted_none) {
    std::multiset<std::string_view> out;
    for (std::size_t i : counted_none) out.insert(side.tokens[i]->norm());
    std::size_t last = SIZE_MAX;
    for (const Negation& n : negations) {
      if (n.negator != last) out.insert(side.tokens[n.negator]->norm());
      last = n.negator;
    }
    return out;
  };
  if (negators(pair.a, a_negations, a_none) == negators(pair.b, b_negations, b_none)) return;
  // Only a predicate negated somewhere can be negated on one side and affirmed on the other.
  std::set<std::string_view> anchors;
  for (const Negation& n : a_negations) anchors.insert(pair.a.tokens[n.anchor]->lemma());
  for (const Negation& n : b_negations) anchors.insert(pair.b.tokens[n.anchor]->lemma());
  std::map<std::string_view, StemCounts> a = Count(pair.a, a_negations, anchors);
  std::map<std::string_view, StemCounts> b = Count(pair.b, b_negations, anchors);
  const std::size_t reasons_before = verdict->reasons.size();
  for (const auto& [stem, ca] : a) {
    auto found = b.find(stem);
    if (found == b.end()) continue;
    const StemCounts& cb = found->second;
    if (ca.occurrences == 0 || cb.occurrences == 0 || ca.negated == cb.negated) continue;
    // The side with fewer negations must affirm the predicate somewhere.
    if (ca.negated < cb.negated && !ca.plain.empty()) {
      verdict->reasons.push_back({ReasonKind::kNegation, PlainPhrase(pair.a, ca.plain, pair.b, cb.negations.front()),
                                  NegatedPhrase(pair.b, cb.negations.front())});
    } else if (cb.negated < ca.negated && !cb.plain.empty()) {
      verdict->reasons.push_back({ReasonKind::kNegation, NegatedPhrase(pair.a, ca.negations.front()),
                                  PlainPhrase(pair.b, cb.plain, pair.a, ca.negations.front())});
    }
  }
  if (verdict->reasons.size() > reasons_before) return;
  // No predicate flips as written: one may still flip under another name.
  if (!FindSynonymFlip(pair.a, a_negations, pair.b, b_negations, true, verdict)) {
    FindSynonymFlip(pair.b, b_negations, pair.a, a_negations, false, verdict);
  }
}

}  // namespace claimdiff
