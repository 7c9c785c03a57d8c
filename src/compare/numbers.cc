// Number conflicts: the same counted thing given different amounts on the two sides.
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "compare/lexicon.h"
#include "compare/pair.h"
#include "compare/word_filter.h"

namespace claimdiff {
namespace {

std::optional<double> WordValue(std::string_view word) {
  static const absl::flat_hash_map<std::string_view, double> values = {
      {"zero", 0},     {"one", 1},        {"two", 2},       {"three", 3},     {"four", 4},
      {"five", 5},     {"six", 6},        {"seven", 7},     {"eight", 8},     {"nine", 9},
      {"ten", 10},     {"eleven", 11},    {"twelve", 12},   {"thirteen", 13}, {"fourteen", 14},
      {"fifteen", 15}, {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
      {"twenty", 20},  {"thirty", 30},    {"forty", 40},    {"fifty", 50},    {"sixty", 60},
      {"seventy", 70}, {"eighty", 80},    {"ninety", 90},   {"dozen", 12},    {"hundred", 100}};
  static const WordFilter filter = WordFilter::OfKeys(values);
  if (!filter.MayContain(word)) return std::nullopt;
  auto found = values.find(word);
  if (found == values.end()) return std::nullopt;
  return found->second;
}

double Scale(std::string_view word) {
  if (word == "hundred") return 1e2;
  if (word == "thousand" || word == "k") return 1e3;
  if (word == "million" || word == "m" || word == "mn") return 1e6;
  if (word == "billion" || word == "bn" || word == "b") return 1e9;
  if (word == "trillion" || word == "tn") return 1e12;
  return 0;
}

// "1,200" -> 1200, "3.5m" -> 3.5e6; nullopt for anything that is not a plain amount.
std::optional<double> DigitsValue(std::string_view text) {
  std::string digits;
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else if (c == '.') {
      digits.push_back('.');
    } else if (c != ',') {
      break;
    }
  }
  if (digits.empty() || digits == ".") return std::nullopt;
  double value = std::strtod(digits.c_str(), nullptr);
  if (i == text.size()) return value;
  double scale = Scale(text.substr(i));
  if (scale == 0) return std::nullopt;
  return value * scale;
}

struct Amount {
  std::size_t first;  // token span of the amount, scale words included
  std::size_t last;
  double value;
  std::string unit;  // stem of the counted thing ("day"), empty if none
  std::size_t unit_index = 0;
};

bool IsYear(const Token& token, double value) {
  return token.kind == TokenKind::kNumber && token.norm().size() == 4 && value >= 1800 && value <= 2200;
}

// Amounts in reading order. Clock times ("2:42") and years belong to the date reason, not here.
std::vector<Amount> FindAmounts(const SideTokens& side) {
  std::vector<Amount> out;
  const std::size_t n = side.tokens.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Token& token = *side.tokens[i];
    std::optional<double> value =
        token.kind == TokenKind::kNumber || (token.norm()[0] >= '0' && token.norm()[0] <= '9')
            ? DigitsValue(token.norm())
            : WordValue(token.norm());
    if (!value || IsYear(token, *value)) continue;
    bool clock = (i + 1 < n && side.tokens[i + 1]->kind == TokenKind::kNumber &&
                  (*side.text)[token.end] == ':') ||
                 (i > 0 && token.begin > 0 && (*side.text)[token.begin - 1] == ':' &&
                  side.tokens[i - 1]->kind == TokenKind::kNumber);
    if (clock) continue;
    // "December 19" and "19 December" are dates, compared by the date detector.
    auto is_month = [&](std::size_t k) { return side.tokens[k]->capitalized && side.Is(k, kMonth); };
    if ((i > 0 && is_month(i - 1)) || (i + 1 < n && is_month(i + 1))) continue;
    Amount amount{i, i, *value, {}};
    while (amount.last + 1 < n && !side.ClauseBreakAfter(amount.last)) {
      double scale = Scale(side.tokens[amount.last + 1]->norm());
      if (scale == 0) break;
      amount.value *= scale;
      ++amount.last;
    }
    for (std::size_t j = amount.last + 1; j < n && j <= amount.last + 3; ++j) {
      if (!side.tokens[j]->stop()) {
        amount.unit = side.tokens[j]->stem();
        amount.unit_index = j;
        break;
      }
      if (side.ClauseBreakAfter(j)) break;
    }
    out.push_back(amount);
    i = amount.last;
  }
  return out;
}

bool Same(double x, double y) { return std::fabs(x - y) <= 1e-9 * std::max(std::fabs(x), std::fabs(y)); }

}  // namespace

void DetectNumbers(const PairTokens& pair, Verdict* verdict) {
  std::vector<Amount> a = FindAmounts(pair.a), b = FindAmounts(pair.b);
  if (a.empty() || b.empty()) return;
  std::vector<bool> b_used(b.size(), false);
  // Amounts of the same thing that agree cancel out first ("two days" = "2 days").
  std::vector<bool> a_done(a.size(), false);
  for (std::size_t i = 0; i < a.size(); ++i) {
    for (std::size_t j = 0; j < b.size(); ++j) {
      if (!b_used[j] && Same(a[i].value, b[j].value)) {
        a_done[i] = b_used[j] = true;
        break;
      }
    }
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a_done[i]) continue;
    for (std::size_t j = 0; j < b.size(); ++j) {
      if (b_used[j]) continue;
      bool same_thing = !a[i].unit.empty() ? a[i].unit == b[j].unit
                                           : (a.size() == 1 && b.size() == 1 && b[j].unit.empty());
      if (!same_thing) continue;
      b_used[j] = true;
      std::size_t a_end = a[i].unit.empty() ? a[i].last + 1 : a[i].unit_index + 1;
      std::size_t b_end = b[j].unit.empty() ? b[j].last + 1 : b[j].unit_index + 1;
      verdict->reasons.push_back({"number", pair.a.Source(a[i].first, a_end), pair.b.Source(b[j].first, b_end)});
      break;
    }
  }
}

}  // namespace claimdiff
