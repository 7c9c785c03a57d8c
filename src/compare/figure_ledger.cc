// Ledgers the figures of two whole documents against each other, measure by measure.
#include "compare/figure_ledger.h"

#include <algorithm>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/container/node_hash_map.h"
#include "compare/figures.h"
#include "compare/lexicon.h"
#include "compare/pair.h"
#include "lexicon/related_words.h"
#include "lexicon/wordnet_db.h"

namespace claimdiff {
namespace {

constexpr std::size_t kRelatedLimit = 32;

// A word around a figure: its stem, for words written alike, and its spelling, for WordNet
// (which wants words, not stems).
struct Word {
  std::string stem;
  std::string norm;
};

// The words that may stand for `word` when a report says what a figure measures: WordNet's
// related words, and for a verb also what it causes and theirs ("kill" causes "die", whose
// noun is "death": "killing 11" and "a death toll of 13" measure one thing). Sorted.
const std::vector<std::string>& MeasureWords(const std::string& word) {
  // Node map: the answers are handed out by reference while more are added.
  thread_local absl::node_hash_map<std::string, std::vector<std::string>> known;
  auto [it, inserted] = known.try_emplace(word);
  if (!inserted) return it->second;
  const WordNetDb& db = WordNetDb::Default();
  std::vector<std::string> words = RelatedWords(db, word, kRelatedLimit);
  for (const std::string& base : db.BaseForms(word, PartOfSpeech::kVerb)) {
    std::vector<std::uint32_t> senses = db.Senses(base, PartOfSpeech::kVerb);
    if (senses.empty()) continue;
    for (const SynsetPointer& pointer : db.ReadSynset(PartOfSpeech::kVerb, senses.front()).pointers) {
      if (pointer.symbol != ">") continue;
      for (const std::string& caused : db.ReadSynset(pointer.pos, pointer.offset).words) {
        for (std::string& related : RelatedWords(db, caused, kRelatedLimit / 2)) words.push_back(std::move(related));
      }
    }
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  it->second = std::move(words);
  return it->second;
}

bool Related(const Word& x, const Word& y) {
  if (x.stem == y.stem) return true;
  auto within = [](const Word& word, const Word& other) {
    const std::vector<std::string>& related = MeasureWords(word.norm);
    const std::vector<std::string>& bases = WordAndBaseForms(other.norm);
    return std::any_of(bases.begin(), bases.end(), [&](const std::string& base) {
      return std::binary_search(related.begin(), related.end(), base);
    });
  };
  return within(x, y) || within(y, x);
}

// Two names of one counted thing: written alike, one sense in common, or one the broader term
// of the other ("boats" / "vessels"). The commonest senses of one word are looked for among all
// senses of the other, which may be a rarer one ("flats" / "apartments", "homes" / "households").
// Stricter than Related: "teachers" and "schools" are related words, not one thing counted.
bool SameThing(const Word& x, const Word& y) {
  if (x.stem == y.stem) return true;
  struct Senses {
    std::vector<std::uint32_t> own;          // its commonest two noun senses
    std::vector<std::uint32_t> all;          // all its noun senses
    std::vector<std::uint32_t> own_broader;  // the broader senses of its commonest ones
  };
  constexpr std::size_t kCommonest = 2;
  thread_local absl::node_hash_map<std::string, Senses> known;  // references stay valid
  auto senses = [&](const std::string& word) -> const Senses& {
    auto [it, inserted] = known.try_emplace(word);
    if (inserted) {
      const WordNetDb& db = WordNetDb::Default();
      for (const std::string& base : db.BaseForms(word, PartOfSpeech::kNoun)) {
        const std::vector<std::uint32_t> offsets = db.Senses(base, PartOfSpeech::kNoun);
        for (std::size_t k = 0; k < offsets.size(); ++k) {
          if (k < kCommonest) it->second.own.push_back(offsets[k]);
          it->second.all.push_back(offsets[k]);
          for (const SynsetPointer& pointer : db.ReadSynset(PartOfSpeech::kNoun, offsets[k]).pointers) {
            if (pointer.symbol == "@" && k < kCommonest) it->second.own_broader.push_back(pointer.offset);
          }
        }
      }
    }
    return it->second;
  };
  auto meet = [](const std::vector<std::uint32_t>& l, const std::vector<std::uint32_t>& r) {
    return std::any_of(l.begin(), l.end(),
                       [&](std::uint32_t o) { return std::find(r.begin(), r.end(), o) != r.end(); });
  };
  // Siblings under one broader sense ("teachers", "pupils") are different things.
  const Senses& of_x = senses(x.norm);
  const Senses& of_y = senses(y.norm);
  return meet(of_x.own, of_y.all) || meet(of_y.own, of_x.all) || meet(of_x.own, of_y.own_broader) ||
         meet(of_x.own_broader, of_y.own);
}

struct Placed {
  Figure figure;
  std::size_t sentence = 0;
  std::vector<Word> says;          // the words around it that say what it measures
  std::vector<std::string> years;  // years (or "before") its sentence names: a figure of another time
  std::vector<std::string> days;   // weekdays its sentence names
  bool counts = false;             // it names what it counts
  Word counted;                    // ... and this is the noun
  double whole = 0;                // a part of a whole ("six of its nine cars"): the whole's value
  bool new_value = false;          // the value a measure changed to ("the toll rose to five")
};

// True for a verb that has a sense of growing or shrinking: a kind of WordNet's "increase" or
// "decrease", a few steps down ("rise", "swell", "dip").
bool IsChangeVerb(std::string_view word) {
  thread_local absl::flat_hash_map<std::string, bool> known;
  auto [it, inserted] = known.try_emplace(std::string(word), false);
  if (!inserted) return it->second;
  const WordNetDb& db = WordNetDb::Default();
  std::vector<std::uint32_t> changes;
  for (const char* change : {"increase", "decrease"}) {
    for (std::uint32_t offset : db.Senses(change, PartOfSpeech::kVerb)) changes.push_back(offset);
  }
  constexpr int kMaxSteps = 3;
  for (const std::string& base : db.BaseForms(word, PartOfSpeech::kVerb)) {
    for (std::uint32_t offset : db.Senses(base, PartOfSpeech::kVerb)) {
      if (ReachesBroader(db, PartOfSpeech::kVerb, offset, changes, kMaxSteps)) return it->second = true;
    }
  }
  return false;
}

// How far side token `k` stands from the figure's words.
std::size_t Distance(const Figure& f, std::size_t k) {
  if (k < f.first) return f.first - k;
  const std::size_t end = std::max(f.last, f.counted_end - 1);
  return k > end ? k - end : 0;
}

// True when an attribution verb stands within two words of the source at `k`, in its clause.
bool Says(const SideTokens& side, std::size_t k) {
  for (std::size_t m = k; m > 0 && k - m < 2 && !side.ClauseBreakAfter(m - 1);) {
    if (side.Is(--m, kAttributionVerb)) return true;
  }
  for (std::size_t m = k; m + 1 < side.tokens.size() && m - k < 2 && !side.ClauseBreakAfter(m);) {
    if (side.Is(++m, kAttributionVerb)) return true;
  }
  return false;
}

std::vector<Placed> PlaceFigures(const SideTokens& side) {
  std::vector<Placed> out;
  std::vector<Figure> figures = FindFigures(side);
  // A year belongs to the figure nearest it: in "44.3C, breaking the record of 43.4C from
  // 2019" the year is the old record's, not the new one's.
  auto nearest = [&](std::size_t of, std::size_t k) {
    const Sentence* sentence = side.sentence_of[figures[of].first];
    for (std::size_t other = 0; other < figures.size(); ++other) {
      if (other != of && side.sentence_of[figures[other].first] == sentence &&
          Distance(figures[other], k) < Distance(figures[of], k)) {
        return false;
      }
    }
    return true;
  };
  for (std::size_t index = 0; index < figures.size(); ++index) {
    const Figure& figure = figures[index];
    const Sentence* sentence = side.sentence_of[figure.first];
    Placed placed;
    placed.figure = figure;
    placed.sentence = sentence->index;
    const Figure& f = placed.figure;
    if (!f.units.empty()) {
      // The last of the words after it ("elective surgeries"), unless the first is a unit of
      // measure ("50 kilometers east").
      const std::size_t k = IsUnitOfMeasure(f.unit_words.front()) ? 0 : f.units.size() - 1;
      placed.counts = true;
      placed.counted = {f.units[k], f.unit_words[k]};
    }
    // After a unit of measure, what was measured: "a 40-metre section".
    if (placed.counts && IsUnitOfMeasure(f.unit_words.front())) {
      for (std::size_t k = 1; k < f.units.size(); ++k) placed.says.push_back({f.units[k], f.unit_words[k]});
    }
    // "Seven people ..., two of whom": a part of what the figure before it in its sentence counts.
    if (!placed.counts && f.last + 2 < side.tokens.size() && side.tokens[f.last + 1]->norm() == "of" && !out.empty() &&
        out.back().sentence == placed.sentence && out.back().counts) {
      const std::string_view which = side.tokens[f.last + 2]->norm();
      if (which == "whom" || which == "them" || which == "which" || which == "those") {
        placed.counts = true;
        placed.counted = out.back().counted;
      }
    }
    for (std::size_t w = 0; w < f.context.size(); ++w) {
      const std::size_t k = f.context_at[w];
      if (k >= f.first && k < f.counted_end) continue;  // the counted thing itself
      // Who said it ("police said") and when say nothing of what was counted.
      if (side.Is(k, kAttributionVerb) || side.Is(k, kWeekday) || side.Is(k, kMonth)) continue;
      // A source saying it ("police said") is not what was counted; a source doing it ("police
      // arrested nine") is what did it.
      if (side.Is(k, kGenericSource) && Says(side, k)) continue;
      placed.says.push_back({f.context[w], std::string(side.tokens[k]->norm())});
    }
    // The side's index of the sentence's first token, for the word classes.
    const std::size_t sentence_first =
        f.first - static_cast<std::size_t>(side.tokens[f.first] - sentence->tokens.data());
    for (std::size_t k = 0; k < sentence->tokens.size(); ++k) {
      const Token& token = sentence->tokens[k];
      if (IsYear(token) && nearest(index, sentence_first + k)) placed.years.emplace_back(token.norm());
      if (side.Is(sentence_first + k, kWeekday)) placed.days.emplace_back(WeekdayName(token.norm()));
      // "last year", "the previous month", "two years ago": a time before the event's.
      const std::string_view next = k + 1 < sentence->tokens.size() ? sentence->tokens[k + 1].norm() : "";
      if (token.norm() == "ago" ||
          ((token.norm() == "last" || token.norm() == "previous") &&
           (next == "year" || next == "month" || next == "week" || next == "decade" || next == "time"))) {
        placed.years.emplace_back("before");
      }
    }
    // "Six of its nine cars": a part, and the whole it is of, a few words on in its clause.
    constexpr std::size_t kMaxOfToWhole = 4;
    if (index + 1 < figures.size() && f.last + 1 < side.tokens.size() && side.tokens[f.last + 1]->norm() == "of") {
      const Figure& next = figures[index + 1];
      bool clause = next.first > f.last + 1 && next.first - (f.last + 1) <= kMaxOfToWhole;
      for (std::size_t k = f.last; clause && k < next.first; ++k) clause = !side.ClauseBreakAfter(k);
      if (clause) placed.whole = next.value;
    }
    // "rose to five", "has swelled to 40": the count a growing or shrinking tally (a toll, the
    // arrests) stands at now; what changed is the verb's subject, words before it in its clause
    // ("the number of people killed ... rose to five"). Measures (degrees, prices) are left out:
    // they go up and down, a tally only moves on.
    placed.new_value = f.kind == FigureKind::kCount && f.first >= 2 && side.tokens[f.first - 1]->norm() == "to" &&
                       !side.ClauseBreakAfter(f.first - 2) && IsChangeVerb(side.tokens[f.first - 2]->norm()) &&
                       !(placed.counts && MayBeUnitOfMeasure(placed.counted.norm));
    if (placed.new_value) {
      for (std::size_t k = f.first - 2; k > 0 && !side.ClauseBreakAfter(k - 1);) {
        const Token& token = *side.tokens[--k];
        if (token.kind == TokenKind::kWord && !token.stop() && !side.Is(k, kAttributionVerb))
          placed.says.push_back({std::string(token.stem()), std::string(token.norm())});
      }
    }
    out.push_back(std::move(placed));
  }
  return out;
}

// People, named as people ("climbers") or by what befell them: a happening ("no injuries") or a
// word that is also an adjective ("six dead", "40 injured", "two missing").
bool CountsPeopleOrFate(const Word& counted) {
  if (CountsPeople(counted.norm) || IsHappening(counted.norm)) return true;
  const WordNetDb& db = WordNetDb::Default();
  for (const std::string& base : db.BaseForms(counted.norm, PartOfSpeech::kAdjective)) {
    if (!db.Senses(base, PartOfSpeech::kAdjective).empty()) return true;
  }
  return false;
}

// How many of one figure's words have a word of the same meaning around the other.
int SharedMeaning(const std::vector<Word>& x, const std::vector<Word>& y) {
  int shared = 0;
  for (const Word& word : x) {
    shared += std::any_of(y.begin(), y.end(), [&](const Word& other) { return Related(word, other); });
  }
  return shared;
}

// A year one sentence names and the other does not: a figure of another time ("three miners
// died there in 2019") set beside one of the event.
bool OtherTimes(const Placed& a, const Placed& b) {
  auto missing = [](const std::vector<std::string>& years, const std::vector<std::string>& other) {
    return std::any_of(years.begin(), years.end(),
                       [&](const std::string& y) { return std::find(other.begin(), other.end(), y) == other.end(); });
  };
  return missing(a.years, b.years) || missing(b.years, a.years);
}

// 0 when the two cannot measure one thing; else more the surer it is. A counted thing named
// alike on both sides ("homes", "acres") weighs 2, and a time of day or an age (of which a
// report gives few) 1 more; each word of the same meaning around them (what was done: "killed"
// / "death toll") 1. People and units of measure ("minutes") are counted for too many reasons
// to tie two figures without such a word.
int Strength(const Placed& a, const Placed& b) {
  const Figure& x = a.figure;
  const Figure& y = b.figure;
  if (x.kind != y.kind) return 0;
  if (x.kind == FigureKind::kMoney && x.unit != y.unit) return 0;
  if (x.kind == FigureKind::kCount && x.personal != y.personal) return 0;  // a part, not the count
  if (OtherTimes(a, b)) return 0;
  const int context = SharedMeaning(a.says, b.says);
  const int rare_kind = x.kind == FigureKind::kTime || x.kind == FigureKind::kAge ? 1 : 0;
  if (!a.counts && !b.counts) return context >= 1 ? 1 + rare_kind + context : 0;
  if (!a.counts || !b.counts) {
    // Only one names what it counts: sure only if the other's words name it too ("the death
    // toll stood at 13" / "13 deaths"), not something else ("a crowd estimated at 1,500").
    const Word& named = a.counts ? a.counted : b.counted;
    const std::vector<Word>& counting_says = a.counts ? a.says : b.says;
    const std::vector<Word>& other_says = a.counts ? b.says : a.says;
    // People counted on one side, and on the other a happening to them that the first side's
    // words do ("killing 11 people" / "the death toll stood at 13").
    const bool happening_to_people =
        CountsPeople(named.norm) && std::any_of(other_says.begin(), other_says.end(), [&](const Word& w) {
          return IsHappening(w.norm) && SharedMeaning({w}, counting_says) > 0;
        });
    // The thing one counts, named by the other's words, ties them as surely as one name would.
    if (happening_to_people || SharedMeaning({named}, other_says) > 0) return 2 + rare_kind + context;
    if (context == 0) return 0;
    return std::min(2, 1 + rare_kind + context);
  }
  const bool same_thing = SameThing(a.counted, b.counted) || LengthsOfTime(x, y);
  const bool people_x = CountsPeople(a.counted.norm), people_y = CountsPeople(b.counted.norm);
  const bool people = people_x && people_y;
  // "23 deaths" and "killing 21 people": what one counts is what the other's words do to people.
  const Word& thing = people_x ? b.counted : a.counted;
  const int crossed = same_thing || people_x == people_y || !IsHappening(thing.norm)
                          ? 0
                          : 2 * SharedMeaning({thing}, people_x ? a.says : b.says);
  if (!same_thing && !people && crossed == 0) return 0;
  // "No Americans" and "two Britons": none of one kind of people says nothing of another; "nobody"
  // is none of any.
  const bool nobody = (x.none && a.counted.norm == "people") || (y.none && b.counted.norm == "people");
  if ((x.none || y.none) && !same_thing && crossed == 0 && !nobody) return 0;
  // People are what ages measure: "a 16-year-old student" and "Student, 17" are one measure.
  const bool generic = !same_thing || (people && x.kind != FigureKind::kAge) || IsUnitOfMeasure(a.counted.norm) ||
                       IsUnitOfMeasure(b.counted.norm);
  if (generic) return context + crossed >= 1 ? 1 + (people ? 1 : 0) + context + crossed : 0;
  return 2 + rare_kind + context;
}

std::size_t TimesOfDay(const std::vector<Placed>& figures) {
  return std::count_if(figures.begin(), figures.end(),
                       [](const Placed& p) { return p.figure.kind == FigureKind::kTime; });
}

// A report that gives one time of day gives the time of what it reports: when each report gives
// one ("the collapse, at 10.52pm" / "gave way around 10:15 p.m."), the two are one measure
// however their sentences word it, unless they name other days or years.
bool LoneTimesMeet(const Placed& a, const Placed& b) {
  if (OtherTimes(a, b)) return false;
  if (a.days.empty() || b.days.empty()) return true;
  return std::any_of(a.days.begin(), a.days.end(), [&](const std::string& day) {
    return std::find(b.days.begin(), b.days.end(), day) != b.days.end();
  });
}

// True when the thing xs[i] and ys[j] count is the same, and neither report counts it anywhere
// else: "12 homes" and "47 homes" are then one measure, whatever the words around them. People
// and units of measure are counted for too many reasons.
bool OnlyCountsOf(const std::vector<Placed>& xs, std::size_t i, const std::vector<Placed>& ys, std::size_t j) {
  const Placed& x = xs[i];
  const Placed& y = ys[j];
  if (x.figure.kind != FigureKind::kCount || !x.counts || !y.counts || x.figure.none || y.figure.none) return false;
  if (CountsPeople(x.counted.norm) || CountsPeople(y.counted.norm) || IsUnitOfMeasure(x.counted.norm) ||
      IsUnitOfMeasure(y.counted.norm) || !SameThing(x.counted, y.counted)) {
    return false;
  }
  auto alone = [](const std::vector<Placed>& side, std::size_t k) {
    for (std::size_t m = 0; m < side.size(); ++m) {
      if (m != k && side[m].counts && SameThing(side[m].counted, side[k].counted)) return false;
    }
    return true;
  };
  return alone(xs, i) && alone(ys, j);
}

std::string Written(const SideTokens& side, const Figure& f) { return side.Source(f.first, f.counted_end); }

SideView WholeDocument(const std::string& text, const Segmentation& seg) {
  SideView view;
  view.text = &text;
  for (const Sentence& s : seg.sentences) {
    if (!s.boilerplate) view.sentences.push_back(&s);
  }
  return view;
}

}  // namespace

std::vector<FigureEntry> LedgerFigures(const std::string& text_a, const Segmentation& a, const std::string& text_b,
                                       const Segmentation& b, const std::vector<std::uint16_t>* classes_a,
                                       const std::vector<std::uint16_t>* classes_b, std::size_t max_sentences) {
  std::vector<FigureEntry> entries;
  if (a.sentences.size() > max_sentences || b.sentences.size() > max_sentences) return entries;
  const PairTokens sides = MakePairTokens(WholeDocument(text_a, a), WholeDocument(text_b, b), classes_a, classes_b);
  const std::vector<Placed> xs = PlaceFigures(sides.a), ys = PlaceFigures(sides.b);
  struct Option {
    bool equal;
    int strength;
    bool agree;
    double ratio;  // the larger value over the smaller
    std::size_t i, j;
  };
  std::vector<Option> options;
  const bool lone_times = TimesOfDay(xs) == 1 && TimesOfDay(ys) == 1;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    for (std::size_t j = 0; j < ys.size(); ++j) {
      int strength = Strength(xs[i], ys[j]);
      if (lone_times && xs[i].figure.kind == FigureKind::kTime && ys[j].figure.kind == FigureKind::kTime &&
          LoneTimesMeet(xs[i], ys[j])) {
        strength = std::max(strength, kSureMeasure);
      }
      if (strength > 0 && strength < kSureMeasure && OnlyCountsOf(xs, i, ys, j)) strength = kSureMeasure;
      // Parts of one whole ("seven of the train's nine cars" / "six of its nine cars").
      if (strength > 0 && xs[i].whole > 0 && xs[i].whole == ys[j].whole) strength = std::max(strength, kSureMeasure);
      if (strength == 0) continue;
      // Figures far apart are other measures ("more than 200 people" aboard, a toll of 5): pairing
      // them would take the figure from its true counterpart.
      if (FarApart(xs[i].figure, ys[j].figure)) continue;
      const double ratio = ValueRatio(xs[i].figure, ys[j].figure);
      const bool agree = FiguresAgree(xs[i].figure, ys[j].figure);
      options.push_back({xs[i].figure.value == ys[j].figure.value, strength, agree, ratio, i, j});
    }
  }
  // As PairFigures: the same value first (one fact told twice), then surest, agreeing first,
  // then the nearer values (two reports of one health budget say 8% and 6%, not 8% and 2.5%).
  // A weak tie of equal values ("300 of the 2,000 homes" lost power) does not go before a sure
  // measure ("more than 450 homes and businesses" flooded).
  std::sort(options.begin(), options.end(), [](const Option& l, const Option& r) {
    const bool l_told_twice = l.equal && l.strength >= kSureMeasure,
               r_told_twice = r.equal && r.strength >= kSureMeasure;
    if (l_told_twice != r_told_twice) return l_told_twice;
    if (l.strength != r.strength) return l.strength > r.strength;
    if (l.equal != r.equal) return l.equal;
    if (l.agree != r.agree) return l.agree;
    if (l.ratio != r.ratio) return l.ratio < r.ratio;
    return l.i != r.i ? l.i < r.i : l.j < r.j;
  });
  std::vector<bool> used_a(xs.size()), used_b(ys.size());
  std::vector<std::pair<std::size_t, std::size_t>> paired;
  auto add = [&](const Option& o) {
    used_a[o.i] = used_b[o.j] = true;
    paired.push_back({o.i, o.j});
    const Figure& x = xs[o.i].figure;
    const Figure& y = ys[o.j].figure;
    FigureEntry entry;
    entry.a_sentence = xs[o.i].sentence;
    entry.b_sentence = ys[o.j].sentence;
    std::string measure = MeasureName(x);
    if (x.units.empty()) measure = MeasureName(y);
    entry.reason = Reason(FigureConflictKind(x, y), Written(sides.a, x), Written(sides.b, y), std::move(measure));
    entry.agree = o.agree;
    entry.strength = o.strength;
    // None against some is a disagreement however many the some are.
    entry.ratio = (x.none || y.none) && std::min(x.value, y.value) == 0 ? 1 : ValueRatio(x, y);
    entries.push_back(std::move(entry));
  };
  for (const Option& o : options) {
    if (!used_a[o.i] && !used_b[o.j]) add(o);
  }
  // A figure each report repeats (its headline and its body: "48,000 students" twice, "84,000"
  // twice) is one measure told twice on each side: the repeats pair too, so that the body's
  // sentences are set against each other as well as the headlines.
  // A figure of the same value that counts things beside one that counts people ("four
  // municipalities" beside "four people killed", "six dead") is no repeat.
  auto repeats = [](const std::vector<Placed>& side, std::size_t k, std::size_t of) {
    const Placed& x = side[k];
    const Placed& y = side[of];
    if (x.figure.kind != y.figure.kind || x.figure.value != y.figure.value || x.sentence == y.sentence) return false;
    return !x.counts || !y.counts || CountsPeopleOrFate(x.counted) == CountsPeopleOrFate(y.counted);
  };
  // Their words need not tie them again: the values already did. Each report stating its value
  // twice, the two are sure to be one measure.
  const std::size_t first_pass = paired.size();
  for (std::size_t p = 0; p < first_pass; ++p) {
    const auto [i0, j0] = paired[p];
    for (std::size_t i = 0; i < xs.size(); ++i) {
      if (used_a[i] || !repeats(xs, i, i0)) continue;
      for (std::size_t j = 0; j < ys.size(); ++j) {
        if (used_b[j] || !repeats(ys, j, j0) || OtherTimes(xs[i], ys[j])) continue;
        add({false, std::max(entries[p].strength, kSureMeasure), FiguresAgree(xs[i].figure, ys[j].figure),
             ValueRatio(xs[i].figure, ys[j].figure), i, j});
        break;
      }
    }
  }
  // Two disagreeing pairings of one measure each report tells twice (its headline and its body:
  // "no injuries" and "none of the passengers were hurt" / "Five passengers hurt" and "five
  // passengers suffered injuries") set each sentence against both of the other's: they cross too.
  auto paired_already = [&](std::size_t i, std::size_t j) {
    return std::find(paired.begin(), paired.end(), std::pair{i, j}) != paired.end();
  };
  const std::size_t second_pass = paired.size();
  for (std::size_t p = 0; p < second_pass; ++p) {
    for (std::size_t q = p + 1; q < second_pass; ++q) {
      // One sure pairing vouches for a weaker one of the same two values (the headlines' few words).
      if (entries[p].agree || entries[q].agree || std::max(entries[p].strength, entries[q].strength) < kSureMeasure ||
          std::min(entries[p].strength, entries[q].strength) < kAlignedMeasure) {
        continue;
      }
      const std::size_t ip = paired[p].first, jp = paired[p].second, iq = paired[q].first, jq = paired[q].second;
      if (!repeats(xs, ip, iq) || !repeats(ys, jp, jq)) continue;
      const int strength = std::max(entries[p].strength, entries[q].strength);
      for (const auto& [i, j] : {std::pair{ip, jq}, std::pair{iq, jp}}) {
        if (OtherTimes(xs[i], ys[j]) || paired_already(i, j)) continue;
        add({false, strength, FiguresAgree(xs[i].figure, ys[j].figure), ValueRatio(xs[i].figure, ys[j].figure), i, j});
      }
    }
  }
  // A figure only one report repeats in its headline ("Quake kills 21" over "killing at least 21
  // people") is the same measure in both of its sentences: its repeat is set against the other
  // report's figure too, where their words do not rule it out. A figure that only a weak pairing
  // took is free for this.
  auto headline = [](const Segmentation& seg) {
    for (const Sentence& s : seg.sentences) {
      if (!s.boilerplate) return s.index;
    }
    return std::size_t{0};
  };
  const std::size_t headline_a = headline(a), headline_b = headline(b);
  std::vector<bool> sure_a(xs.size()), sure_b(ys.size());
  for (std::size_t p = 0; p < entries.size(); ++p) {
    if (entries[p].strength >= kSureMeasure) sure_a[paired[p].first] = sure_b[paired[p].second] = true;
  }
  for (std::size_t p = 0; p < first_pass; ++p) {
    if (entries[p].strength < kSureMeasure) continue;
    // Plain names, not a structured binding: the lambda below captures them.
    const std::size_t i0 = paired[p].first, j0 = paired[p].second;
    auto repeat_once = [&](const std::vector<Placed>& mine, std::vector<bool>& sure, std::size_t at, bool mine_is_a) {
      const std::size_t my_headline = mine_is_a ? headline_a : headline_b;
      for (std::size_t k = 0; k < mine.size(); ++k) {
        if (sure[k] || !repeats(mine, k, at)) continue;
        if (mine[k].sentence != my_headline && mine[at].sentence != my_headline) continue;
        const std::size_t i = mine_is_a ? k : i0, j = mine_is_a ? j0 : k;
        if (Strength(xs[i], ys[j]) == 0) continue;
        add({false, entries[p].strength, FiguresAgree(xs[i].figure, ys[j].figure),
             ValueRatio(xs[i].figure, ys[j].figure), i, j});
        sure[k] = true;
        break;
      }
    };
    repeat_once(ys, sure_b, j0, false);
    repeat_once(xs, sure_a, i0, true);
  }
  // A figure one report gives as a measure's new value ("the toll rose to five") is set against
  // each figure the other report gives for that measure, even one already paired with a value
  // both give ("three killed at the scene"): the reports tell the measure at different times.
  auto set_new_values = [&](const std::vector<Placed>& mine, const std::vector<Placed>& theirs, bool mine_is_a) {
    for (std::size_t k = 0; k < mine.size(); ++k) {
      if (!mine[k].new_value) continue;
      for (std::size_t other = 0; other < theirs.size(); ++other) {
        const std::size_t i = mine_is_a ? k : other, j = mine_is_a ? other : k;
        if (xs[i].figure.value == ys[j].figure.value || OtherTimes(xs[i], ys[j])) continue;
        if (FarApart(xs[i].figure, ys[j].figure) || paired_already(i, j)) continue;
        const int strength = Strength(xs[i], ys[j]);
        if (strength < kSureMeasure) continue;
        add({false, strength, FiguresAgree(xs[i].figure, ys[j].figure), ValueRatio(xs[i].figure, ys[j].figure), i, j});
      }
    }
  };
  set_new_values(xs, ys, true);
  set_new_values(ys, xs, false);
  std::sort(entries.begin(), entries.end(), [](const FigureEntry& l, const FigureEntry& r) {
    return l.a_sentence != r.a_sentence ? l.a_sentence < r.a_sentence : l.b_sentence < r.b_sentence;
  });
  return entries;
}

}  // namespace claimdiff
