// WordPool: interning of normalized words and their stems.
#include "normalize/word_pool.h"

#include <algorithm>
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

}  // namespace claimdiff
