// Date conflicts: different weekdays, days of a month, months or years (times of day are
// figures, see figures.h). Relative dates ("yesterday", "on Tuesday") are resolved against the
// reports' publication dates when both are known; otherwise a change of relative time
// ("yesterday" vs "Friday") is only a note, since both may be right.
#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "absl/time/civil_time.h"
#include "compare/figures.h"
#include "compare/lexicon.h"
#include "compare/pair.h"
#include "lexicon/related_words.h"
#include "lexicon/wordnet_db.h"

namespace claimdiff {
namespace {

struct Mention {
  std::string key;     // what is compared: "weekday:friday", "day:12-19", "year:2014"
  std::string kind;    // weekday, day, month, year, relative
  std::string text;    // as written
  std::size_t at = 0;  // its token
};

// The value of the digits `text` starts with ("19th" -> 19), as atoi reads them.
int LeadingNumber(std::string_view text) {
  int value = 0;
  for (std::size_t i = 0; i < text.size() && i < 9 && text[i] >= '0' && text[i] <= '9'; ++i) {
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

bool IsDayNumber(const Token& token) {
  std::size_t digits = 0;
  while (digits < token.norm().size() && token.norm()[digits] >= '0' && token.norm()[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return false;
  std::string_view rest = token.norm().substr(digits);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return false;
  int day = LeadingNumber(token.norm());
  return day >= 1 && day <= 31;
}

// The days of a range or list that starts (step 1) or ends (step -1) at tokens[at]: "4-5", "16
// and 17", "from 9 to 11" (9, 10 and 11); `*end` is set to the token at its other end.
std::vector<int> DaysOfRange(const SideTokens& side, std::size_t at, int step, std::size_t* end) {
  std::vector<int> days = {LeadingNumber(side.tokens[at]->norm())};
  auto day = [&](std::size_t k) { return k < side.tokens.size() && IsDayNumber(*side.tokens[k]); };
  // From one day to another: every day between them, in either order of reading.
  auto span_to = [&](std::size_t k) {
    const int from = days.back(), to = LeadingNumber(side.tokens[k]->norm());
    for (int d = std::min(from, to); d <= std::max(from, to); ++d) {
      if (d != from) days.push_back(d);
    }
  };
  std::size_t k = at;
  for (;;) {
    const std::size_t next = k + step, after = k + 2 * step;
    bool dash = false;
    if (day(next)) {
      const Token& l = *side.tokens[std::min(k, next)];
      const Token& r = *side.tokens[std::max(k, next)];
      dash = r.begin > l.end && r.begin - l.end <= 3 &&
             (side.text->compare(l.end, 1, "-") == 0 || side.text->compare(l.end, 3, "\u2013") == 0);
    }
    const std::string_view joint = next < side.tokens.size() ? side.tokens[next]->norm() : "";
    if (dash || (day(after) && joint == "to")) {
      k = dash ? next : after;
      span_to(k);
    } else if (day(after) && joint == "and") {
      k = after;
      days.push_back(LeadingNumber(side.tokens[k]->norm()));
    } else {
      *end = k;
      return days;
    }
  }
}

// True when the date at tokens [first, last] is the day something was said, not the day of the
// event: a reporting verb right before it ("said Thursday", "told reporters on Friday") or
// right after it ("on Monday announced"). Also a deadline ("by Sunday night") and the time a state
// of things is told at ("as of Sunday") are no event day.
bool NotTheEventDay(const SideTokens& side, std::size_t first, std::size_t last) {
  if (first > 0 && side.tokens[first - 1]->norm() == "by") return true;
  // "as of Sunday afternoon": the day a state of things was told, not the day of the event.
  if (first > 1 && side.tokens[first - 1]->norm() == "of" && side.tokens[first - 2]->norm() == "as" &&
      !side.ClauseBreakAfter(first - 2)) {
    return true;
  }
  for (std::size_t back = 1; back <= 3 && back <= first; ++back) {
    const std::size_t k = first - back;
    if (side.ClauseBreakAfter(k)) break;
    // "the report on Friday" names a report, not a reporting.
    const bool noun = k > 0 && (side.tokens[k - 1]->norm() == "the" || side.tokens[k - 1]->norm() == "a");
    if (side.Is(k, kAttributionVerb) && !noun) return true;
    if (!side.tokens[k]->stop() && side.tokens[k]->norm() != "reporters") break;
  }
  for (std::size_t k = last + 1; k < side.tokens.size() && k <= last + 2; ++k) {
    if (side.ClauseBreakAfter(k - 1)) break;
    if (side.Is(k, kAttributionVerb)) return true;
  }
  return false;
}

// The offset of a relative day word from the day of writing, if `word` is one.
std::optional<int> RelativeDay(std::string_view word) {
  if (word == "yesterday") return -1;
  if (word == "today" || word == "tonight") return 0;
  if (word == "tomorrow") return 1;
  return std::nullopt;
}

std::optional<absl::Weekday> WeekdayOf(std::string_view word) {
  constexpr std::pair<std::string_view, absl::Weekday> kDays[] = {
      {"mon", absl::Weekday::monday},   {"tue", absl::Weekday::tuesday}, {"wed", absl::Weekday::wednesday},
      {"thu", absl::Weekday::thursday}, {"fri", absl::Weekday::friday},  {"sat", absl::Weekday::saturday},
      {"sun", absl::Weekday::sunday}};
  for (const auto& [prefix, day] : kDays) {
    if (word.substr(0, 3) == prefix) return day;
  }
  return std::nullopt;
}

// True when words before tokens[i] in its clause put the day ahead of the writing: "next
// Tuesday", "will resume Wednesday", "is scheduled for Friday".
bool AheadOfWriting(const SideTokens& side, std::size_t i) {
  for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
    const std::size_t k = i - back;
    if (side.ClauseBreakAfter(k)) break;
    std::string_view word = side.tokens[k]->norm();
    if (word == "next" || word == "will" || word == "would" || word == "scheduled" || word == "until" ||
        word == "planned" || word == "expected") {
      return true;
    }
  }
  return false;
}

// A weekday as the day it names from the day of writing: the last such day up to it ("said the
// fire began Tuesday"), the next one when the words look ahead, before it after "last".
absl::CivilDay ResolveWeekday(const SideTokens& side, std::size_t i, absl::Weekday weekday, absl::CivilDay written) {
  if (AheadOfWriting(side, i)) return absl::NextWeekday(written - 1, weekday);
  const bool last = i > 0 && side.tokens[i - 1]->norm() == "last";
  return absl::PrevWeekday(last ? written : written + 1, weekday);
}

Mention DayMention(absl::CivilDay day, const std::string& text, std::size_t at) {
  return {"day:" + std::to_string(day.month()) + "-" + std::to_string(day.day()), "day",
          text + " (" + absl::FormatCivilTime(day) + ")", at};
}

// With `written` (the report's date, when both reports have one) relative days and weekdays
// become the days they name, comparable with dates written out.
std::vector<Mention> FindMentions(const SideTokens& side, const absl::CivilDay* written) {
  std::vector<Mention> out;
  const std::size_t n = side.tokens.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = *side.tokens[i];
    const std::optional<int> relative = RelativeDay(t.norm());
    if ((side.Is(i, kWeekday) || side.Is(i, kMonth) || relative) && NotTheEventDay(side, i, i)) continue;
    if (written != nullptr && relative) {
      out.push_back(DayMention(*written + *relative, side.Source(i, i + 1), i));
      continue;
    }
    const std::optional<absl::Weekday> weekday = side.Is(i, kWeekday) ? WeekdayOf(t.norm()) : std::nullopt;
    if (written != nullptr && weekday) {
      out.push_back(DayMention(ResolveWeekday(side, i, *weekday, *written), side.Source(i, i + 1), i));
      continue;
    }
    if (side.Is(i, kWeekday)) {
      out.push_back({"weekday:" + std::string(WeekdayName(t.norm())), "weekday", side.Source(i, i + 1), i});
    } else if (int month = side.Is(i, kMonth) ? MonthNumber(t.norm()) : 0; month != 0 && t.capitalized) {
      // "December 19" / "19 December": the day with its month; a month alone otherwise.
      // A range ("November 4-5", "16 and 17 September") names each of its days.
      const bool after = i + 1 < n && IsDayNumber(*side.tokens[i + 1]);
      if (after || (i > 0 && IsDayNumber(*side.tokens[i - 1]))) {
        std::size_t end = i;
        const std::vector<int> days = DaysOfRange(side, after ? i + 1 : i - 1, after ? 1 : -1, &end);
        const std::string text = after ? side.Source(i, end + 1) : side.Source(end, i + 1);
        for (int d : days) out.push_back({"day:" + std::to_string(month) + "-" + std::to_string(d), "day", text, i});
      } else {
        out.push_back({"month:" + std::to_string(month), "month", side.Source(i, i + 1), i});
      }
    } else if (IsYear(t)) {
      out.push_back({"year:" + std::string(t.norm()), "year", side.Source(i, i + 1), i});
    } else if (t.norm() == "yesterday" || t.norm() == "today" || t.norm() == "tomorrow" || t.norm() == "tonight" ||
               t.norm() == "ago" || t.norm() == "later") {
      out.push_back({"relative:" + std::string(t.norm()), "relative",
                     side.Source(i > 0 && t.norm().size() <= 5 ? i - 1 : i, i + 1), i});
    }
  }
  return out;
}

constexpr std::size_t kEventReach = 6;  // tokens either side of a date, within its clause

// The content words of the clause around a date, as written and as lemmas: what happened on it.
struct EventWord {
  std::string_view norm;
  std::string_view lemma;
};

std::vector<EventWord> EventWords(const SideTokens& side, std::size_t at) {
  std::vector<EventWord> out;
  auto take = [&](std::size_t k) {
    const Token& t = *side.tokens[k];
    if (t.kind != TokenKind::kWord || t.stop() || side.Is(k, kWeekday) || side.Is(k, kMonth) ||
        side.Is(k, kAttributionVerb) || RelativeDay(t.norm()))
      return;
    out.push_back({t.norm(), t.lemma()});
  };
  for (std::size_t k = at; k > 0 && at - k < kEventReach && !side.ClauseBreakAfter(k - 1);) take(--k);
  for (std::size_t k = at; k + 1 < side.tokens.size() && k - at < kEventReach && !side.ClauseBreakAfter(k);) take(++k);
  return out;
}

// True when the two dates are said of one happening: a word around one stands around the other,
// or WordNet relates them ("the hearing started Tuesday" / "the inquiry began Wednesday"), or
// either has no words of its own around it ("held on Sunday, November 6").
bool SameHappening(const SideTokens& a, const Mention& x, const SideTokens& b, const Mention& y) {
  const std::vector<EventWord> xs = EventWords(a, x.at), ys = EventWords(b, y.at);
  if (xs.empty() || ys.empty()) return true;
  auto in_ys = [&](std::string_view lemma) {
    return std::any_of(ys.begin(), ys.end(), [&](const EventWord& w) { return w.lemma == lemma; });
  };
  for (const EventWord& word : xs) {
    if (in_ys(word.lemma)) return true;
    for (const std::string& related : RelatedWords(WordNetDb::Default(), word.norm, 24)) {
      if (in_ys(Stem(related))) return true;
    }
  }
  return false;
}

}  // namespace

void DetectDates(const PairTokens& pair, Verdict* verdict) {
  // Relative dates resolve only when both reports' dates are known: a resolved day against an
  // unresolved weekday would compare nothing.
  absl::CivilDay written_a, written_b;
  const bool dated =
      absl::ParseCivilTime(pair.a.published, &written_a) && absl::ParseCivilTime(pair.b.published, &written_b);
  std::vector<Mention> a = FindMentions(pair.a, dated ? &written_a : nullptr);
  std::vector<Mention> b = FindMentions(pair.b, dated ? &written_b : nullptr);
  if (a.empty() || b.empty()) return;
  std::set<std::string> a_keys, b_keys;
  for (const Mention& m : a) a_keys.insert(m.key);
  for (const Mention& m : b) b_keys.insert(m.key);
  // Hard: the same kind of absolute date on both sides, none of them shared.
  for (const char* kind : {"weekday", "day", "month", "year"}) {
    const Mention* only_a = nullptr;
    const Mention* only_b = nullptr;
    bool shared = false;
    for (const Mention& m : a) {
      if (m.kind != kind) continue;
      if (b_keys.count(m.key))
        shared = true;
      else if (!only_a)
        only_a = &m;
    }
    for (const Mention& m : b) {
      if (m.kind == kind && !a_keys.count(m.key) && !only_b) only_b = &m;
    }
    // Two days are a conflict only when they are given for one happening.
    if (only_a && only_b && !shared && SameHappening(pair.a, *only_a, pair.b, *only_b))
      verdict->reasons.push_back({ReasonKind::kDate, only_a->text, only_b->text});
  }
  // Soft: relative time on one side against a different time word on the other. Returns the
  // pair (relative mention, other side's mention) if there is one.
  auto relative_against = [](const std::vector<Mention>& side, const std::set<std::string>& side_keys,
                             const std::vector<Mention>& other,
                             const std::set<std::string>& other_keys) -> std::pair<const Mention*, const Mention*> {
    for (const Mention& m : side) {
      if (m.kind != "relative" || other_keys.count(m.key)) continue;
      for (const Mention& o : other) {
        if (!side_keys.count(o.key)) return {&m, &o};
      }
    }
    return {nullptr, nullptr};
  };
  if (auto [rel, o] = relative_against(a, a_keys, b, b_keys); rel != nullptr) {
    verdict->notes.push_back({ReasonKind::kDate, rel->text, o->text});
  } else if (auto [rel_b, o_a] = relative_against(b, b_keys, a, a_keys); rel_b != nullptr) {
    verdict->notes.push_back({ReasonKind::kDate, o_a->text, rel_b->text});
  }
}

}  // namespace claimdiff
