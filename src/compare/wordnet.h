// WordNet antonyms, read from the Debian wordnet-base data files and keyed by Snowball stem.
#ifndef CLAIMDIFF_COMPARE_WORDNET_H_
#define CLAIMDIFF_COMPARE_WORDNET_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "claimdiff/normalize.h"

namespace claimdiff {

class AntonymTable {
 public:
  // Parses the direct antonym pointers ("!") of the adjective, verb and adverb data files in
  // `wordnet_dir` (data.adj, data.verb, data.adv), plus the news list in lexicon.h. Nouns are
  // left out: their antonyms (man/woman, day/night) mostly name different things, not opposite
  // claims. A missing folder leaves only the news list; `loaded()` then says false.
  static AntonymTable Load(const std::string& wordnet_dir);

  // The shared table, loaded once from FindWordNet()'s folder (thread-safe).
  static const AntonymTable& Default();

  bool Opposite(std::string_view stem_a, std::string_view stem_b) const;
  // True when `word` (a base form: "deny", "stay") is itself one of the words the opposites were
  // read from, not a word that only shares their stem ("department" and "depart").
  bool Lists(std::string_view word) const;
  // True when `stem` has any opposite: the cheap test that rules out most words.
  bool HasOpposite(std::string_view stem) const;
  bool loaded() const { return loaded_; }
  std::size_t size() const { return pairs_; }

 private:
  // Adds two words as opposites, under their stems.
  void Add(const std::string& a, const std::string& b);
  // Lookups need no string copy: absl's string hash is transparent (absl::string_view keys).
  absl::flat_hash_map<std::string, absl::flat_hash_set<std::string>> opposites_;
  absl::flat_hash_set<std::string> words_;  // the words as listed
  std::size_t pairs_ = 0;
  bool loaded_ = false;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_WORDNET_H_
