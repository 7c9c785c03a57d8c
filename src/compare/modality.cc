// Modality: the same claim stated with different certainty ("reportedly", "allegedly", "may"
// against a plain or confirmed claim). Always a note: a hedge leaves the claim standing, and
// reports hedge what they have not checked themselves. A flip (confirmed against denied) is an
// opposite predicate, found by the antonym detector.
#include "compare/lexicon.h"
#include "compare/pair.h"

namespace claimdiff {
namespace {

struct Certainty {
  std::size_t strong = SIZE_MAX;  // token index of the first strong hedge, if any
  std::size_t weak = SIZE_MAX;
  std::size_t firm = SIZE_MAX;
};

Certainty Read(const SideTokens& side) {
  Certainty c;
  for (std::size_t i = 0; i < side.tokens.size(); ++i) {
    std::string_view w = side.tokens[i]->norm();
    // "May" is a month when capitalized mid-sentence; "will" after "the" is a noun.
    if (side.Is(i, kStrongHedge) && c.strong == SIZE_MAX) c.strong = i;
    if (side.Is(i, kWeakHedge) && c.weak == SIZE_MAX && !(w == "may" && side.tokens[i]->capitalized)) c.weak = i;
    if (side.Is(i, kCertaintyMarker) && c.firm == SIZE_MAX && !NegatedAt(side, i)) c.firm = i;
  }
  return c;
}

bool Hedged(const Certainty& c) { return c.strong != SIZE_MAX || c.weak != SIZE_MAX; }

std::string Word(const SideTokens& side, std::size_t i) { return side.Source(i, i + 1); }

// `x` hedges where `y` does not; appends a reason or note worded from x's side first.
void Compare(const SideTokens& x, const Certainty& cx, const SideTokens& y, const Certainty& cy, bool x_is_a,
             Verdict* verdict) {
  if (!Hedged(cx) || Hedged(cy)) return;
  std::size_t hedge = cx.strong != SIZE_MAX ? cx.strong : cx.weak;
  std::string hedge_word = Word(x, hedge);
  std::string other = cy.firm != SIZE_MAX ? Word(y, cy.firm) : std::string();
  Reason reason =
      x_is_a ? Reason{ReasonKind::kModality, hedge_word, other} : Reason{ReasonKind::kModality, other, hedge_word};
  verdict->notes.push_back(std::move(reason));
}

}  // namespace

void DetectModality(const PairTokens& pair, Verdict* verdict) {
  Certainty a = Read(pair.a), b = Read(pair.b);
  Compare(pair.a, a, pair.b, b, true, verdict);
  Compare(pair.b, b, pair.a, a, false, verdict);
}

}  // namespace claimdiff
