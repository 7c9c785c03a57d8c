// Verb synonyms by lemma, cached per thread.
#include "compare/verb_synonyms.h"

#include "absl/container/flat_hash_map.h"
#include "lexicon/related_words.h"
#include "lexicon/wordnet_db.h"

namespace claimdiff {

const absl::flat_hash_set<std::string>& VerbSynonymLemmas(const Token& word) {
  thread_local absl::flat_hash_map<std::string, absl::flat_hash_set<std::string>> cache;
  auto [entry, inserted] = cache.try_emplace(AbslView(word.norm()));
  if (inserted) {
    for (const std::string& synonym : VerbSynonyms(WordNetDb::Default(), word.norm())) {
      entry->second.insert(Stem(synonym));
    }
    entry->second.erase(AbslView(word.lemma()));
  }
  return entry->second;
}

}  // namespace claimdiff
