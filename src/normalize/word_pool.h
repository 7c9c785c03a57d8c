// WordPool: the distinct word forms of one document, stored once, with their stems.
#ifndef CLAIMDIFF_NORMALIZE_WORD_POOL_H_
#define CLAIMDIFF_NORMALIZE_WORD_POOL_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "claimdiff/normalize.h"

namespace claimdiff {

// A word's public forms with the ids and hash the pool keeps for fast comparisons. Every
// Token::forms points into a WordPool, so always at one of these: Pooled() is a safe downcast.
struct PooledWord : WordForms {
  std::uint32_t stem_id = 0;    // equal within one pool exactly when the stems are equal
  std::uint64_t norm_hash = 0;  // std::hash of `norm`: equal norms hash equal in any document
  std::uint32_t index = 0;      // this word's position among its pool's distinct words
};

inline const PooledWord& Pooled(const WordForms& forms) { return static_cast<const PooledWord&>(forms); }

class WordPool {
 public:
  // Points token->forms at the forms of the normalized word `norm` (of token->kind), making them
  // on first sight: stemming and the stop-word lookup run once per distinct word, not per token.
  void Fill(std::string_view norm, Token* token);

  // Strings stored; every stem_id is below this.
  std::size_t size() const { return strings_.size(); }
  // The distinct words, in order of first sight: forms()[i].index == i.
  const std::deque<PooledWord>& forms() const { return forms_; }

 private:
  std::pair<std::string_view, std::uint32_t> Intern(std::string_view text);

  // Deques never move their elements: the views and pointers handed out stay valid.
  std::deque<std::string> strings_;
  std::deque<PooledWord> forms_;
  absl::flat_hash_map<std::string_view, std::uint32_t> ids_;
  absl::flat_hash_map<std::string_view, const WordForms*> words_;    // keyed by norm
  absl::flat_hash_map<std::string_view, const WordForms*> numbers_;  // a number is its own stem
};

// True when two words, of the same document or not, have the same normalized form. Tokens of
// one document share their forms, so equal pointers settle most equal pairs; across documents,
// the norms' hashes rule out nearly all unequal ones without comparing text.
inline bool SameNorm(const WordForms& x, const WordForms& y) {
  return &x == &y || (Pooled(x).norm_hash == Pooled(y).norm_hash && x.norm == y.norm);
}

}  // namespace claimdiff

#endif  // CLAIMDIFF_NORMALIZE_WORD_POOL_H_
