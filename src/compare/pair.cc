// Flattens the sentences of an aligned group into token lists with source-text lookups.
#include "compare/pair.h"

#include <algorithm>
#include <cstring>

#include "common/whitespace.h"
#include "compare/lexicon.h"

namespace claimdiff {
namespace {

SideTokens Flatten(const SideView& side, const std::vector<std::uint16_t>* classes) {
  SideTokens out;
  out.text = side.text;
  out.classes = classes;
  out.published = side.published;
  std::size_t n = 0;
  for (const Sentence* sentence : side.sentences) n += sentence->tokens.size();
  out.tokens.reserve(n);
  out.sentence_end.reserve(n);
  out.sentence_of.reserve(n);
  for (const Sentence* sentence : side.sentences) {
    // A dateline is part of the first word's covering text, neither compared nor diffed.
    for (std::size_t k = sentence->dateline_tokens; k < sentence->tokens.size(); ++k) {
      const Token& token = sentence->tokens[k];
      out.tokens.push_back(&token);
      out.sentence_end.push_back(false);
      out.sentence_of.push_back(sentence);
    }
    if (!out.sentence_end.empty()) out.sentence_end.back() = true;
  }
  return out;
}

bool IsClausePunctuation(char c) {
  switch (c) {
    case ',':
    case ';':
    case ':':
    case '.':
    case '!':
    case '?':
    case '"':
    case '(':
    case ')':
    case '[':
    case ']':
      return true;
    default:
      return false;
  }
}

// Bytes of an opening quote or bracket ending at `pos` (not before `floor`), else 0.
std::size_t OpeningPunctuationBefore(const std::string& text, std::size_t pos, std::size_t floor) {
  if (pos > floor && text[pos - 1] != '\0' && std::strchr("\"'([{", text[pos - 1]) != nullptr) return 1;
  // U+2018 and U+201C, the opening curly quotes.
  if (pos >= floor + 3 && text.compare(pos - 3, 2, "\xE2\x80") == 0 &&
      (text[pos - 1] == '\x98' || text[pos - 1] == '\x9C')) {
    return 3;
  }
  return 0;
}

// Bytes of a closing quote or bracket starting at `pos` (before `ceiling`), else 0.
std::size_t ClosingPunctuationAt(const std::string& text, std::size_t pos, std::size_t ceiling) {
  if (pos < ceiling && text[pos] != '\0' && std::strchr("\"')]}", text[pos]) != nullptr) return 1;
  // U+2019 and U+201D, the closing curly quotes.
  if (pos + 3 <= ceiling && text.compare(pos, 2, "\xE2\x80") == 0 &&
      (text[pos + 2] == '\x99' || text[pos + 2] == '\x9D')) {
    return 3;
  }
  return 0;
}

}  // namespace

std::string SideTokens::Source(std::size_t first, std::size_t last) const {
  std::string out;
  std::size_t run_begin = first;
  for (std::size_t i = first; i < last; ++i) {
    // Never copy the text between two sentences of a group: they need not be neighbours.
    if (i + 1 == last || sentence_end[i]) {
      // Take punctuation attached to the run's ends along: opening and closing quotes, commas.
      std::size_t begin = tokens[run_begin]->begin;
      std::size_t floor = run_begin > 0 ? tokens[run_begin - 1]->end : 0;
      while (std::size_t n = OpeningPunctuationBefore(*text, begin, floor)) begin -= n;
      std::size_t end = tokens[i]->end;
      std::size_t ceiling = i + 1 < tokens.size() ? tokens[i + 1]->begin : text->size();
      while (std::size_t n = ClosingPunctuationAt(*text, end, ceiling)) end += n;
      if (!out.empty()) out.push_back(' ');
      out.append(*text, begin, end - begin);
      run_begin = i + 1;
    }
  }
  return out;
}

std::string SideTokens::Covering(std::size_t first, std::size_t last) const {
  std::string out;
  std::size_t run_begin = first;
  for (std::size_t i = first; i < last; ++i) {
    if (i + 1 == last || sentence_end[i]) {
      const Sentence* sentence = sentence_of[run_begin];
      bool starts_sentence = run_begin == 0 || sentence_of[run_begin - 1] != sentence;
      // An opening quote or bracket belongs to the word after it, on both ends of the run.
      std::size_t begin = starts_sentence ? sentence->begin : tokens[run_begin]->begin;
      if (!starts_sentence) {
        while (std::size_t n = OpeningPunctuationBefore(*text, begin, tokens[run_begin - 1]->end)) begin -= n;
      }
      std::size_t end = sentence_end[i] ? sentence->end : tokens[i + 1]->begin;
      if (!sentence_end[i]) {
        while (std::size_t n = OpeningPunctuationBefore(*text, end, tokens[i]->end)) end -= n;
      }
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      AppendCollapsed(std::string_view(*text).substr(begin, end - begin), &out);
      // A run closing a sentence that another follows ends in a space, as any other run does,
      // so the next run does not stick to it ("manifest.The").
      if (sentence_end[i] && i + 1 < tokens.size() && !out.empty() && out.back() != ' ') out.push_back(' ');
      run_begin = i + 1;
    }
  }
  return out;
}

bool ClauseBreakBetween(const std::string& text, const Token& left, const Token& right) {
  for (std::size_t p = left.end; p < right.begin; ++p) {
    unsigned char c = static_cast<unsigned char>(text[p]);
    if (IsClausePunctuation(static_cast<char>(c))) return true;
    // Curly quotes and dashes, U+2010..U+201F (UTF-8 E2 80 90..9F), also end a clause.
    if (c == 0xE2 && p + 2 < right.begin && static_cast<unsigned char>(text[p + 1]) == 0x80) {
      unsigned char last = static_cast<unsigned char>(text[p + 2]);
      if (last >= 0x90 && last <= 0x9F) return true;
    }
  }
  return false;
}

bool SideTokens::ClauseBreakAfter(std::size_t i) const {
  if (i + 1 >= tokens.size() || sentence_end[i]) return true;
  return ClauseBreakBetween(*text, *tokens[i], *tokens[i + 1]);
}

bool HasReason(const std::vector<Reason>& reasons, const Reason& reason) {
  return std::any_of(reasons.begin(), reasons.end(),
                     [&](const Reason& r) { return r.kind == reason.kind && (r.a == reason.a || r.b == reason.b); });
}

bool NegatedAt(const SideTokens& side, std::size_t i) {
  for (std::size_t back = 1; back <= 2 && back <= i; ++back) {
    if (side.ClauseBreakAfter(i - back)) return false;
    if (side.Is(i - back, kNegator)) return true;
  }
  return false;
}

PairTokens MakePairTokens(const SideView& a, const SideView& b, const std::vector<std::uint16_t>* classes_a,
                          const std::vector<std::uint16_t>* classes_b) {
  return {Flatten(a, classes_a), Flatten(b, classes_b)};
}

}  // namespace claimdiff
