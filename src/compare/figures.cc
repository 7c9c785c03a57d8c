// Finding figures in a side's tokens and deciding whether two of them can both be right.
#include "compare/figures.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <optional>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "compare/lexicon.h"
#include "lexicon/number_words.h"
#include "lexicon/wordnet_db.h"

namespace claimdiff {
namespace {

// lexnames(5WN): the WordNet file of a noun's commonest sense tells what kind of thing it is.
constexpr int kNounAct = 4, kNounEvent = 11, kNounPerson = 18, kNounPhenomenon = 19, kNounProcess = 22,
              kNounQuantity = 23, kNounState = 26, kNounTime = 28;

constexpr std::size_t kContextReach = 6;  // tokens either side of a figure that say what it counts

// The lexicographer file of the commonest noun sense of `word` that is not a name, -1 when it is
// no noun.
int NounFile(const std::string& word) {
  thread_local absl::flat_hash_map<std::string, int> known;
  auto [it, inserted] = known.try_emplace(word, -1);
  if (!inserted) return it->second;
  const WordNetDb& db = WordNetDb::Default();
  for (const std::string& base : db.BaseForms(word, PartOfSpeech::kNoun)) {
    for (std::uint32_t offset : db.Senses(base, PartOfSpeech::kNoun)) {
      // A name written like the word ("Crane", the writer) is not what a figure counts.
      const Synset synset = db.ReadSynset(PartOfSpeech::kNoun, offset);
      const auto self = std::find(synset.words.begin(), synset.words.end(), base);
      if (self != synset.words.end() && synset.names[self - synset.words.begin()]) continue;
      it->second = synset.lexicographer_file;
      return it->second;
    }
  }
  return it->second;
}

// The quantity and time senses of a noun: its senses as a unit of measure.
std::vector<std::uint32_t> UnitSenses(const std::string& word) {
  thread_local absl::flat_hash_map<std::string, std::vector<std::uint32_t>> known;
  auto [it, inserted] = known.try_emplace(word);
  if (!inserted) return it->second;
  const WordNetDb& db = WordNetDb::Default();
  for (const std::string& base : db.BaseForms(word, PartOfSpeech::kNoun)) {
    for (std::uint32_t offset : db.Senses(base, PartOfSpeech::kNoun)) {
      const int file = db.ReadSynset(PartOfSpeech::kNoun, offset).lexicographer_file;
      if (file == kNounQuantity || file == kNounTime) it->second.push_back(offset);
    }
  }
  return it->second;
}

// How the words before a figure qualify it.
enum class Qualifier { kExact, kAbout, kNearly, kAtLeast, kAtMost, kShortlyAfter, kShortlyBefore };

struct Cue {
  std::string_view words;  // space-separated, as normalized
  Qualifier qualifier;
};

// The approximation vocabulary of news English, longest first within each meaning.
constexpr Cue kCues[] = {{"more than", Qualifier::kAtLeast},
                         {"at least", Qualifier::kAtLeast},
                         {"upwards of", Qualifier::kAtLeast},
                         {"in excess of", Qualifier::kAtLeast},
                         {"over", Qualifier::kAtLeast},
                         {"above", Qualifier::kAtLeast},
                         {"exceeding", Qualifier::kAtLeast},
                         {"as many as", Qualifier::kAtMost},
                         {"as much as", Qualifier::kAtMost},
                         {"no more than", Qualifier::kAtMost},
                         {"up to", Qualifier::kAtMost},
                         {"fewer than", Qualifier::kAtMost},
                         {"less than", Qualifier::kAtMost},
                         {"at most", Qualifier::kAtMost},
                         {"under", Qualifier::kAtMost},
                         {"below", Qualifier::kAtMost},
                         {"nearly", Qualifier::kNearly},
                         {"almost", Qualifier::kNearly},
                         {"close to", Qualifier::kNearly},
                         {"just under", Qualifier::kNearly},
                         {"about", Qualifier::kAbout},
                         {"around", Qualifier::kAbout},
                         {"roughly", Qualifier::kAbout},
                         {"approximately", Qualifier::kAbout},
                         {"some", Qualifier::kAbout},
                         {"an estimated", Qualifier::kAbout},
                         {"estimated", Qualifier::kAbout},
                         {"just over", Qualifier::kAbout},
                         {"shortly after", Qualifier::kShortlyAfter},
                         {"just after", Qualifier::kShortlyAfter},
                         {"soon after", Qualifier::kShortlyAfter},
                         {"shortly before", Qualifier::kShortlyBefore},
                         {"just before", Qualifier::kShortlyBefore}};

constexpr std::string_view kCurrencyWords[][2] = {
    {"dollars", "$"}, {"dollar", "$"}, {"euros", "€"},      {"euro", "€"},       {"pounds", "£"},
    {"pound", "£"},   {"yen", "¥"},    {"francs", "franc"}, {"rupees", "rupee"}, {"yuan", "yuan"}};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The step a value is rounded to as written: 100 for 300 and 1,500, 1 for 11, 0.1 for 46.9.
double RoundingUnit(double value) {
  value = std::fabs(value);
  if (value == 0) return 1;
  if (value != std::floor(value)) {
    double unit = 0.1;
    while (unit > 1e-4 && std::fabs(value / unit - std::round(value / unit)) > 1e-6) unit /= 10;
    return unit;
  }
  double unit = 1;
  while (unit * 10 <= value && std::fmod(value, unit * 10) == 0) unit *= 10;
  return unit;
}

// The step "about" rounds a value to: as RoundingUnit, but a value ending in a five is rounded
// to fives ("about 25 minutes" allows 27; "about 250" allows 270).
double AboutUnit(double value) {
  const double unit = RoundingUnit(value);
  if (value != std::floor(value) || std::fmod(std::fabs(value), 5 * unit) != 0) return unit;
  return 5 * unit;
}

// "a.m" (the word breaker keeps the inner dot), "am", "p.m", "pm".
int Meridiem(std::string_view word) {
  if (word == "a.m" || word == "am" || word == "a.m.") return 1;
  if (word == "p.m" || word == "pm" || word == "p.m.") return 2;
  return 0;
}

double ToMinutes(int hour, int minute, int meridiem) {
  if (meridiem == 2 && hour < 12) hour += 12;
  if (meridiem == 1 && hour == 12) hour = 0;
  return hour * 60.0 + minute;
}

// "10.52pm", "4pm", "10:15" written as one token: minutes after midnight.
std::optional<double> GluedTime(std::string_view norm) {
  std::size_t i = 0;
  int hour = 0, minute = 0;
  while (i < norm.size() && IsDigit(norm[i]) && i < 2) hour = hour * 10 + (norm[i++] - '0');
  if (i == 0) return std::nullopt;
  if (i < norm.size() && (norm[i] == '.' || norm[i] == ':')) {
    if (i + 2 >= norm.size() || !IsDigit(norm[i + 1]) || !IsDigit(norm[i + 2])) return std::nullopt;
    minute = (norm[i + 1] - '0') * 10 + (norm[i + 2] - '0');
    i += 3;
  }
  int meridiem = Meridiem(norm.substr(i));
  if (meridiem == 0 || hour > 12 || minute > 59) return std::nullopt;
  return ToMinutes(hour, minute, meridiem);
}

bool IsPluralNoun(std::string_view word);

// "working", "flooded": a verb's participle, not more of a noun phrase.
bool LooksLikeParticiple(std::string_view word) {
  auto ends = [&](std::string_view end) { return word.size() > 4 && word.substr(word.size() - end.size()) == end; };
  return ends("ing") || ends("ed");
}
bool IsGluedUnit(std::string_view word);

class Finder {
 public:
  explicit Finder(const SideTokens& side) : side_(side), n_(side.tokens.size()) {}

  std::vector<Figure> Run() {
    std::vector<Figure> out;
    for (std::size_t i = 0; i < n_; ++i) {
      Figure figure;
      if (!ReadAt(i, &figure)) continue;
      // A conversion in brackets right after a figure ("8 kilometers (5 miles)") repeats it.
      if (!out.empty() && InBracketsAfter(out.back().last, figure.first)) {
        i = figure.last;
        continue;
      }
      Qualify(&figure);
      FillUnitsAndContext(&figure);
      if (nobody_) {
        figure.units.assign(1, "people");
        figure.unit_words.assign(1, "people");
        nobody_ = false;
      }
      // "11 people ... and 27 others": "others" are more of what the figure before counted.
      if (figure.units.empty() && figure.last + 1 < n_ && Norm(figure.last + 1) == "others" && !out.empty() &&
          side_.sentence_of[out.back().first] == side_.sentence_of[figure.first] && !out.back().units.empty()) {
        figure.units = out.back().units;
        figure.unit_words = out.back().unit_words;
        figure.unit = out.back().unit;
        figure.counted_end = figure.last + 2;
        // As a thing counted is among the words around its figure.
        for (std::size_t k = 0; k < figure.units.size(); ++k) {
          figure.context.push_back(figure.units[k]);
          figure.context_at.push_back(figure.last + 1);
        }
      }
      // "from 18 months to 3 years": a range whose ends are in different units; each end bounds
      // what the other report may say (two years and three months lies inside).
      if (!out.empty() && MixedUnitRange(out.back(), figure)) {
        out.back().bound = FigureBound::kAtLeast;
        out.back().high = std::numeric_limits<double>::infinity();
        figure.bound = FigureBound::kAtMost;
        figure.low = 0;
      }
      i = figure.last;
      out.push_back(std::move(figure));
    }
    return out;
  }

 private:
  std::string_view Norm(std::size_t i) const { return side_.tokens[i]->norm(); }
  const std::string& Text() const { return *side_.text; }
  // True when `low` "to" `high` in one clause, both of one kind with units of their own that
  // differ ("18 months to 3 years").
  bool MixedUnitRange(const Figure& low, const Figure& high) const {
    if (low.kind != high.kind || low.range || high.range || low.units.empty() || high.units.empty()) return false;
    if (low.units == high.units || low.counted_end + 1 != high.first || Norm(low.counted_end) != "to") return false;
    return !side_.ClauseBreakAfter(low.counted_end - 1) && !side_.ClauseBreakAfter(low.counted_end);
  }
  // The source text between tokens i and i + 1.
  std::string_view Gap(std::size_t i) const {
    const Token& t = *side_.tokens[i];
    const Token& next = *side_.tokens[i + 1];
    return std::string_view(Text()).substr(t.end, next.begin > t.end ? next.begin - t.end : 0);
  }
  bool Joined(std::size_t i) const { return i + 1 < n_ && !side_.sentence_end[i]; }

  bool InBracketsAfter(std::size_t previous_last, std::size_t first) const {
    if (first == 0 || first > previous_last + 3) return false;
    for (std::size_t k = previous_last; k < first; ++k) {
      if (Gap(k).find('(') != std::string_view::npos) return true;
    }
    return false;
  }

  bool ReadAt(std::size_t i, Figure* figure) {
    const Token& token = *side_.tokens[i];
    std::string_view norm = token.norm();
    figure->first = figure->last = i;
    if (ReadTime(i, figure)) return true;
    // Ages: "a 16-year-old", "Hannah Corrie, 34,", "aged 7".
    if (norm.size() > 9 && IsDigit(norm[0])) {
      std::size_t dash = norm.find("-year");
      if (dash != std::string_view::npos && norm.find("-old") != std::string_view::npos) {
        figure->kind = FigureKind::kAge;
        figure->value = std::atof(std::string(norm.substr(0, dash)).c_str());
        return true;
      }
    }
    if (ReadNone(i, figure)) return true;
    std::optional<double> value = NumeralValue(norm);
    glued_unit_.clear();
    if (!value) {
      // "72mm", "43.4C", "5km": a unit of measure written onto the number.
      std::size_t split = 0;
      while (split < norm.size() && (IsDigit(norm[split]) || norm[split] == '.' || norm[split] == ',')) ++split;
      if (split > 0 && split < norm.size() && IsGluedUnit(norm.substr(split))) {
        value = NumeralValue(norm.substr(0, split));
        if (value) glued_unit_ = std::string(norm.substr(split));
      }
    }
    const bool digits = value.has_value();
    if (!value) value = NumberWordValue(norm);
    if (!value) return ReadFraction(i, figure);
    // "one of the", "one witness said": not a count; "within one kilometre" is a measure, but
    // not at the head of its clause ("One day, ...").
    const bool one_unit = i > 0 && !side_.ClauseBreakAfter(i - 1) && i + 1 < n_ && OneUnitOfMeasure(i + 1);
    // "one hundred", "one million": a number written out.
    const bool one_scaled = i + 1 < n_ && !side_.ClauseBreakAfter(i) && ScaleWordValue(Norm(i + 1));
    if (!digits && *value < 2 && !(i + 1 < n_ && Norm(i + 1) == "%") && !one_unit && !one_scaled) return false;
    if (IsYear(token)) return false;
    // Days of a month belong to dates; "9:12" was read as a time above.
    auto is_month = [&](std::size_t k) { return side_.tokens[k]->capitalized && side_.Is(k, kMonth); };
    if ((i > 0 && is_month(i - 1) && Joined(i - 1)) || (i + 1 < n_ && is_month(i + 1) && Joined(i))) return false;
    if (Joined(i) && Gap(i) == ":") return false;
    // "Tern-1", "F-16", "Covid-19": a number hyphened onto a word is part of a name.
    if (digits && i > 0 && Joined(i - 1) && Gap(i - 1) == "-" && side_.tokens[i - 1]->kind == TokenKind::kWord &&
        !NumeralValue(Norm(i - 1)) && !NumberWordValue(Norm(i - 1))) {
      return false;
    }
    // "called 911", "dial 999": a number to call, unless something counted follows ("called
    // 12 witnesses").
    if (digits && i > 0 &&
        (side_.tokens[i - 1]->stem() == "call" || side_.tokens[i - 1]->stem().substr(0, 4) == "dial") &&
        !(i + 1 < n_ && !side_.ClauseBreakAfter(i) && IsContentWord(i + 1) && MayBeNoun(Norm(i + 1)))) {
      return false;
    }
    figure->value = *value;
    while (figure->last + 1 < n_ && !side_.ClauseBreakAfter(figure->last)) {
      std::optional<double> scale = ScaleWordValue(Norm(figure->last + 1));
      if (!scale) break;
      figure->value *= *scale;
      ++figure->last;
      scaled_ = true;
    }
    if (i + 1 < n_ && Joined(i) && Gap(i) == "-" && (Norm(i + 1) == "year-old" || Norm(i + 1) == "years-old")) {
      figure->kind = FigureKind::kAge;  // "44-year-old": the word breaker leaves "44" and "year-old"
      ++figure->last;
      return true;
    }
    if (i > 0 && Norm(i - 1) == "aged") {
      figure->kind = FigureKind::kAge;
    } else if (IsAgeApposition(i)) {
      figure->kind = FigureKind::kAge;
    }
    ReadKind(figure);
    return true;
  }

  // "no injuries", "no safety violations", "none of the passengers": a count of nothing. Only
  // a plural counted thing ("no evidence", "no sign" count nothing another report would).
  bool ReadNone(std::size_t i, Figure* figure) {
    const std::string_view norm = Norm(i);
    // "Nobody was hurt", "no one has been arrested": none of the people something befell; not
    // one who did something ("a warning nobody heeded").
    const bool no_one = norm == "no" && i + 1 < n_ && Norm(i + 1) == "one" && !side_.ClauseBreakAfter(i);
    const std::size_t next = no_one ? i + 2 : i + 1;
    auto befell = [&] {
      if (next >= n_ || side_.ClauseBreakAfter(next - 1)) return false;
      for (std::string_view verb : {"was", "were", "is", "are", "has", "have", "had", "died"}) {
        if (Norm(next) == verb) return true;
      }
      return false;
    };
    if ((norm == "nobody" || no_one) && befell()) {
      figure->kind = FigureKind::kCount;
      figure->value = 0;
      figure->none = true;
      figure->last = no_one ? i + 1 : i;
      nobody_ = true;
      return true;
    }
    if ((norm != "no" && norm != "none") || side_.ClauseBreakAfter(i)) return false;
    if (norm == "none") {
      if (Norm(i + 1) != "of") return false;
      // "None of its 21 crew was hurt" states the 21, not a count of nothing.
      for (std::size_t k = i + 2; k < n_ && k < i + 5 && !side_.ClauseBreakAfter(k - 1); ++k) {
        if (side_.tokens[k]->kind == TokenKind::kNumber || NumberWordValue(Norm(k))) return false;
      }
    } else {
      // The counted thing, with at most one word before it; it ends where the noun phrase does.
      std::size_t last = i + 1;
      if (!IsContentWord(last)) return false;
      if (last + 1 < n_ && !side_.ClauseBreakAfter(last) && IsContentWord(last + 1) && MayBeNoun(Norm(last + 1))) {
        ++last;
      }
      const Token& noun = *side_.tokens[last];
      if (!IsPluralNoun(noun.norm())) return false;
    }
    figure->kind = FigureKind::kCount;
    figure->value = 0;
    figure->none = true;
    return true;
  }

  // "a third", "half", "two-thirds": shares, read as percentages.
  bool ReadFraction(std::size_t i, Figure* figure) {
    std::string_view norm = Norm(i);
    double percent = 0;
    if (norm == "half") {
      percent = 50;
    } else if ((norm == "third" || norm == "quarter") && i > 0 && (Norm(i - 1) == "a" || Norm(i - 1) == "one")) {
      percent = norm == "third" ? 100.0 / 3 : 25;
    } else if (norm == "two-thirds") {
      percent = 200.0 / 3;
    } else if (norm == "three-quarters") {
      percent = 75;
    } else {
      return false;
    }
    // Only as a share of something: "half of its staff", "nearly half".
    // "a quarter of a century", "half an hour" measure time, not a share.
    const bool of_one = i + 2 < n_ && (Norm(i + 2) == "a" || Norm(i + 2) == "an");
    const bool share = (i + 1 < n_ && Norm(i + 1) == "of" && !of_one) ||
                       (i > 0 && (Norm(i - 1) == "nearly" || Norm(i - 1) == "almost" || Norm(i - 1) == "about"));
    if (!share) return false;
    figure->kind = FigureKind::kPercent;
    figure->value = percent;
    fraction_ = true;
    return true;
  }

  // A unit of measure in the singular right after "one": "one kilometre", "one hour" (not the
  // plural of "forty and one years").
  bool OneUnitOfMeasure(std::size_t k) const {
    if (side_.ClauseBreakAfter(k - 1) || side_.tokens[k]->kind != TokenKind::kWord) return false;
    const std::string norm(Norm(k));
    if (!IsUnitOfMeasure(norm) || norm.back() == 's') return false;
    // A word more often a verb ("let one leave") is not the unit.
    const WordNetDb& db = WordNetDb::Default();
    return db.Senses(norm, PartOfSpeech::kNoun).size() >= db.Senses(norm, PartOfSpeech::kVerb).size();
  }

  bool IsAgeApposition(std::size_t i) const {
    // "Name, 34," or "The driver, 52,": a name or a word for a person, a comma, the number under
    // 120, a comma.
    if (i == 0 || i + 1 >= n_) return false;
    if (!side_.tokens[i - 1]->capitalized && !CountsPeople(std::string(Norm(i - 1)))) return false;
    std::string_view before = Gap(i - 1), after = Gap(i);
    const double value = std::atof(std::string(Norm(i)).c_str());
    return before.find(',') != std::string_view::npos && after.find(',') != std::string_view::npos && value > 0 &&
           value < 120 && side_.tokens[i]->kind == TokenKind::kNumber;
  }

  bool ReadTime(std::size_t i, Figure* figure) {
    const Token& token = *side_.tokens[i];
    std::string_view norm = token.norm();
    if (norm == "noon" || norm == "midnight") {
      figure->kind = FigureKind::kTime;
      figure->value = norm == "noon" ? 720 : 0;
      return true;
    }
    if (auto glued = GluedTime(norm)) {
      figure->kind = FigureKind::kTime;
      figure->value = *glued;
      return true;
    }
    if (token.kind != TokenKind::kNumber || norm.size() > 2 || !IsDigit(norm[0])) return false;
    const int hour = std::atoi(std::string(norm).c_str());
    int minute = 0;
    std::size_t last = i;
    if (Joined(i) && (Gap(i) == ":" || Gap(i) == ".") && side_.tokens[i + 1]->kind == TokenKind::kNumber &&
        Norm(i + 1).size() == 2) {
      minute = std::atoi(std::string(Norm(i + 1)).c_str());
      last = i + 1;
    }
    int meridiem = last + 1 < n_ ? Meridiem(Norm(last + 1)) : 0;
    if (meridiem != 0) ++last;
    // "9:12" alone is a time; "9" needs its "p.m.", and "3.5" with no "p.m." is a number.
    const bool colon = last > i && Gap(i) == ":";
    if (meridiem == 0 && !colon) return false;
    if (hour > 24 || minute > 59 || (meridiem != 0 && hour > 12)) return false;
    figure->kind = FigureKind::kTime;
    figure->value = ToMinutes(hour, minute, meridiem);
    figure->last = last;
    return true;
  }

  void ReadKind(Figure* figure) {
    const std::size_t i = figure->first;
    const std::size_t after = figure->last + 1;
    // A currency sign right before the number: "$4.5 million", "€310m".
    const Token& token = *side_.tokens[i];
    for (std::string_view sign : {"$", "€", "£", "¥"}) {
      if (token.begin >= sign.size() && Text().compare(token.begin - sign.size(), sign.size(), sign) == 0) {
        figure->kind = FigureKind::kMoney;
        figure->unit = std::string(sign);
        return;
      }
    }
    if (after < n_ && !side_.ClauseBreakAfter(figure->last)) {
      std::string_view next = Norm(after);
      if (next == "%" || next == "percent" || next == "pct" ||
          (next == "per" && after + 1 < n_ && Norm(after + 1) == "cent")) {
        if (figure->kind == FigureKind::kAge) return;
        figure->kind = FigureKind::kPercent;
        figure->last = next == "per" ? after + 1 : after;
        return;
      }
      for (const auto& currency : kCurrencyWords) {
        if (next == currency[0]) {
          figure->kind = FigureKind::kMoney;
          figure->unit = std::string(currency[1]);
          figure->last = after;
          return;
        }
      }
    }
  }

  // The words before a figure that widen it, a range after it, and the values it then allows.
  void Qualify(Figure* figure) {
    Qualifier qualifier = Qualifier::kExact;
    std::size_t start = figure->first;
    for (const Cue& cue : kCues) {
      std::vector<std::string_view> words;
      for (std::size_t at = 0; at < cue.words.size();) {
        std::size_t space = cue.words.find(' ', at);
        if (space == std::string_view::npos) space = cue.words.size();
        words.push_back(cue.words.substr(at, space - at));
        at = space + 1;
      }
      if (words.size() > figure->first) continue;
      bool match = true;
      for (std::size_t w = 0; w < words.size() && match; ++w) {
        const std::size_t k = figure->first - words.size() + w;
        match = Norm(k) == words[w] && !side_.ClauseBreakAfter(k);
      }
      if (match) {
        qualifier = cue.qualifier;
        start = figure->first - words.size();
        break;
      }
    }
    double low = figure->value, high = figure->value;
    // A range: "7 to 12", "between 7 and 12", "7-12".
    const std::size_t after = figure->last + 1;
    if (after + 1 < n_ && !side_.ClauseBreakAfter(figure->last) &&
        (Norm(after) == "to" || (Norm(after) == "and" && start > 0 && Norm(start - 1) == "between"))) {
      Figure upper;
      // "aged 7 to 12": the second number takes the first one's kind, when it names nothing of
      // its own and could be of that kind: in "grew by 4.1% to 94.2bn lats" and "rose 5% to
      // 1,200" the second is where the change led, not the top of a range.
      const bool read = ReadAt(after + 1, &upper);
      if (read && upper.kind == FigureKind::kCount && upper.units.empty() && upper.unit.empty() &&
          !(figure->kind == FigureKind::kPercent && upper.value > 100)) {
        upper.kind = figure->kind;
      }
      if (read && upper.kind == figure->kind && upper.value > figure->value) {
        high = upper.value;
        figure->last = upper.last;
        figure->range = true;
      }
    }
    if (figure->kind == FigureKind::kTime) {
      switch (qualifier) {
        case Qualifier::kShortlyAfter:
          high = low + 20;
          break;
        case Qualifier::kShortlyBefore:
          low = high - 20;
          break;
        case Qualifier::kExact:
          break;
        default:
          low -= 10;
          high += 10;
          break;
      }
    } else {
      const bool share = figure->kind == FigureKind::kPercent;
      // "about 60": within a tenth (a point for shares), or as far as its rounding when that is
      // nearer; written to a scale ("31 million"), the figure is rounded at its last digit.
      // A fraction word ("nearly half") is coarser: five points.
      // A value written to its last few units is near that value: "about 212,000" is not 230,000.
      const double about =
          fraction_ ? 5.0
          : share   ? 1.0
                    : std::min(0.1 * figure->value, std::max(AboutUnit(figure->value), 0.03 * figure->value));
      switch (qualifier) {
        case Qualifier::kAbout:
          low -= about;
          high += about;
          break;
        case Qualifier::kNearly:
          low -= 1.5 * about;
          break;
        // A bound reaches as far as the rounding of its value: "more than 300" is 300 to 399,
        // "as many as 1,500" 1,401 to 1,500, while "at least 11" is a count (11, not 13).
        case Qualifier::kAtLeast:
          high = fraction_ ? std::max(high, low * 1.5) : low + 0.99 * RoundingUnit(figure->value);
          break;
        case Qualifier::kAtMost:
          // What a thing can hold or do ("the line can carry up to 120,000 barrels a day") is a
          // ceiling: whatever it does below it agrees.
          low = Capacity(start) ? 0 : fraction_ ? high * 0.75 : high - 0.99 * RoundingUnit(figure->value);
          break;
        default:
          break;
      }
      if (fraction_ && qualifier == Qualifier::kExact) {
        low -= 2;
        high += 2;
      }
      if (scaled_ && qualifier == Qualifier::kExact) {
        const double step = std::pow(10.0, std::floor(std::log10(std::max(1.0, figure->value))) - 1);
        low -= step / 2;
        high += step / 2;
      }
    }
    if (qualifier != Qualifier::kExact) figure->first = start;
    switch (qualifier) {
      case Qualifier::kExact:
        figure->bound = FigureBound::kExact;
        break;
      case Qualifier::kAtLeast:
      case Qualifier::kShortlyAfter:
        figure->bound = FigureBound::kAtLeast;
        break;
      case Qualifier::kAtMost:
      case Qualifier::kShortlyBefore:
      case Qualifier::kNearly:
        figure->bound = FigureBound::kAtMost;
        break;
      case Qualifier::kAbout:
        figure->bound = FigureBound::kAbout;
        break;
    }
    figure->low = low;
    figure->high = high;
    scaled_ = fraction_ = false;
  }

  // True when a modal of ability ("can", "could", "able") or "capacity" stands a few words before
  // tokens[at], in its clause.
  bool Capacity(std::size_t at) const {
    constexpr std::size_t kReach = 4;
    for (std::size_t k = at; k > 0 && at - k < kReach && !side_.ClauseBreakAfter(k - 1);) {
      const std::string_view word = Norm(--k);
      if (word == "can" || word == "could" || word == "able" || word == "capacity") return true;
    }
    return false;
  }

  bool IsContentWord(std::size_t k) const {
    const Token& t = *side_.tokens[k];
    return t.kind == TokenKind::kWord && !t.stop() && t.stem().size() > 1 && !NumberWordValue(t.norm()) &&
           !ScaleWordValue(t.norm()) && Meridiem(t.norm()) == 0;
  }

  // Words that stand between a figure and what it counts: "16 of their colleagues".
  static bool IsPartitiveFiller(std::string_view word) {
    for (std::string_view filler : {"of", "the", "their", "its", "his", "her", "our", "those", "these"}) {
      if (word == filler) return true;
    }
    return false;
  }

  // Words that join two statements, each with its own figures: "killing 14 and trapping 30";
  // or set a figure against another: "51% of the vote against 47% for Lenz".
  bool EndsStatement(std::size_t k) const {
    std::string_view word = Norm(k);
    return word == "and" || word == "but" || word == "while" || word == "whereas" || word == "or" ||
           word == "against" || word == "versus" || word == "vs";
  }

  void FillUnitsAndContext(Figure* figure) {
    // The counted thing: the content words right after it ("12 homes", "38 elective surgeries"),
    // or after "of" ("16 of their colleagues").
    std::size_t from = figure->last + 1;
    if (from < n_ && Norm(from) == "of" && !side_.ClauseBreakAfter(figure->last)) {
      // "of the", "of its nine", "of the train's nine": to the noun counted.
      auto filler = [&](std::size_t k) {
        return IsPartitiveFiller(Norm(k)) || side_.tokens[k]->kind == TokenKind::kNumber || NumberWordValue(Norm(k)) ||
               IsPossessive(Norm(k));
      };
      while (from < n_ && filler(from) && !side_.ClauseBreakAfter(from)) ++from;
    }
    // "two more days", "three additional officers", "19 other buildings": more of the thing
    // counted, or others of its kind.
    if (from + 1 < n_ && !side_.ClauseBreakAfter(from - 1) && !side_.ClauseBreakAfter(from)) {
      const std::string_view word = Norm(from);
      if (word == "more" || word == "additional" || word == "further" || word == "extra" || word == "other") ++from;
    }
    const std::size_t glued = glued_unit_.empty() ? 0 : 1;
    if (glued != 0) {
      figure->units.push_back(glued_unit_);
      figure->unit_words.push_back(glued_unit_);
    }
    for (std::size_t k = from; k < n_ && figure->units.size() < 2; ++k) {
      if (side_.ClauseBreakAfter(k - 1) || !IsContentWord(k) || !MayBeNoun(side_.tokens[k]->norm())) break;
      // "three employees working the night shift", "300 cellars lost power": after a plural noun
      // or before a participle, the thing counted has ended.
      if (k > from && (IsPluralNoun(Norm(k - 1)) || LooksLikeParticiple(Norm(k)))) break;
      figure->units.emplace_back(side_.tokens[k]->lemma());
      figure->unit_words.emplace_back(side_.tokens[k]->norm());
    }
    figure->counted_end = figure->units.size() == glued ? figure->last + 1 : from + figure->units.size() - glued;
    // "48,000 current and former students", "30 routine or elective surgeries": a word that
    // is no plural before "and" qualifies, with the words after it, the plural noun they end in.
    if (glued == 0 && figure->units.size() == 1 && !IsPluralNoun(figure->unit_words.front())) {
      const std::size_t k = figure->counted_end;
      if (k + 2 < n_ && (Norm(k) == "and" || Norm(k) == "or") && !side_.ClauseBreakAfter(k - 1) &&
          !side_.ClauseBreakAfter(k) && !side_.ClauseBreakAfter(k + 1) && IsContentWord(k + 1) &&
          IsContentWord(k + 2) && IsPluralNoun(Norm(k + 2))) {
        figure->units.assign({std::string(side_.tokens[k + 1]->lemma()), std::string(side_.tokens[k + 2]->lemma())});
        figure->unit_words.assign({std::string(Norm(k + 1)), std::string(Norm(k + 2))});
        figure->counted_end = k + 3;
      }
    }
    // "Student, 17,": an age in apposition belongs to the word before it.
    if (figure->kind == FigureKind::kAge && figure->units.empty() && IsAgeApposition(figure->first)) {
      const std::size_t named = figure->first - 1;
      figure->units.emplace_back(side_.tokens[named]->lemma());
      figure->unit_words.emplace_back(side_.tokens[named]->norm());
    }
    // "The driver, a 58-year-old man,": the age is the driver's, whom the apposition calls a man.
    if (figure->kind == FigureKind::kAge && figure->first >= 2 &&
        (Norm(figure->first - 1) == "a" || Norm(figure->first - 1) == "an")) {
      const std::size_t head = figure->first - 2;
      if (side_.ClauseBreakAfter(head) && !side_.sentence_end[head] && Gap(head).find(',') != std::string_view::npos &&
          IsContentWord(head) && MayBeNoun(Norm(head)) && !side_.tokens[head]->capitalized) {
        figure->units.assign(1, std::string(side_.tokens[head]->lemma()));
        figure->unit_words.assign(1, std::string(side_.tokens[head]->norm()));
      }
    }
    if (figure->kind == FigureKind::kCount && !figure->units.empty()) figure->unit = figure->units.front();
    // Its clause around it, as far as kContextReach tokens, not past a word that joins another
    // statement or another figure.
    // "300 homes and businesses were flooded": "and" joins a second thing counted, not a statement.
    auto joins_thing = [&](std::size_t k) {
      if (k != figure->counted_end || figure->units.empty() || (Norm(k) != "and" && Norm(k) != "or") || k + 1 >= n_ ||
          side_.ClauseBreakAfter(k) || !IsContentWord(k + 1) || !MayBeNoun(Norm(k + 1))) {
        return false;
      }
      return !LooksLikeParticiple(Norm(k + 1));  // "killing 14 miners and trapping 30"
    };
    auto stops = [&](std::size_t k) { return (EndsStatement(k) && !joins_thing(k)) || IsFigureStart(k); };
    std::size_t begin = figure->first;
    while (begin > 0 && figure->first - begin < kContextReach && !side_.ClauseBreakAfter(begin - 1) &&
           !stops(begin - 1))
      --begin;
    // After the counted thing when it was named through "of" ("Seven of its nine cars derailed").
    std::size_t end = std::max(figure->last, figure->counted_end - 1);
    const std::size_t after = end;
    while (end + 1 < n_ && end - after < kContextReach && !side_.ClauseBreakAfter(end) && !stops(end + 1)) ++end;
    // "47 homes and 19 other buildings were destroyed": figures joined by "and" share what is
    // said after the second one's counted thing.
    std::vector<std::size_t> shared;
    if (end + 2 < n_ && (Norm(end + 1) == "and" || Norm(end + 1) == "or") && !side_.ClauseBreakAfter(end) &&
        !side_.ClauseBreakAfter(end + 1) && IsFigureStart(end + 2)) {
      constexpr std::size_t kMaxOtherThing = 4;
      std::size_t thing = end + 2;
      while (thing - (end + 2) < kMaxOtherThing && !side_.ClauseBreakAfter(thing) && !IsPluralNoun(Norm(thing)))
        ++thing;
      if (IsPluralNoun(Norm(thing))) {
        for (std::size_t k = thing; k + 1 < n_ && k - thing < kContextReach && !side_.ClauseBreakAfter(k);) {
          if (stops(++k)) break;
          if (IsContentWord(k)) shared.push_back(k);
        }
      }
    }
    for (std::size_t k : shared) {
      figure->context.emplace_back(side_.tokens[k]->lemma());
      figure->context_at.push_back(k);
    }
    for (std::size_t k = begin; k <= end; ++k) {
      // "he had pulled nine people into his boat": one person's own share of a count.
      const std::string_view word = Norm(k);
      if (k < figure->first &&
          (word == "i" || word == "he" || word == "she" || word == "my" || word == "his" || word == "her"))
        figure->personal = true;
      if ((k < figure->first || k > figure->last) && IsContentWord(k)) {
        figure->context.emplace_back(side_.tokens[k]->lemma());
        figure->context_at.push_back(k);
      }
    }
    // "spending would rise to 94.2 billion lats, up 4.1 percent from this year", "The lockdown,
    // which began shortly after 9:15 a.m.,": a clause that says little more than its figure
    // tells of the clause before it, across the comma.
    if (figure->context.size() < 2 && begin > 0 && !side_.sentence_end[begin - 1] &&
        Gap(begin - 1).find(',') != std::string_view::npos) {
      for (std::size_t k = begin; k > 0 && begin - k < kContextReach && !stops(k - 1);) {
        --k;
        if (k + 1 < begin && side_.ClauseBreakAfter(k)) break;
        if (IsContentWord(k)) {
          figure->context.emplace_back(side_.tokens[k]->lemma());
          figure->context_at.push_back(k);
        }
      }
    }
  }

  // A number that is not a year: where another figure begins.
  bool IsFigureStart(std::size_t k) const {
    const Token& t = *side_.tokens[k];
    return t.kind == TokenKind::kNumber && !IsYear(t);
  }

  const SideTokens& side_;
  const std::size_t n_;
  bool scaled_ = false;     // the figure read last had a scale word ("31 million")
  bool fraction_ = false;   // ... was a fraction word ("half")
  std::string glued_unit_;  // ... had a unit written onto it ("mm" of "72mm")
  bool nobody_ = false;     // ... was "nobody" or "no one": it counts people
};

// A unit of measure written onto a number: a short word with a sense that is a quantity or a
// length of time ("mm", "km", "C" for degrees Celsius). Not the endings of ordinals ("3rd") or
// of decades ("1990s").
bool IsGluedUnit(std::string_view word) {
  if (word.size() > 3 || word == "st" || word == "nd" || word == "rd" || word == "th" || word == "s") return false;
  for (char c : word) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  }
  return !UnitSenses(std::string(word)).empty();
}

// True for a noun's plural that is no noun of its own ("cellars", not "news" or "glasses").
bool IsPluralNoun(std::string_view word) {
  thread_local absl::flat_hash_map<std::string, bool> known;
  auto [it, inserted] = known.try_emplace(std::string(word), false);
  if (inserted) {
    const std::vector<std::string> bases = WordNetDb::Default().BaseForms(word, PartOfSpeech::kNoun);
    it->second = !bases.empty() && std::find(bases.begin(), bases.end(), word) == bases.end();
  }
  return it->second;
}

std::size_t Shared(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  std::size_t shared = 0;
  for (const std::string& word : x) shared += std::find(y.begin(), y.end(), word) != y.end();
  return shared;
}

}  // namespace

// Counts of people often measure one thing under different names ("3,000 residents" /
// "8,500 people" evacuated).
bool CountsPeople(const std::string& lemma) { return lemma == "people" || NounFile(lemma) == kNounPerson; }

bool IsUnitOfMeasure(const std::string& word) {
  const int file = NounFile(word);
  return file == kNounQuantity || file == kNounTime;
}

bool IsHappening(const std::string& word) {
  const int file = NounFile(word);
  return file == kNounAct || file == kNounEvent || file == kNounPhenomenon || file == kNounProcess ||
         file == kNounState;
}

bool IsYear(const Token& token) {
  if (token.kind != TokenKind::kNumber || token.norm().size() != 4) return false;
  const std::optional<double> value = NumeralValue(token.norm());
  return value && *value >= 1800 && *value <= 2200 && *value == std::floor(*value);
}

std::vector<Figure> FindFigures(const SideTokens& side) { return Finder(side).Run(); }

namespace {

// Minutes in the unit of a length of time ("48 hours", "two more days"); 0 for other figures.
// Months and years are left out: their lengths vary, and reports round them.
double MinutesPerUnit(const Figure& f) {
  if (f.kind != FigureKind::kCount) return 0;
  for (std::size_t k = 0; k < f.units.size() && k < 2; ++k) {
    const std::string& unit = f.units[k];
    if (unit == "minut") return 1;
    if (unit == "hour") return 60;
    if (unit == "day") return 24 * 60;
    if (unit == "week") return 7 * 24 * 60;
  }
  return 0;
}

// `f`, a length of time, in minutes.
Figure InMinutes(const Figure& f) {
  const double minutes_per_unit = MinutesPerUnit(f);
  Figure out = f;
  out.value *= minutes_per_unit;
  out.low *= minutes_per_unit;
  out.high *= minutes_per_unit;
  out.units.assign(1, "minut");
  return out;
}

// True when both are lengths of time, in different units ("two days" / "48 hours").
bool DurationsInOtherUnits(const Figure& a, const Figure& b) {
  const double x = MinutesPerUnit(a), y = MinutesPerUnit(b);
  return x > 0 && y > 0 && x != y;
}

}  // namespace

bool LengthsOfTime(const Figure& a, const Figure& b) { return MinutesPerUnit(a) > 0 && MinutesPerUnit(b) > 0; }

bool FiguresAgree(const Figure& a, const Figure& b) {
  if (DurationsInOtherUnits(a, b)) return FiguresAgree(InMinutes(a), InMinutes(b));
  const double slack = 1e-9 * std::max({1.0, std::fabs(a.value), std::fabs(b.value)});
  auto same = [&](double x, double y) { return std::fabs(x - y) <= slack; };
  if (a.range && b.range) return same(a.low, b.low) && same(a.high, b.high);
  const bool one_sided = a.bound == FigureBound::kAtLeast || a.bound == FigureBound::kAtMost;
  if (one_sided && a.bound == b.bound && !a.range && !b.range) return same(a.value, b.value);
  auto allows = [&](const Figure& f, double value) { return f.low <= value + slack && value <= f.high + slack; };
  return allows(a, b.value) || allows(b, a.value) || (a.range && allows(a, b.high)) || (b.range && allows(b, a.high));
}

double ValueRatio(const Figure& a, const Figure& b) {
  if (DurationsInOtherUnits(a, b)) return ValueRatio(InMinutes(a), InMinutes(b));
  const double low = std::min(std::fabs(a.value), std::fabs(b.value));
  const double high = std::max(std::fabs(a.value), std::fabs(b.value));
  return low > 0 ? high / low : high > 0 ? 1e9 : 1;
}

ReasonKind FigureConflictKind(const Figure& a, const Figure& b) {
  if (a.kind == FigureKind::kTime) return ReasonKind::kTime;
  return a.none != b.none ? ReasonKind::kNegation : ReasonKind::kNumber;
}

bool FarApart(const Figure& a, const Figure& b) {
  return a.value != 0 && b.value != 0 && !a.none && !b.none && ValueRatio(a, b) > kMaxOneMeasureRatio;
}

bool MayBeUnitOfMeasure(const std::string& word) { return !UnitSenses(word).empty(); }

bool SameUnitOfMeasure(const std::string& x, const std::string& y) {
  if (x == y) return MayBeUnitOfMeasure(x);
  const std::vector<std::uint32_t> of_x = UnitSenses(x), of_y = UnitSenses(y);
  return std::any_of(of_x.begin(), of_x.end(),
                     [&](std::uint32_t o) { return std::find(of_y.begin(), of_y.end(), o) != of_y.end(); });
}

// True when the two name what they count or measure alike ("miners" twice; "cm" and
// "centimetres"; "two days" and "48 hours").
bool SameNamedUnit(const Figure& a, const Figure& b) {
  return Shared(a.units, b.units) > 0 || LengthsOfTime(a, b) ||
         (!a.units.empty() && !b.units.empty() && SameUnitOfMeasure(a.unit_words.front(), b.unit_words.front()));
}

int MeasureMatch(const Figure& a, const Figure& b) {
  if (a.kind != b.kind) return 0;
  // What one person did is a part of what all did, not another count of it.
  if (a.kind == FigureKind::kCount && a.personal != b.personal) return 0;
  if (a.kind == FigureKind::kMoney && a.unit != b.unit) return 0;
  const bool both_units = !a.units.empty() && !b.units.empty();
  const bool same_unit = SameNamedUnit(a, b);
  int score = static_cast<int>(Shared(a.context, b.context) + Shared(a.units, b.context) + Shared(b.units, a.context));
  if (same_unit) score += 2;
  if (a.kind == FigureKind::kCount) {
    // Different counted things ("3 cars", "40 bicycles") are different measures, unless both
    // count people.
    if (both_units && !same_unit && !(CountsPeople(a.unit_words.back()) && CountsPeople(b.unit_words.back()))) return 0;
    // One names what it counts and the other does not: only a shared context ties them.
    if (a.units.empty() != b.units.empty() && score < 2) return 0;
    return score;
  }
  // Shares, money, times and ages are of one measure more often than counts: the kind itself
  // says much of what is measured.
  return 1 + std::max(0, score);
}

std::string MeasureName(const Figure& figure) {
  switch (figure.kind) {
    case FigureKind::kTime:
      return "time of day";
    case FigureKind::kAge:
      return "age";
    case FigureKind::kPercent:
      return "percent";
    case FigureKind::kMoney:
      return "amount";
    case FigureKind::kCount:
      break;
  }
  std::string name;
  for (const std::string& word : figure.unit_words) {
    if (!name.empty()) name += ' ';
    name += word;
  }
  return name.empty() ? "number" : name;
}

std::vector<std::pair<std::size_t, std::size_t>> PairFigures(const std::vector<Figure>& a,
                                                             const std::vector<Figure>& b) {
  auto count_kind = [](const std::vector<Figure>& side, FigureKind kind) {
    return std::count_if(side.begin(), side.end(), [kind](const Figure& f) { return f.kind == kind; });
  };
  struct Option {
    bool equal;  // the same value: the same fact written twice, whatever its words
    int score;
    bool agree;
    std::size_t i, j;
    double ratio;  // the larger value over the smaller: of two slots as likely, the nearer
  };
  std::vector<Option> options;
  for (std::size_t i = 0; i < a.size(); ++i) {
    for (std::size_t j = 0; j < b.size(); ++j) {
      int score = MeasureMatch(a[i], b[j]);
      // A kind alone ("a percentage") says which slot only when each side has one of it.
      const bool alone = count_kind(a, a[i].kind) == 1 && count_kind(b, b[j].kind) == 1;
      if (a[i].kind != FigureKind::kCount && score == 1 && !alone) score = 0;
      // The same share, amount or time on both sides is one fact told twice, whatever the words
      // around it ("grow 2.1 percent" / "growth of 2.1%"); equal counts must count one thing.
      const bool same_value = a[i].kind == b[j].kind && a[i].value == b[j].value;
      if (same_value && a[i].kind != FigureKind::kCount && score == 0 &&
          (a[i].kind != FigureKind::kMoney || a[i].unit == b[j].unit)) {
        score = 1;
      }
      const bool equal = same_value && score > 0;
      const double ratio = ValueRatio(a[i], b[j]);
      // Figures far apart in one pair of sentences are two measures ("72 people on board", "five
      // passengers hurt") unless they name one thing alike ("60 miners" / "600 miners").
      if (FarApart(a[i], b[j]) && !SameNamedUnit(a[i], b[j])) continue;
      if (score > 0) options.push_back({equal, score, FiguresAgree(a[i], b[j]), i, j, ratio});
    }
  }
  // Equal values first, then surest; among equals, figures that can both be right before those
  // that cannot, then the nearer values, then reading order.
  std::sort(options.begin(), options.end(), [](const Option& l, const Option& r) {
    if (l.equal != r.equal) return l.equal;
    if (l.score != r.score) return l.score > r.score;
    if (l.agree != r.agree) return l.agree;
    if (l.ratio != r.ratio) return l.ratio < r.ratio;
    return l.i != r.i ? l.i < r.i : l.j < r.j;
  });
  std::vector<bool> used_a(a.size()), used_b(b.size());
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (const Option& o : options) {
    if (used_a[o.i] || used_b[o.j]) continue;
    used_a[o.i] = used_b[o.j] = true;
    pairs.push_back({o.i, o.j});
  }
  // Lone figures of one kind on each side, with nothing said of what they count, are one slot.
  if (pairs.empty() && a.size() == 1 && b.size() == 1 && a[0].kind == b[0].kind && a[0].units.empty() &&
      b[0].units.empty() && (a[0].kind != FigureKind::kMoney || a[0].unit == b[0].unit)) {
    pairs.push_back({0, 0});
  }
  return pairs;
}

}  // namespace claimdiff
