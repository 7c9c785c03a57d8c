// Phrase lookup over normalized sentence texts.
#include "expect/phrase_index.h"

#include "claimdiff/normalize.h"

namespace claimdiff {

PhraseIndex::PhraseIndex(const SideInfo& side) : side_(side) {
  normalized_.reserve(side.sentences.size());
  for (const SentenceInfo& s : side.sentences) normalized_.push_back(NormalizeText(s.text));
}

std::vector<std::size_t> PhraseIndex::Find(const std::string& phrase) const {
  std::vector<std::size_t> out;
  std::string needle = NormalizeText(phrase);
  if (needle.empty()) return out;
  for (std::size_t i = 0; i < normalized_.size(); ++i) {
    if (!side_.sentences[i].boilerplate && normalized_[i].find(needle) != std::string::npos) out.push_back(i);
  }
  return out;
}

std::size_t PhraseIndex::CountMatches(const std::string& normalized_phrase) const {
  std::size_t n = 0;
  for (const std::string& text : normalized_) n += text.find(normalized_phrase) != std::string::npos;
  return n;
}

}  // namespace claimdiff
