// The negation ledger: a predicate one report negates and the other affirms (or says the opposite
// of), in sentences that were not aligned but tell of the same thing ("Lenz has not conceded" /
// "Lenz conceded defeat late on Monday").
#ifndef CLAIMDIFF_COMPARE_NEGATION_LEDGER_H_
#define CLAIMDIFF_COMPARE_NEGATION_LEDGER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "claimdiff/compare.h"
#include "claimdiff/normalize.h"

namespace claimdiff {

struct NegationEntry {
  std::size_t a_sentence = 0;  // indices into the segmentations' sentences
  std::size_t b_sentence = 0;
  Reason reason;  // type "negation", the negated and the affirmed words
};

// Sentence pairs, one sentence from each document, that share the negated predicate and at
// least `min_shared` content words in all (the predicate, who did it, to what), where one
// negates what the other affirms; and pairs that say opposites of one thing ("the deficit will
// fall" / "the deficit will rise": an antonym reason). Documents longer than `max_sentences` a
// side are skipped.
std::vector<NegationEntry> LedgerNegations(const std::string& text_a, const Segmentation& a, const std::string& text_b,
                                           const Segmentation& b, const std::vector<std::uint16_t>* classes_a = nullptr,
                                           const std::vector<std::uint16_t>* classes_b = nullptr,
                                           std::size_t min_shared = 3, std::size_t max_sentences = 2000);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_NEGATION_LEDGER_H_
