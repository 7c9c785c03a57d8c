// Concepts: which words of two reports stand for the same thing although they are spelt
// differently — synonyms, derived forms, spelling variants and aliases (from WordNet), and
// names written out against their abbreviations ("United States" / "U.S." / "US").
#ifndef CLAIMDIFF_ALIGN_CONCEPTS_H_
#define CLAIMDIFF_ALIGN_CONCEPTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "claimdiff/normalize.h"

namespace claimdiff {

// A multi-word name of consecutive capitalized tokens that WordNet knows ("United Nations"),
// keyed as WordNet spells it ("united_nations").
struct NamePhrase {
  std::size_t first = 0;  // token index in its sentence
  std::size_t count = 0;
  std::string key;
};
std::vector<NamePhrase> FindNamePhrases(const Sentence& sentence);

// The key a content token is known by before linking: its stem; an acronym ("US") its
// lower-case letters, even where they spell a function word.
std::string_view OwnKey(const Token& token);

class ConceptMap {
 public:
  // The key of the concept of a word or name key: the smallest key it was linked with, or itself.
  std::string_view Key(std::string_view key) const {
    auto found = canonical_.find(absl::string_view(key.data(), key.size()));
    return found == canonical_.end() ? key : std::string_view(found->second);
  }
  std::size_t size() const { return canonical_.size(); }

  // Puts `x` and `y` in one concept unless that would make it larger than a few words (a chain
  // of loose links would end up joining unrelated words).
  void Link(const std::string& x, const std::string& y);
  // Fixes every key's canonical form; call once after the last Link.
  void Finish();

 private:
  absl::flat_hash_map<std::string, std::size_t> cluster_of_;
  std::vector<std::vector<std::string>> clusters_;
  absl::flat_hash_map<std::string, std::string> canonical_;
};

// Links the words and names found on one side only to words and names of the other side that
// WordNet relates to them; words both sides use need no link. Deterministic. The cost is a few
// WordNet look-ups per distinct one-sided word, on two threads when `parallel`.
ConceptMap LinkConcepts(const Segmentation& a, const Segmentation& b, bool parallel);

}  // namespace claimdiff

#endif  // CLAIMDIFF_ALIGN_CONCEPTS_H_
