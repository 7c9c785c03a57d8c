// WordPool: interning of normalized words and their stems.
#include "normalize/word_pool.h"

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
  if (token->kind == TokenKind::kNumber) {  // a number is its own stem and never a stop word
    auto [stored, id] = Intern(norm);
    token->norm = token->stem = token->lemma = stored;
    token->stem_id = id;
    token->stop = false;
    return;
  }
  auto found = words_.find(norm);
  if (found == words_.end()) {
    std::string_view stored = Intern(norm).first;
    auto [stem, stem_id] = Intern(Stem(stored));
    std::string_view base = BaseForm(stored);
    std::string_view lemma = base == stored ? stem : Intern(Stem(base)).first;
    found = words_.emplace(stored, Forms{stored, stem, lemma, stem_id, IsStopWord(stored)}).first;
  }
  const Forms& forms = found->second;
  token->norm = forms.norm;
  token->stem = forms.stem;
  token->lemma = forms.lemma;
  token->stem_id = forms.stem_id;
  token->stop = forms.stop;
}

}  // namespace claimdiff
