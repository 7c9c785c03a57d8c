// Classify: runs every conflict detector over an aligned group.
#include "claimdiff/compare.h"
#include "compare/pair.h"
#include "compare/wordnet.h"

namespace claimdiff {

Verdict ClassifyTokens(const PairTokens& pair) {
  using Detector = void (*)(const PairTokens&, Verdict*);
  static constexpr Detector kDetectors[] = {DetectNegation,    DetectAntonyms, DetectNumbers,     DetectDates,
                                            DetectAttribution, DetectModality, DetectQuoteWording};
  Verdict verdict;
  for (Detector detect : kDetectors) detect(pair, &verdict);
  return verdict;
}

Verdict Classify(const SideView& a, const SideView& b) { return ClassifyTokens(MakePairTokens(a, b)); }

void PrepareClassify() { AntonymTable::Default(); }

}  // namespace claimdiff
