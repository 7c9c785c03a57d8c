// Date normalization for document metadata.
#include "input/iso_date.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace claimdiff {
namespace {

bool Digits(std::string_view s, std::size_t at, std::size_t n) {
  if (at + n > s.size()) return false;
  for (std::size_t i = at; i < at + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

int Number(std::string_view s, std::size_t at, std::size_t n) {
  int value = 0;
  for (std::size_t i = at; i < at + n; ++i) value = value * 10 + (s[i] - '0');
  return value;
}

bool ValidDay(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  if (day > kDays[static_cast<std::size_t>(month - 1)]) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

std::string Format(int year, int month, int day) {
  if (!ValidDay(year, month, day)) return "";
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

// 1..12 for an English month name or its three-letter abbreviation at the start of `word`.
int MonthNumber(std::string_view word) {
  static constexpr const char* kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                            "july",    "august",   "september", "october", "november", "december"};
  std::string lower;
  for (char c : word) {
    if (!std::isalpha(static_cast<unsigned char>(c))) break;
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (lower.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    std::string_view name = kMonths[m];
    if (lower == name || (lower.size() <= name.size() && name.substr(0, lower.size()) == lower &&
                          (lower.size() == 3 || (m == 8 && lower == "sept")))) {
      return m + 1;
    }
  }
  return 0;
}

// "December 20, 2014", "20 December 2014", "Sat, 20 Dec 2014 ...": words and numbers in order.
std::string EnglishDate(std::string_view s) {
  int month = 0, day = 0, year = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isalpha(c)) {
      std::size_t start = i;
      while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
      int m = MonthNumber(s.substr(start, i - start));
      if (m != 0 && month == 0) month = m;
    } else if (std::isdigit(c)) {
      std::size_t start = i;
      while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
      std::size_t n = i - start;
      if (i < s.size() && s[i] == ':') {  // a clock time: skip it
        while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == ':')) ++i;
        continue;
      }
      int value = Number(s, start, n);
      if (n == 4 && year == 0)
        year = value;
      else if (n <= 2 && day == 0)
        day = value;
    } else {
      ++i;
    }
  }
  if (month == 0 || day == 0 || year == 0) return "";
  return Format(year, month, day);
}

}  // namespace

std::string IsoDate(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  if (text.substr(0, 2) == "D:") text.remove_prefix(2);  // PDF date string
  if (Digits(text, 0, 4) && text.size() >= 10 && (text[4] == '-' || text[4] == '/') && text[7] == text[4] &&
      Digits(text, 5, 2) && Digits(text, 8, 2) && !Digits(text, 10, 1)) {
    return Format(Number(text, 0, 4), Number(text, 5, 2), Number(text, 8, 2));
  }
  if (Digits(text, 0, 8)) return Format(Number(text, 0, 4), Number(text, 4, 2), Number(text, 6, 2));
  return EnglishDate(text);
}

}  // namespace claimdiff
