// The figure ledger: every figure of one report set against the figure of the other report that
// measures the same thing, wherever the two stand — the sentences need not be aligned.
#ifndef CLAIMDIFF_COMPARE_FIGURE_LEDGER_H_
#define CLAIMDIFF_COMPARE_FIGURE_LEDGER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "claimdiff/compare.h"
#include "claimdiff/normalize.h"
#include "compare/figures.h"

namespace claimdiff {

// One measure both reports give.
struct FigureEntry {
  std::size_t a_sentence = 0;  // indices into the segmentations' sentences
  std::size_t b_sentence = 0;
  Reason reason;      // type "number" or "time", both figures as written, the measure
  bool agree = true;  // both can be right
  int strength = 0;   // how surely the two measure one thing (see kSureMeasure)
  double ratio = 1;   // the larger value over the smaller
};

// Entries at least this strong are sure enough to report a disagreement between sentences that
// were not aligned; weaker ones only agree or disagree inside an aligned pair.
inline constexpr int kSureMeasure = 3;
// Figures further apart than this between unaligned sentences are other measures (see
// kMaxOneMeasureRatio).
inline constexpr double kMaxUnalignedRatio = kMaxOneMeasureRatio;
// Inside an aligned pair, where the sentences already report one fact.
inline constexpr int kAlignedMeasure = 2;

// Pairs the figures of two documents measure by measure: the same kind (a count, a share, an
// amount in one currency, a time of day, an age), the same counted thing where both name one,
// and words of the same meaning around them ("killing 11" / "a death toll of 13"). Equal
// values pair first (the same fact told twice), then the surest; each figure pairs once.
// Documents longer than `max_sentences` a side are not ledgered (books are not news reports:
// their figures are compared only within aligned sentences). `classes_*` as for MakePairTokens.
std::vector<FigureEntry> LedgerFigures(const std::string& text_a, const Segmentation& a, const std::string& text_b,
                                       const Segmentation& b, const std::vector<std::uint16_t>* classes_a = nullptr,
                                       const std::vector<std::uint16_t>* classes_b = nullptr,
                                       std::size_t max_sentences = 2000);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_FIGURE_LEDGER_H_
