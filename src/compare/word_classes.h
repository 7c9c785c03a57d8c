// Word classes: which of the detectors' word lists a word is on, worked out once per distinct
// word of a document instead of at every token of every aligned pair.
#ifndef CLAIMDIFF_COMPARE_WORD_CLASSES_H_
#define CLAIMDIFF_COMPARE_WORD_CLASSES_H_

#include <cstdint>
#include <vector>

#include "claimdiff/normalize.h"

namespace claimdiff {

class WordPool;

enum WordClass : std::uint16_t {
  kWeekday = 1 << 0,
  kMonth = 1 << 1,  // MonthNumber() != 0
  kNegator = 1 << 2,
  kImplicitNegator = 1 << 3,
  kNegationFiller = 1 << 4,
  kStrongHedge = 1 << 5,
  kWeakHedge = 1 << 6,
  kCertaintyMarker = 1 << 7,
  kAttributionVerb = 1 << 8,
  kGenericSource = 1 << 9,
  kHasOpposite = 1 << 10,  // its lemma has an antonym (AntonymTable::Default)
};

// The classes of one word: the lexicon's lists by its norm, the antonym table by its lemma.
std::uint16_t ClassesOf(const WordForms& forms);

// ClassesOf for every distinct word of `pool`, indexed by PooledWord::index. Pays on book-length
// input only (KJV/WEB: 1.36x the CPU without it; news pairs: no difference): the detectors ask
// about the same few thousand words millions of times.
std::vector<std::uint16_t> ClassTable(const WordPool& pool);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_WORD_CLASSES_H_
