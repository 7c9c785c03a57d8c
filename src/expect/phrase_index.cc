// Phrase lookup over normalized, space-free sentence texts, through a suffix array (libdivsufsort).
#include "expect/phrase_index.h"

#include <divsufsort.h>

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "claimdiff/normalize.h"

namespace claimdiff {

std::string PhraseKey(std::string_view text) {
  std::string key;
  for (char c : NormalizeText(text)) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') key.push_back(c);
  }
  return key;
}

PhraseIndex::PhraseIndex(const SideInfo& side) {
  for (std::size_t i = 0; i < side.sentences.size(); ++i) {
    if (side.sentences[i].boilerplate) continue;
    starts_.push_back(text_.size());
    ids_.push_back(i);
    text_ += PhraseKey(side.sentences[i].text);
    text_.push_back('\0');  // a match never runs on into the next key (checked in SentenceAt too)
  }
  if (text_.size() > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())) {
    throw std::length_error("phrase index: text too long");  // inputs are capped far below
  }
  suffixes_.resize(text_.size());
  if (!text_.empty()) {
    divsufsort(reinterpret_cast<const sauchar_t*>(text_.data()), suffixes_.data(), static_cast<saidx_t>(text_.size()));
  }
}

std::pair<std::size_t, std::size_t> PhraseIndex::Range(std::string_view key) const {
  auto prefix = [&](std::int32_t at) {
    return std::string_view(text_).substr(static_cast<std::size_t>(at), key.size());
  };
  auto first = std::lower_bound(suffixes_.begin(), suffixes_.end(), key,
                                [&](std::int32_t at, std::string_view k) { return prefix(at) < k; });
  auto last = std::upper_bound(first, suffixes_.end(), key,
                               [&](std::string_view k, std::int32_t at) { return k < prefix(at); });
  return {static_cast<std::size_t>(first - suffixes_.begin()), static_cast<std::size_t>(last - suffixes_.begin())};
}

long PhraseIndex::SentenceAt(std::size_t at, std::size_t size) const {
  std::size_t k = static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), at) - starts_.begin()) - 1;
  std::size_t end = k + 1 < starts_.size() ? starts_[k + 1] - 1 : text_.size() - 1;  // the key's NUL
  return at + size <= end ? static_cast<long>(ids_[k]) : -1;
}

std::vector<std::size_t> PhraseIndex::Find(std::string_view phrase) const {
  std::vector<std::size_t> out;
  std::string needle = PhraseKey(phrase);
  if (needle.empty()) return out;
  auto [first, last] = Range(needle);
  for (std::size_t r = first; r < last; ++r) {
    long id = SentenceAt(static_cast<std::size_t>(suffixes_[r]), needle.size());
    if (id >= 0) out.push_back(static_cast<std::size_t>(id));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::size_t PhraseIndex::CountMatches(const std::string& key, std::size_t limit) const {
  if (key.empty()) return 0;
  auto [first, last] = Range(key);
  std::vector<long> seen;  // at most `limit` distinct sentences
  for (std::size_t r = first; r < last && seen.size() < limit; ++r) {
    long id = SentenceAt(static_cast<std::size_t>(suffixes_[r]), key.size());
    if (id >= 0 && std::find(seen.begin(), seen.end(), id) == seen.end()) seen.push_back(id);
  }
  return seen.size();
}

}  // namespace claimdiff
