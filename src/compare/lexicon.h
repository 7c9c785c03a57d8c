// Word lists the conflict detectors share: time words, hedges, attribution verbs, news antonyms.
#ifndef CLAIMDIFF_COMPARE_LEXICON_H_
#define CLAIMDIFF_COMPARE_LEXICON_H_

#include <string_view>
#include <utility>
#include <vector>

namespace claimdiff {

// True for a word as normalized that ends in a possessive "'s" ("halvorsen's"): norms spell
// every apostrophe as "'".
bool IsPossessive(std::string_view norm);

// All take normalized (lower-case) words.
bool IsWeekday(std::string_view word);
// The weekday `word` names ("sunday" for "sunday" and "sunday's"), or empty.
std::string_view WeekdayName(std::string_view word);
int MonthNumber(std::string_view word);  // 1..12, or 0 when `word` is no month name
bool IsNegator(std::string_view word);   // "no", "not", "never", "without", "n't" forms ...

// Certainty. Strong hedges make a claim unconfirmed ("reportedly", "allegedly"); weak hedges
// make it possible ("may", "could"); certainty markers make it firm ("confirmed", "will").
bool IsStrongHedge(std::string_view word);
bool IsWeakHedge(std::string_view word);
bool IsCertaintyMarker(std::string_view word);

// Verbs that attribute a claim to a source: "said", "told", "reported" ...
bool IsAttributionVerb(std::string_view word);
// Subjects too generic to name a source ("officials said").
bool IsGenericSource(std::string_view word);

// Opposite predicates common in news that WordNet lacks or lists under another sense
// (deny/confirm, rise/fall ...), as pairs of base forms.
const std::vector<std::pair<std::string_view, std::string_view>>& NewsAntonymWords();

// Verbs that negate the verb after "to": "declined to comment" = "did not comment".
bool IsImplicitNegator(std::string_view word);
// Adverbs passed over when looking for what a negator negates ("has not yet ruled").
bool IsNegationFiller(std::string_view word);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_LEXICON_H_
