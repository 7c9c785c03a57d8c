// Attribution conflicts: the same claim credited to different named sources ("according to
// Reuters" vs "according to AP", "Obama said" vs "Sony said").
#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "compare/lexicon.h"
#include "compare/pair.h"

namespace claimdiff {
namespace {

struct Source {
  std::set<std::string_view> stems;  // of the name's words
  std::string text;
  std::string initials;             // "usgs" for "U.S. Geological Survey"; a one-word name: the word
  bool common = false;              // "the mayor": a role, compared only with other roles
  std::size_t first = 0, last = 0;  // its tokens, [first, last)
};

// An abbreviation written with dots ("U.S", as the word breaker leaves "U.S."): the dot after
// it is no clause break inside a name.
bool Dotted(const Token& token) { return token.norm().find('.') != std::string_view::npos; }

bool BreaksName(const SideTokens& side, std::size_t i) { return side.ClauseBreakAfter(i) && !Dotted(*side.tokens[i]); }

// A run of capitalized words starting at `first` going right (a leading "the" skipped).
std::pair<std::size_t, std::size_t> NameAfter(const SideTokens& side, std::size_t first) {
  const std::size_t n = side.tokens.size();
  if (first < n && side.tokens[first]->norm() == "the" && !side.ClauseBreakAfter(first)) ++first;
  std::size_t last = first;
  while (last < n && last - first < 5 && side.tokens[last]->capitalized) {
    if (last > first && (BreaksName(side, last - 1) || side.sentence_end[last - 1])) break;
    ++last;
  }
  return {first, last};
}

// The letters a name is abbreviated by: each word's first, every letter of a dotted one.
std::string Initials(const SideTokens& side, std::size_t first, std::size_t last) {
  std::string out;
  for (std::size_t i = first; i < last; ++i) {
    const std::string_view word = side.tokens[i]->norm();
    if (last - first == 1 || Dotted(*side.tokens[i])) {
      for (char c : word) {
        if (c != '.') out.push_back(c);
      }
    } else if (!word.empty() && !side.Is(i, kGenericSource)) {
      out.push_back(word.front());
    }
  }
  return out;
}

// True when token i stands inside a quotation: an odd number of quote marks before it in its
// sentence, counted from inside a quotation when the sentence began in one (an odd number of
// marks in all, the first closing one: it follows a word, not a space).
bool Quoted(const SideTokens& side, std::size_t i) {
  const std::string& text = *side.text;
  const Sentence* sentence = side.sentence_of[i];
  const std::size_t end = std::min(sentence->end, text.size());
  std::size_t before = 0, total = 0;
  bool first_closes = false;
  for (std::size_t p = sentence->begin; p < end; ++p) {
    std::size_t width = text[p] == '"' ? 1 : 0;
    // U+201C and U+201D, the curly double quotes.
    if (text[p] == '\xE2' && p + 2 < end && text[p + 1] == '\x80' && (text[p + 2] == '\x9C' || text[p + 2] == '\x9D'))
      width = 3;
    if (width == 0) continue;
    if (total == 0) first_closes = p > sentence->begin && text[p - 1] != ' ' && text[p - 1] != '(';
    ++total;
    if (p < side.tokens[i]->begin) ++before;
    p += width - 1;
  }
  const bool began_inside = total % 2 == 1 && first_closes;
  return (before % 2 == 1) != began_inside;
}

// True when only a comma (and spaces) stands between tokens[i] and tokens[i + 1]: no quote mark,
// no other punctuation, no sentence end.
bool CommaAfter(const SideTokens& side, std::size_t i) {
  if (i + 1 >= side.tokens.size() || side.sentence_end[i]) return false;
  bool comma = false;
  for (std::size_t p = side.tokens[i]->end; p < side.tokens[i + 1]->begin; ++p) {
    const char c = (*side.text)[p];
    if (c == ',' && !comma) {
      comma = true;
    } else if (c != ' ') {
      return false;
    }
  }
  return comma;
}

// The capitalized words ending at `last` (inclusive), going left within the clause; an empty
// range when tokens[last] is not capitalized or stands inside a quotation.
std::pair<std::size_t, std::size_t> NameEndingAt(const SideTokens& side, std::size_t last) {
  std::size_t first = last + 1;
  while (first > 0 && last + 1 - first < 5 && side.tokens[first - 1]->capitalized && !Quoted(side, first - 1) &&
         (first == last + 1 || !BreaksName(side, first - 1))) {
    --first;
  }
  return {first, last + 1};
}

constexpr std::size_t kAppositiveReach = 8;  // words of a role set off by commas

// The source set off by commas before a verb of saying at `verb`: "the regional governor, Rosa
// Huaman, told reporters" or "Paul Ashdown, the company's medical officer, said". The name must
// open its clause: in "the mayor of Brackton, said" the capitalized word is not who spoke.
std::pair<std::size_t, std::size_t> NameBeforeComma(const SideTokens& side, std::size_t verb) {
  if (verb == 0 || !CommaAfter(side, verb - 1)) return {0, 0};
  auto opens_clause = [&](std::size_t first) {
    return first == 0 || side.ClauseBreakAfter(first - 1) || side.sentence_end[first - 1];
  };
  auto [first, last] = NameEndingAt(side, verb - 1);
  if (last > first)
    return opens_clause(first) ? std::make_pair(first, last) : std::make_pair(std::size_t{0}, std::size_t{0});
  // The name before the role: back to the comma that opens the role.
  for (std::size_t k = verb - 1; k > 0 && verb - k <= kAppositiveReach; --k) {
    if (!side.ClauseBreakAfter(k - 1)) continue;
    if (!CommaAfter(side, k - 1)) break;
    auto [name_first, name_last] = NameEndingAt(side, k - 1);
    if (name_last > name_first && opens_clause(name_first)) return {name_first, name_last};
    break;
  }
  return {0, 0};
}

// "said the county's sheriff, Dale Pruitt": past a possessive and its role to the name after
// the comma. [first, last) is the name found after the verb.
std::pair<std::size_t, std::size_t> PastPossessive(const SideTokens& side, std::size_t first, std::size_t last) {
  if (!IsPossessive(side.tokens[last - 1]->norm())) return {first, last};
  for (std::size_t k = last; k < side.tokens.size() && k - last < kAppositiveReach / 2; ++k) {
    if (!side.ClauseBreakAfter(k)) continue;
    if (!CommaAfter(side, k)) break;
    auto [name_first, name_last] = NameAfter(side, k + 1);
    if (name_last > name_first) return {name_first, name_last};
    break;
  }
  return {first, last};
}

constexpr std::size_t kRoleReach = 5;  // lower-case words of a role before the name ("plant manager")

// Words that may stand in a role before a name: "his lawyer", "the county's sheriff", "plant
// manager". A word that starts another phrase ("in", "that", "on") ends the role.
bool MayBeRoleWord(const SideTokens& side, std::size_t k) {
  const std::string_view word = side.tokens[k]->norm();
  if (word == "the" || word == "his" || word == "her" || word == "its" || word == "their" || word == "a" ||
      word == "an" || word == "of") {
    return true;
  }
  return !side.tokens[k]->stop() && side.tokens[k]->kind == TokenKind::kWord && !side.Is(k, kAttributionVerb) &&
         !side.Is(k, kWeekday) && !side.Is(k, kMonth);
}

// The name after a role after a verb of saying or "according to": "said plant manager Colin
// Ashworth", "according to his lawyer, Greg Ambrose". An empty range when no name follows.
std::pair<std::size_t, std::size_t> NameAfterRole(const SideTokens& side, std::size_t first) {
  const std::size_t n = side.tokens.size();
  bool comma = false;
  for (std::size_t k = first; k < n && k - first <= kRoleReach; ++k) {
    if (side.tokens[k]->capitalized) return k > first ? NameAfter(side, k) : std::make_pair(first, first);
    if (!MayBeRoleWord(side, k) || side.sentence_end[k]) break;
    if (side.ClauseBreakAfter(k)) {
      if (comma || !CommaAfter(side, k)) break;
      comma = true;
    }
  }
  return {first, first};
}

void AddName(const SideTokens& side, std::size_t first, std::size_t last, std::vector<Source>* out) {
  // "authorities said Sunday": a day or a month says when it was said, not who said it.
  bool when_only = true;
  for (std::size_t i = first; i < last && when_only; ++i) when_only = side.Is(i, kWeekday) || side.Is(i, kMonth);
  if (when_only) return;
  Source source;
  for (std::size_t i = first; i < last; ++i) {
    if (!side.Is(i, kGenericSource)) source.stems.insert(side.tokens[i]->stem());
  }
  // A lone capitalized word at the start of the sentence may just be a capitalized common word.
  if (source.stems.empty() || (last - first == 1 && first == 0 && side.Is(first, kGenericSource))) return;
  source.text = side.Source(first, last);
  source.initials = Initials(side, first, last);
  source.first = first;
  source.last = last;
  out->push_back(std::move(source));
}

std::vector<Source> FindSources(const SideTokens& side) {
  std::vector<Source> out;
  const std::size_t n = side.tokens.size();
  for (std::size_t i = 0; i < n; ++i) {
    std::string_view w = side.tokens[i]->norm();
    if (w == "according" && i + 1 < n && side.tokens[i + 1]->norm() == "to") {
      auto [first, last] = NameAfter(side, i + 2);
      if (last == first) std::tie(first, last) = NameAfterRole(side, i + 2);
      AddName(side, first, last, &out);
    } else if (side.Is(i, kAttributionVerb) && !Quoted(side, i)) {
      // A verb of saying inside a quotation is what the quoted said, not who said it.
      // "Reuters reported" (name before) or "said Obama" (name after, inverted). A generic
      // subject keeps the capitalized words before it: "Ukrainian officials told Reuters".
      std::size_t end = i;
      if (end > 1 && side.Is(end - 1, kGenericSource) && side.tokens[end - 2]->capitalized &&
          !side.ClauseBreakAfter(end - 2)) {
        --end;
      }
      auto [set_off_first, set_off_last] = NameBeforeComma(side, i);
      if (set_off_last > set_off_first) {
        AddName(side, set_off_first, set_off_last, &out);
      } else if (end > 0 && side.tokens[end - 1]->capitalized && !side.ClauseBreakAfter(end - 1)) {
        std::size_t first = end;
        while (first > 0 && end - first < 5 && side.tokens[first - 1]->capitalized &&
               (first == end || !side.ClauseBreakAfter(first - 1))) {
          --first;
        }
        AddName(side, first, end, &out);
      } else if (end > 1 && side.tokens[end - 2]->norm() == "the" && !side.tokens[end - 1]->capitalized &&
                 !side.Is(end - 1, kGenericSource) && !side.ClauseBreakAfter(end - 2) &&
                 !side.ClauseBreakAfter(end - 1)) {
        // "the mayor said": a role named by a common noun.
        Source source;
        source.stems.insert(side.tokens[end - 1]->stem());
        source.text = side.Source(end - 2, end);
        source.common = true;
        source.first = end - 2;
        source.last = end;
        out.push_back(std::move(source));
      } else if (w != "told" && w != "tells" && i + 1 < n && !side.ClauseBreakAfter(i)) {
        // After "told" comes who was told, not who said it.
        auto [first, last] = NameAfter(side, i + 1);
        if (last == first) std::tie(first, last) = NameAfterRole(side, i + 1);
        if (last > first) {
          std::tie(first, last) = PastPossessive(side, first, last);
          AddName(side, first, last, &out);
        }
      }
    }
  }
  return out;
}

bool Overlap(const Source& x, const Source& y) {
  for (std::string_view stem : x.stems) {
    if (y.stems.count(stem)) return true;
  }
  // "the USGS" and "the U.S. Geological Survey".
  return x.initials.size() > 1 && x.initials == y.initials;
}

constexpr std::size_t kAffiliationReach = 6;  // tokens before a source that may name its body

// True when every word of `source`'s name qualifies the other side's source `by`, before it
// ("safety board member Jo Cho said") or after it through "of", "from" or "at" ("Jo Cho of the
// safety board"): the two credit one body.
bool Affiliates(const Source& source, const Source& by, const SideTokens& other) {
  if (source.common) return false;
  std::size_t from = by.first, to = by.last;
  while (from > 0 && by.first - from < kAffiliationReach && !other.ClauseBreakAfter(from - 1)) --from;
  const std::size_t n = other.tokens.size();
  if (to < n && !other.ClauseBreakAfter(to - 1)) {
    const std::string_view next = other.tokens[to]->norm();
    if (next == "of" || next == "from" || next == "at") {
      while (to < n && to - by.last < kAffiliationReach && !other.ClauseBreakAfter(to - 1)) ++to;
    }
  }
  for (std::string_view stem : source.stems) {
    bool found = false;
    for (std::size_t k = from; k < to && !found; ++k) found = other.tokens[k]->stem() == stem;
    if (!found) return false;
  }
  return true;
}

}  // namespace

void DetectAttribution(const PairTokens& pair, Verdict* verdict) {
  std::vector<Source> a = FindSources(pair.a), b = FindSources(pair.b);
  // Named sources are compared with named ones; a role ("the mayor") only when neither side names
  // anyone, since "the company" may well be the "Sony" of the other report.
  auto split = [](std::vector<Source>* sources) {
    std::vector<Source> named, roles;
    for (Source& s : *sources) (s.common ? roles : named).push_back(std::move(s));
    *sources = named.empty() ? std::move(roles) : std::move(named);
    return !sources->empty() && !sources->front().common;
  };
  const bool a_named = split(&a), b_named = split(&b);
  if (a.empty() || b.empty() || a_named != b_named) return;
  for (const Source& x : a) {
    for (const Source& y : b) {
      // A source in common: the credit agrees.
      if (Overlap(x, y) || Affiliates(x, y, pair.b) || Affiliates(y, x, pair.a)) return;
    }
  }
  verdict->reasons.push_back({ReasonKind::kAttribution, a.front().text, b.front().text});
}

}  // namespace claimdiff
