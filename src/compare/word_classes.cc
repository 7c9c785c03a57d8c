// Word classes from the lexicon's lists and the antonym table.
#include "compare/word_classes.h"

#include "compare/lexicon.h"
#include "compare/wordnet.h"
#include "normalize/word_pool.h"

namespace claimdiff {

std::uint16_t ClassesOf(const WordForms& forms) {
  const std::string_view w = forms.norm;
  std::uint16_t classes = 0;
  auto set = [&classes](bool on, WordClass c) {
    if (on) classes |= c;
  };
  set(IsWeekday(w), kWeekday);
  set(MonthNumber(w) != 0, kMonth);
  set(IsNegator(w), kNegator);
  set(IsImplicitNegator(w), kImplicitNegator);
  set(IsNegationFiller(w), kNegationFiller);
  set(IsStrongHedge(w), kStrongHedge);
  set(IsWeakHedge(w), kWeakHedge);
  set(IsCertaintyMarker(w), kCertaintyMarker);
  set(IsAttributionVerb(w), kAttributionVerb);
  set(IsGenericSource(w), kGenericSource);
  set(AntonymTable::Default().HasOpposite(forms.lemma), kHasOpposite);
  return classes;
}

std::vector<std::uint16_t> ClassTable(const WordPool& pool) {
  std::vector<std::uint16_t> table(pool.forms().size());
  for (const PooledWord& forms : pool.forms()) table[forms.index] = ClassesOf(forms);
  return table;
}

}  // namespace claimdiff
