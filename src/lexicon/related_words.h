// RelatedWords: the words WordNet says may stand for a word in another report of the same
// fact: synonyms, the broader term, derived forms (death ~ die, Egyptian ~ Egypt).
#ifndef CLAIMDIFF_LEXICON_RELATED_WORDS_H_
#define CLAIMDIFF_LEXICON_RELATED_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/wordnet_db.h"

namespace claimdiff {

// The lemmas related to `word` (lower case, any inflection), the word's own base forms first,
// then closest first: members of its commonest senses, the words those senses derive from or
// pertain to, then the members of the broader sense of its commonest noun and verb meaning.
// Multi-word lemmas are joined with '_' ("united_states"). At most `limit` lemmas.
std::vector<std::string> RelatedWords(const WordNetDb& db, std::string_view word, std::size_t limit = 48);

// The one-word verbs that name the same action as `word` (lower case, any inflection) in one of
// its commonest verb senses ("triggered" -> trigger, trip, actuate, activate ...); the word's own
// base forms first. Stricter than RelatedWords: no derived forms, no broader terms. Empty for a
// verb of many senses ("get", "make"), whose synonyms are mostly other actions.
std::vector<std::string> VerbSynonyms(const WordNetDb& db, std::string_view word);

}  // namespace claimdiff

#endif  // CLAIMDIFF_LEXICON_RELATED_WORDS_H_
