// The verbs that name the same action as a word of a report, as the detectors compare them: by
// lemma (the stem of the base form), looked up once per word and thread.
#ifndef CLAIMDIFF_COMPARE_VERB_SYNONYMS_H_
#define CLAIMDIFF_COMPARE_VERB_SYNONYMS_H_

#include <string>
#include <string_view>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "claimdiff/normalize.h"

namespace claimdiff {

// Debian's Abseil has its own string_view; its string hash takes that without a copy.
inline absl::string_view AbslView(std::string_view s) { return absl::string_view(s.data(), s.size()); }

// The lemmas of VerbSynonyms (lexicon/related_words.h) of `word`, its own lemma aside. A book
// names the same few verbs thousands of times: the answer is kept for the thread.
const absl::flat_hash_set<std::string>& VerbSynonymLemmas(const Token& word);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_VERB_SYNONYMS_H_
