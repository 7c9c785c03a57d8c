// Number words and numerals: the values behind the ways reports write the same figure.
#include "lexicon/number_words.h"

#include <cstdio>
#include <cstdlib>

namespace claimdiff {
namespace {

struct Named {
  std::string_view word;  // a view, so that a comparison checks the length before any byte
  double value;
};

constexpr Named kUnits[] = {{"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
                            {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
                            {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
                            {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
                            {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
                            {"seventy", 70}, {"eighty", 80},  {"ninety", 90},    {"dozen", 12},    {"a dozen", 12}};

constexpr Named kScales[] = {{"hundred", 1e2}, {"thousand", 1e3}, {"million", 1e6},   {"mn", 1e6},
                             {"billion", 1e9}, {"bn", 1e9},       {"trillion", 1e12}, {"tn", 1e12}};

std::optional<double> Lookup(const Named* table, std::size_t n, std::string_view word) {
  for (std::size_t i = 0; i < n; ++i) {
    if (word == table[i].word) return table[i].value;
  }
  return std::nullopt;
}

// Suffixes glued to numerals: "4.2bn", "3m", "12k".
constexpr Named kSuffixes[] = {{"bn", 1e9}, {"b", 1e9}, {"m", 1e6}, {"mn", 1e6}, {"k", 1e3}, {"tn", 1e12}};

bool IsDigits(std::string_view s) {
  if (s.size() != 3) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

std::optional<double> NumeralValue(std::string_view norm) {
  while (!norm.empty() && (norm[0] == '$' || norm[0] == '#')) norm.remove_prefix(1);
  std::string digits;
  std::size_t i = 0;
  bool seen_digit = false, seen_point = false;
  for (; i < norm.size(); ++i) {
    char c = norm[i];
    if (c >= '0' && c <= '9') {
      digits += c;
      seen_digit = true;
    } else if (c == ',' && seen_digit && !seen_point && i + 3 < norm.size() + 1 && IsDigits(norm.substr(i + 1, 3))) {
      continue;  // thousands separator: "12,500"
    } else if (c == '.' && seen_digit && !seen_point && i + 1 < norm.size() && norm[i + 1] >= '0' &&
               norm[i + 1] <= '9') {
      digits += '.';
      seen_point = true;
    } else {
      break;
    }
  }
  if (!seen_digit) return std::nullopt;
  double value = std::strtod(digits.c_str(), nullptr);
  std::string_view rest = norm.substr(i);
  if (rest.empty()) return value;
  if (auto scale = Lookup(kSuffixes, std::size(kSuffixes), rest)) return value * *scale;
  return std::nullopt;
}

std::optional<double> NumberWordValue(std::string_view norm) {
  if (auto unit = Lookup(kUnits, std::size(kUnits), norm)) return unit;
  // "twenty-one"
  std::size_t dash = norm.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  auto tens = Lookup(kUnits, std::size(kUnits), norm.substr(0, dash));
  auto unit = Lookup(kUnits, std::size(kUnits), norm.substr(dash + 1));
  if (tens && unit && *tens >= 20 && *unit < 10) return *tens + *unit;
  return std::nullopt;
}

std::optional<double> OrdinalValue(std::string_view norm) {
  // The ordinals not made by adding "th" to their number.
  constexpr std::pair<std::string_view, double> kIrregular[] = {
      {"first", 1}, {"second", 2}, {"third", 3}, {"fifth", 5}, {"eighth", 8}, {"ninth", 9}, {"twelfth", 12}};
  const std::size_t dash = norm.rfind('-');
  if (dash != std::string_view::npos) {  // "twenty-first": the tens, then an ordinal unit
    auto tens = Lookup(kUnits, std::size(kUnits), norm.substr(0, dash));
    auto unit = OrdinalValue(norm.substr(dash + 1));
    if (tens && unit && *tens >= 20 && *unit < 10) return *tens + *unit;
    return std::nullopt;
  }
  for (const auto& [word, value] : kIrregular) {
    if (norm == word) return value;
  }
  auto ends_with = [&](std::string_view end) {
    return norm.size() > end.size() && norm.substr(norm.size() - end.size()) == end;
  };
  if (ends_with("ieth")) {  // "twentieth" -> "twenty"
    return Lookup(kUnits, std::size(kUnits), std::string(norm.substr(0, norm.size() - 4)) + "y");
  }
  if (ends_with("th")) return Lookup(kUnits, std::size(kUnits), norm.substr(0, norm.size() - 2));
  return std::nullopt;
}

std::optional<double> ScaleWordValue(std::string_view norm) { return Lookup(kScales, std::size(kScales), norm); }

std::string ValueKey(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

}  // namespace claimdiff
