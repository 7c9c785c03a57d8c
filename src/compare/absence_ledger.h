// The absence ledger: a thing one report says there was none of and the other tells of ("there
// was no fire" / "one of its engines caught fire"), in sentences that need share no other word.
#ifndef CLAIMDIFF_COMPARE_ABSENCE_LEDGER_H_
#define CLAIMDIFF_COMPARE_ABSENCE_LEDGER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "claimdiff/normalize.h"
#include "compare/negation_ledger.h"

namespace claimdiff {

// Sentence pairs where one sentence denies a thing ("no oil spilled", "found no safety
// violations", "there were no flames") and a sentence of the other report names it outside any
// negated clause, not as the modifier of another noun ("fire crews"), or tells it with the verb
// the noun derives from ("no arrests" / "officers arrested two men"). A thing the other report
// names in more than a few sentences is its story's subject, not one claim: left out. Negation
// reasons: the denial, and the word as the other report writes it. `classes_*` as for
// MakePairTokens.
std::vector<NegationEntry> LedgerAbsences(const std::string& text_a, const Segmentation& a, const std::string& text_b,
                                          const Segmentation& b, const std::vector<std::uint16_t>* classes_a,
                                          const std::vector<std::uint16_t>* classes_b);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_ABSENCE_LEDGER_H_
