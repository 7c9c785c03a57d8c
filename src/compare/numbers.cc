// Figure conflicts: the same measure given values on the two sides that cannot both be right.
#include "compare/figures.h"
#include "compare/pair.h"

namespace claimdiff {

void DetectNumbers(const PairTokens& pair, Verdict* verdict) {
  const std::vector<Figure> a = FindFigures(pair.a), b = FindFigures(pair.b);
  if (a.empty() || b.empty()) return;
  for (const auto& [i, j] : PairFigures(a, b)) {
    if (FiguresAgree(a[i], b[j])) continue;
    Reason reason{FigureConflictKind(a[i], b[j]), pair.a.Source(a[i].first, a[i].counted_end),
                  pair.b.Source(b[j].first, b[j].counted_end)};
    reason.measure = MeasureName(a[i]);
    // "No lifeguards" / "Three lifeguards" is the negation the negation rule found already.
    if (HasReason(verdict->reasons, reason)) continue;
    verdict->reasons.push_back(std::move(reason));
  }
}

}  // namespace claimdiff
