// Attribution conflicts: the same claim credited to different named sources ("according to
// Reuters" vs "according to AP", "Obama said" vs "Sony said").
#include <set>
#include <string>
#include <vector>

#include "compare/lexicon.h"
#include "compare/pair.h"

namespace claimdiff {
namespace {

struct Source {
  std::set<std::string_view> stems;  // of the name's words
  std::string text;
  bool common = false;  // "the mayor": a role, compared only with other roles
};

// A run of capitalized words starting at `first` going right (a leading "the" skipped).
std::pair<std::size_t, std::size_t> NameAfter(const SideTokens& side, std::size_t first) {
  const std::size_t n = side.tokens.size();
  if (first < n && side.tokens[first]->norm() == "the" && !side.ClauseBreakAfter(first)) ++first;
  std::size_t last = first;
  while (last < n && last - first < 5 && side.tokens[last]->capitalized) {
    if (last > first && side.ClauseBreakAfter(last - 1)) break;
    ++last;
  }
  return {first, last};
}

void AddName(const SideTokens& side, std::size_t first, std::size_t last, std::vector<Source>* out) {
  Source source;
  for (std::size_t i = first; i < last; ++i) {
    if (!side.Is(i, kGenericSource)) source.stems.insert(side.tokens[i]->stem());
  }
  // A lone capitalized word at the start of the sentence may just be a capitalized common word.
  if (source.stems.empty() || (last - first == 1 && first == 0 && side.Is(first, kGenericSource))) return;
  source.text = side.Source(first, last);
  out->push_back(std::move(source));
}

std::vector<Source> FindSources(const SideTokens& side) {
  std::vector<Source> out;
  const std::size_t n = side.tokens.size();
  for (std::size_t i = 0; i < n; ++i) {
    std::string_view w = side.tokens[i]->norm();
    if (w == "according" && i + 1 < n && side.tokens[i + 1]->norm() == "to") {
      auto [first, last] = NameAfter(side, i + 2);
      AddName(side, first, last, &out);
    } else if (side.Is(i, kAttributionVerb)) {
      // "Reuters reported" (name before) or "said Obama" (name after, inverted). A generic
      // subject keeps the capitalized words before it: "Ukrainian officials told Reuters".
      std::size_t end = i;
      if (end > 1 && side.Is(end - 1, kGenericSource) && side.tokens[end - 2]->capitalized &&
          !side.ClauseBreakAfter(end - 2)) {
        --end;
      }
      if (end > 0 && side.tokens[end - 1]->capitalized && !side.ClauseBreakAfter(end - 1)) {
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
        out.push_back(std::move(source));
      } else if (w != "told" && w != "tells" && i + 1 < n && !side.ClauseBreakAfter(i)) {
        // After "told" comes who was told, not who said it.
        auto [first, last] = NameAfter(side, i + 1);
        if (last > first) AddName(side, first, last, &out);
      }
    }
  }
  return out;
}

bool Overlap(const Source& x, const Source& y) {
  for (std::string_view stem : x.stems) {
    if (y.stems.count(stem)) return true;
  }
  return false;
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
      if (Overlap(x, y)) return;  // a source in common: the credit agrees
    }
  }
  verdict->reasons.push_back({ReasonKind::kAttribution, a.front().text, b.front().text});
}

}  // namespace claimdiff
