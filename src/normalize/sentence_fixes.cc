// Decides where an ICU sentence break is wrong for news text.
#include "normalize/sentence_fixes.h"
#include "common/ascii.h"

#include <string_view>
#include <unordered_set>

#include "claimdiff/normalize.h"

namespace claimdiff {
namespace {

// Abbreviations that stand before a name or number and so never end a sentence.
bool IsTitleAbbreviation(std::string_view word) {
  static const std::unordered_set<std::string_view> words = {
      "mr",  "mrs", "ms",  "dr",  "prof", "gen",  "gov", "sen",  "rep",    "lt",  "col", "sgt", "capt", "cmdr",
      "adm", "maj", "rev", "hon", "pres", "supt", "det", "insp", "st",     "mt",  "ft",  "vs",  "jan",  "feb",
      "mar", "apr", "aug", "sep", "sept", "oct",  "nov", "dec",  "approx", "e.g", "i.e", "cf",  "al"};
  return words.count(word) != 0;
}

// Abbreviations that stand before a number ("No. 10", "Vol. 3").
bool IsNumberAbbreviation(std::string_view word) {
  return word == "no" || word == "nos" || word == "vol" || word == "fig" || word == "p" || word == "pp" ||
         word == "art" || word == "sec" || word == "ch";
}

bool IsTimeAbbreviation(std::string_view word) { return word == "a.m" || word == "p.m"; }

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The word before the final period of [begin, end), e.g. "p.m" for "... 2:42 p.m.".
std::string_view LastWordBeforePeriod(const std::string& text, std::size_t begin, std::size_t end) {
  if (end <= begin || text[end - 1] != '.') return {};
  std::size_t word_end = end - 1;
  std::size_t word_begin = word_end;
  while (word_begin > begin && text[word_begin - 1] != ' ' && text[word_begin - 1] != '\n' &&
         text[word_begin - 1] != '(' && text[word_begin - 1] != '"') {
    --word_begin;
  }
  return std::string_view(text).substr(word_begin, word_end - word_begin);
}

// A time zone after "p.m." ("PT", "EST", "GMT") shows the period did not end the sentence.
bool StartsWithTimeZone(const std::string& text, std::size_t pos) {
  std::size_t n = 0;
  while (pos + n < text.size() && IsUpperAscii(text[pos + n])) ++n;
  if (n < 2 || n > 4) return false;
  char after = pos + n < text.size() ? text[pos + n] : ' ';
  return after == ' ' || after == ':' || after == ',' || after == '.' || after == ')';
}

// "u.s", "u.n", "u.k": single letters joined by periods (as lower-cased).
bool IsDottedInitialism(std::string_view word) {
  if (word.size() < 3) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (i % 2 == 0 ? !IsLowerAscii(word[i]) : word[i] != '.') return false;
  }
  return word.size() % 2 == 1;
}

// True when the word at `pos` is capitalized but not a function word, so more likely part of a
// name than the start of a new sentence ("Justice", "envoy" would not be capitalized).
bool StartsName(const std::string& text, std::size_t pos) {
  if (pos >= text.size() || !IsUpperAscii(text[pos])) return false;
  std::size_t end = pos;
  while (end < text.size() && (IsUpperAscii(text[end]) || IsLowerAscii(text[end]))) ++end;
  return !IsStopWord(AsciiLower(std::string_view(text).substr(pos, end - pos)));
}

}  // namespace

bool ShouldJoinSentences(const std::string& text, std::size_t first_begin, std::size_t first_end,
                         std::size_t second_begin) {
  for (std::size_t i = first_end; i < second_begin; ++i) {
    if (text[i] == '\n') return false;  // a real line break: headline, list item, paragraph
  }
  if (second_begin >= text.size()) return false;
  char next = text[second_begin];
  if (IsLowerAscii(next)) return true;  // "... Inc. said" or "?' she asked"
  std::string word = AsciiLower(LastWordBeforePeriod(text, first_begin, first_end));
  if (word.empty()) return false;
  if (IsTimeAbbreviation(word)) return StartsWithTimeZone(text, second_begin);
  // A dotted initialism ("U.S.", "U.N.") before a name ("Justice Department", "Security
  // Council") is inside the sentence; before a word that opens sentences ("The", "He") it may
  // end one.
  if (IsDottedInitialism(word)) return StartsName(text, second_begin);
  if (IsTitleAbbreviation(word)) return IsUpperAscii(next) || IsDigit(next);
  if (IsNumberAbbreviation(word)) return IsDigit(next);
  // A lone initial ("J. Edgar Hoover") or a list number ("1. The first ...").
  if (word.size() == 1 && IsUpperAscii(LastWordBeforePeriod(text, first_begin, first_end)[0])) {
    return first_end - first_begin > 2;  // "A." alone on a line is a heading, not an initial
  }
  bool all_digits = true;
  for (char c : word) all_digits = all_digits && IsDigit(c);
  return all_digits && first_end - first_begin == word.size() + 1;
}

}  // namespace claimdiff
