// WordFilter: a cheap first test for membership in a word list, before any hashing.
#ifndef CLAIMDIFF_COMPARE_WORD_FILTER_H_
#define CLAIMDIFF_COMPARE_WORD_FILTER_H_

#include <bitset>
#include <cstddef>
#include <string_view>

namespace claimdiff {

// The detectors' lists are asked "is this word on me?" for every distinct word of a document
// (see ClassTable), and the answer is almost always no. Words with the same length and first
// and last letters share a bit; a clear bit answers no without hashing. A set bit means
// "maybe": ask the real set.
class WordFilter {
 public:
  // A filter of the keys of a word-keyed map.
  template <typename Map>
  static WordFilter OfKeys(const Map& map) {
    WordFilter filter;
    for (const auto& entry : map) filter.Add(entry.first);
    return filter;
  }

  void Add(std::string_view word) { bits_[Key(word)] = true; }
  bool MayContain(std::string_view word) const { return bits_[Key(word)]; }  // Key() is in range

 private:
  static std::size_t Key(std::string_view word) {
    if (word.empty()) return 0;
    auto low5 = [](char c) { return static_cast<std::size_t>(static_cast<unsigned char>(c) & 31); };
    return (word.size() & 31) << 10 | low5(word.front()) << 5 | low5(word.back());
  }
  std::bitset<1 << 15> bits_;
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_WORD_FILTER_H_
