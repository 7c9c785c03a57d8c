// Phrase lookup over normalized, space-free sentence texts.
#include "expect/phrase_index.h"

#include "claimdiff/normalize.h"

namespace claimdiff {

std::string PhraseKey(std::string_view text) {
  std::string key;
  for (char c : NormalizeText(text)) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') key.push_back(c);
  }
  return key;
}

PhraseIndex::PhraseIndex(const SideInfo& side) : side_(side) {
  keys_.reserve(side.sentences.size());
  for (const SentenceInfo& s : side.sentences) keys_.push_back(s.boilerplate ? std::string() : PhraseKey(s.text));
}

std::vector<std::size_t> PhraseIndex::Find(std::string_view phrase) const {
  std::vector<std::size_t> out;
  std::string needle = PhraseKey(phrase);
  if (needle.empty()) return out;
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    if (!side_.sentences[i].boilerplate && keys_[i].find(needle) != std::string::npos) out.push_back(i);
  }
  return out;
}

std::size_t PhraseIndex::CountMatches(const std::string& key, std::size_t limit) const {
  std::size_t n = 0;
  for (std::size_t i = 0; i < keys_.size() && n < limit; ++i) {
    n += !side_.sentences[i].boilerplate && keys_[i].find(key) != std::string::npos;
  }
  return n;
}

}  // namespace claimdiff
