// WordPool: interning of normalized words and their stems.
#include "normalize/word_pool.h"

#include <algorithm>
#include <cstring>
#include <functional>

#include "normalize/base_forms.h"

namespace claimdiff {

std::pair<std::string_view, std::uint32_t> WordPool::Intern(std::string_view text) {
  auto found = ids_.find(text);
  if (found != ids_.end()) return {found->first, found->second};
  const std::string& stored = strings_.emplace_back(text);
  auto id = static_cast<std::uint32_t>(strings_.size() - 1);
  ids_.emplace(stored, id);
  return {stored, id};
}

void WordPool::Fill(std::string_view norm, Token* token) {
  const bool number = token->kind == TokenKind::kNumber;
  auto& index = number ? numbers_ : words_;
  auto found = index.find(norm);
  if (found != index.end()) {
    token->forms = found->second;
    return;
  }
  PooledWord& forms = forms_.emplace_back();
  forms.index = static_cast<std::uint32_t>(forms_.size() - 1);
  auto [stored, id] = Intern(norm);
  forms.norm = stored;
  forms.norm_hash = std::hash<std::string_view>{}(stored);
  if (number) {
    forms.stem = forms.lemma = stored;
    forms.stem_id = id;
  } else {
    std::tie(forms.stem, forms.stem_id) = Intern(Stem(stored));
    std::string_view base = BaseForm(stored);
    forms.lemma = base == stored ? forms.stem : Intern(Stem(base)).first;
    forms.stop = IsStopWord(stored);
  }
  index.emplace(stored, &forms);
  token->forms = &forms;
}

namespace {

// A cheap hash of a spelling: its first and last (up to) eight bytes and its length.
std::size_t SpellingHash(std::string_view s) {
  std::uint64_t head = 0, tail = 0;
  std::memcpy(&head, s.data(), std::min<std::size_t>(8, s.size()));
  if (s.size() > 8) std::memcpy(&tail, s.data() + s.size() - 8, 8);
  std::uint64_t h = (head * 0x9E3779B97F4A7C15ULL) ^ (tail * 0xC2B2AE3D27D4EB4FULL) ^ s.size();
  return static_cast<std::size_t>(h ^ (h >> 29));
}

}  // namespace

void SpellingCache::Fill(std::string_view spelling, Token* token) {
  Slot& slot = slots_[SpellingHash(spelling) & (kSlots - 1)];
  if (slot.forms != nullptr && slot.kind == token->kind && slot.spelling == spelling) {
    token->forms = slot.forms;
    return;
  }
  pool_->Fill(NormalizeText(spelling), token);
  slot = {spelling, token->kind, token->forms};
}

}  // namespace claimdiff
