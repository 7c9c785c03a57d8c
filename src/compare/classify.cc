// Classify: runs every conflict detector over an aligned group.
#include "claimdiff/compare.h"
#include "compare/pair.h"

namespace claimdiff {

Verdict Classify(const SideView& a, const SideView& b) {
  using Detector = void (*)(const PairTokens&, Verdict*);
  static constexpr Detector kDetectors[] = {DetectNegation, DetectAntonyms,    DetectNumbers,
                                            DetectDates,    DetectAttribution, DetectModality,
                                            DetectQuoteWording};
  PairTokens pair = MakePairTokens(a, b);
  Verdict verdict;
  for (Detector detect : kDetectors) detect(pair, &verdict);
  return verdict;
}

}  // namespace claimdiff
