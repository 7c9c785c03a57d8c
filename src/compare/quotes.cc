// Quote wording: text inside quotation marks that both sides quote, worded differently. A note —
// the claim stays shared — unless another detector finds the change flips the meaning.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "compare/pair.h"
#include "compare/word_diff.h"

namespace claimdiff {
namespace {

bool IsQuoteMark(const std::string& text, std::size_t p, std::size_t* length) {
  if (text[p] == '"') {
    *length = 1;
    return true;
  }
  // U+201C and U+201D.
  if (p + 2 < text.size() && text.compare(p, 2, "\xE2\x80") == 0 && (text[p + 2] == '\x9C' || text[p + 2] == '\x9D')) {
    *length = 3;
    return true;
  }
  return false;
}

// Token index ranges [first, last) of the side's quotations.
std::vector<std::pair<std::size_t, std::size_t>> Quotations(const SideTokens& side) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::vector<bool> quoted(side.tokens.size(), false);
  // Walk each token and count quote marks between sentence start and it: odd = inside.
  std::size_t i = 0;
  while (i < side.tokens.size()) {
    const Sentence* sentence = side.sentence_of[i];
    bool inside = false;
    std::size_t p = sentence->begin;
    for (; i < side.tokens.size() && side.sentence_of[i] == sentence; ++i) {
      for (std::size_t length; p < side.tokens[i]->begin; p += 1) {
        if (IsQuoteMark(*side.text, p, &length)) {
          inside = !inside;
          p += length - 1;
        }
      }
      p = side.tokens[i]->end;
      quoted[i] = inside;
    }
  }
  for (std::size_t k = 0; k < quoted.size();) {
    if (!quoted[k]) {
      ++k;
      continue;
    }
    std::size_t first = k;
    while (k < quoted.size() && quoted[k] && (k == first || !side.sentence_end[k - 1])) ++k;
    out.push_back({first, k});
  }
  return out;
}

std::vector<std::string_view> Norms(const SideTokens& side, std::pair<std::size_t, std::size_t> range) {
  std::vector<std::string_view> out;
  for (std::size_t i = range.first; i < range.second; ++i) out.push_back(side.tokens[i]->norm());
  return out;
}

double Overlap(const std::vector<std::string_view>& x, const std::vector<std::string_view>& y) {
  std::vector<std::string_view> sx(x), sy(y), common;
  std::sort(sx.begin(), sx.end());
  std::sort(sy.begin(), sy.end());
  std::set_intersection(sx.begin(), sx.end(), sy.begin(), sy.end(), std::back_inserter(common));
  return static_cast<double>(common.size()) /
         static_cast<double>(std::max<std::size_t>(1, std::min(x.size(), y.size())));
}

// The words of each quotation that the other lacks, in order, as written.
std::pair<std::string, std::string> Changed(const SideTokens& a, std::pair<std::size_t, std::size_t> qa,
                                            const SideTokens& b, std::pair<std::size_t, std::size_t> qb) {
  const UnsharedWords unshared = FindUnsharedWords(Norms(a, qa), Norms(b, qb));
  auto words = [](const SideTokens& side, std::size_t first, const std::vector<std::size_t>& at) {
    std::string out;
    for (std::size_t k : at) out += (out.empty() ? "" : " ") + side.Source(first + k, first + k + 1);
    return out;
  };
  return {words(a, qa.first, unshared.only_x), words(b, qb.first, unshared.only_y)};
}

}  // namespace

void DetectQuoteWording(const PairTokens& pair, Verdict* verdict) {
  constexpr std::size_t kMaxQuoteTokens = 200;  // the word diff inside is quadratic at worst
  for (auto qa : Quotations(pair.a)) {
    if (qa.second - qa.first > kMaxQuoteTokens) continue;
    for (auto qb : Quotations(pair.b)) {
      if (qb.second - qb.first > kMaxQuoteTokens) continue;
      if (Overlap(Norms(pair.a, qa), Norms(pair.b, qb)) < 0.5) continue;  // a different quotation
      auto [only_a, only_b] = Changed(pair.a, qa, pair.b, qb);
      if (!only_a.empty() || !only_b.empty()) verdict->notes.push_back({ReasonKind::kQuote, only_a, only_b});
      break;
    }
  }
}

}  // namespace claimdiff
