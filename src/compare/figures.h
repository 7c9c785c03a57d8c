// Figures: the quantities a report states — counts, percentages, money, times of day, ages —
// with what they measure and the values their wording allows ("more than 300", "about 60",
// "7 to 12", "shortly after 9 p.m."), so that two reports' figures can be compared slot to slot.
#ifndef CLAIMDIFF_COMPARE_FIGURES_H_
#define CLAIMDIFF_COMPARE_FIGURES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "compare/pair.h"

namespace claimdiff {

enum class FigureKind { kCount, kPercent, kMoney, kTime, kAge };

// What the words before a figure make of it: the value itself, near it, or a bound.
enum class FigureBound { kExact, kAbout, kAtLeast, kAtMost };

struct Figure {
  std::size_t first = 0;  // token span in its side, approximation words included
  std::size_t last = 0;   // inclusive
  FigureKind kind = FigureKind::kCount;
  double value = 0;  // as written; minutes after midnight for times
  double low = 0;    // the values the wording allows
  double high = 0;
  FigureBound bound = FigureBound::kExact;
  bool range = false;                   // "7 to 12": low and high are its ends
  bool none = false;                    // "no injuries", "none of the crew": zero, in words
  bool personal = false;                // "he pulled nine people": one person's part of a count
  std::string unit;                     // money: the currency; counts: the stem of the counted thing, if named
  std::vector<std::string> units;       // stems of the words right after the number ("elect", "surgeri")
  std::vector<std::string> unit_words;  // the same words as written, normalized ("elective", "surgeries")
  std::size_t counted_end = 0;          // one past the last token of the counted thing (or of the figure)
  std::vector<std::string> context;     // stems of the content words around it in its clause
  std::vector<std::size_t> context_at;  // where those words stand in the side's tokens
};

// Two reports rarely put one measure more than this far apart (a toll of 11 against 13, 4,200
// acres against 11,800): figures further apart are other measures.
inline constexpr double kMaxOneMeasureRatio = 5;

struct Figure;
// True when the two values are further apart than kMaxOneMeasureRatio. None against some ("no
// injuries" / "five hurt", 0% / 15% contained) is never far apart: it is the disagreement itself.
bool FarApart(const Figure& a, const Figure& b);

// True for a four-digit number that reads as a year (1800 to 2200).
bool IsYear(const Token& token);

// The figures of a side, in reading order. Years, days of a month, and figures in brackets
// right after another (a conversion: "8 kilometers (5 miles)") are left out.
std::vector<Figure> FindFigures(const SideTokens& side);

// True when the two figures can both be right: each allows what the other states ("more than
// 300" and 310; "about 60" and 63). A bound reaches as far as the rounding of its value: "more
// than 300" allows 399 but not 400, "at least 11" (a count so far) allows 11 only. Two bounds of one sense ("at least
// 23", "at least 21") and two ranges agree only when they state the same ends: they report different counts.
bool FiguresAgree(const Figure& a, const Figure& b);

// True when both are lengths of time, in minutes, hours, days or weeks: "two days" and "48
// hours" then compare as one measure, in one unit.
bool LengthsOfTime(const Figure& a, const Figure& b);

// The larger value over the smaller (1e9 when only one is 0): how far apart two figures are.
double ValueRatio(const Figure& a, const Figure& b);

// The kind of conflict two figures that disagree make: a time, a number, or a negation where
// one says there were none ("no injuries" / "two injured").
ReasonKind FigureConflictKind(const Figure& a, const Figure& b);

// How surely two figures measure the same thing: 0 when they cannot (another kind, another
// currency, other counted things), more the more of their counted thing and context they share.
int MeasureMatch(const Figure& a, const Figure& b);

// True when the commonest meaning of the noun `lemma` is a kind of person ("residents",
// "passengers"), or people as such.
bool CountsPeople(const std::string& lemma);

// True when the commonest meaning of the noun `word` is a quantity or a length of time: a unit of
// measure ("kilometers", "minutes") says how a figure is measured, not what.
bool IsUnitOfMeasure(const std::string& word);

// True when some meaning of the noun `word` is a quantity or a length of time, if not its
// commonest ("degrees": of a scale, and of temperature).
bool MayBeUnitOfMeasure(const std::string& word);

// True when the two nouns name one unit of measure ("cm", "centimetres"; "C", "degrees Celsius").
bool SameUnitOfMeasure(const std::string& x, const std::string& y);

// True when the commonest meaning of the noun `word` is something that happens ("deaths",
// "injuries", "arrests"): a count of people elsewhere may give it with a verb ("killing 21").
bool IsHappening(const std::string& word);

// What a figure measures, for a reader: "homes destroyed", "percent", "time of day".
std::string MeasureName(const Figure& figure);

// Slot to slot: pairs the figures of two sides that measure the same thing, surest first, each
// figure once. Returns (index in a, index in b) pairs.
std::vector<std::pair<std::size_t, std::size_t>> PairFigures(const std::vector<Figure>& a,
                                                             const std::vector<Figure>& b);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_FIGURES_H_
