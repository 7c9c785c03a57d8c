// The sentence sharing most of a phrase's words, through a word -> sentences index.
#include "expect/closest_sentence.h"

#include <algorithm>

#include "claimdiff/normalize.h"

namespace claimdiff {

std::vector<std::string> NormalizedWords(const std::string& text) {
  std::vector<std::string> words;
  std::string norm = NormalizeText(text);
  for (std::size_t at = 0; at < norm.size();) {
    std::size_t end = norm.find(' ', at);
    if (end == std::string::npos) end = norm.size();
    if (end > at) words.push_back(norm.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

std::pair<std::size_t, std::size_t> ClosestSentence::Find(const std::vector<std::string>& wanted) const {
  if (!built_) {
    for (std::size_t i = 0; i < side_.sentences.size(); ++i) {
      if (side_.sentences[i].boilerplate) continue;
      for (const std::string& w : NormalizedWords(side_.sentences[i].text)) {
        std::vector<std::size_t>& list = sentences_of_word_[w];
        if (list.empty() || list.back() != i) list.push_back(i);  // each sentence once per word
      }
    }
    built_ = true;
  }
  std::unordered_map<std::size_t, std::size_t> shared;
  for (const std::string& w : wanted) {
    auto it = sentences_of_word_.find(w);
    if (it == sentences_of_word_.end()) continue;
    for (std::size_t i : it->second) ++shared[i];
  }
  std::pair<std::size_t, std::size_t> best{side_.sentences.size(), 0};
  for (const auto& [i, n] : shared) {
    if (n > best.second || (n == best.second && i < best.first)) best = {i, n};
  }
  return best;
}

}  // namespace claimdiff
