// WordPool: the distinct word forms of one document, stored once, with their stems.
#ifndef CLAIMDIFF_NORMALIZE_WORD_POOL_H_
#define CLAIMDIFF_NORMALIZE_WORD_POOL_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "claimdiff/normalize.h"

namespace claimdiff {

class WordPool {
 public:
  // Sets token->norm, stem, lemma, stem_id and stop for the normalized form `norm` of a token of
  // token->kind. Stemming and the stop-word lookup run once per distinct word, not per token.
  void Fill(std::string_view norm, Token* token);

  std::size_t size() const { return strings_.size(); }

 private:
  struct Forms {
    std::string_view norm;
    std::string_view stem;
    std::string_view lemma;
    std::uint32_t stem_id;
    bool stop;
  };
  std::pair<std::string_view, std::uint32_t> Intern(std::string_view text);

  std::deque<std::string> strings_;  // a deque never moves its elements: views stay valid
  absl::flat_hash_map<std::string_view, std::uint32_t> ids_;
  absl::flat_hash_map<std::string_view, Forms> words_;  // keyed by norm, word tokens only
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_NORMALIZE_WORD_POOL_H_
