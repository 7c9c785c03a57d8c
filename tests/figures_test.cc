// Tests of figure comparison, rule by rule: approximations, ranges, number words and formats,
// currencies, units and what is counted, times of day, ages, the day something was said.
// Sentences are written from the behaviour, with words other than the ones the rules' lists
// were written from where a rule is general.
#include <catch2/catch.hpp>

#include "claimdiff/compare.h"
#include "compare/figure_ledger.h"
#include "compare/figures.h"
#include "compare/pair.h"
#include "lexicon/number_words.h"
#include "test_util.h"

using namespace claimdiff;

namespace {

// `published_a` / `published_b`: the reports' dates, YYYY-MM-DD, or empty.
Verdict ClassifyTexts(const std::string& a, const std::string& b, const std::string& published_a = {},
                      const std::string& published_b = {}) {
  Document da = claimdiff::testing::MakeDocument(a), db = claimdiff::testing::MakeDocument(b);
  Segmentation sa, sb;
  REQUIRE(Segment(da, {}, &sa).ok());
  REQUIRE(Segment(db, {}, &sb).ok());
  SideView va{&da.text, {}, published_a}, vb{&db.text, {}, published_b};
  for (const auto& s : sa.sentences) va.sentences.push_back(&s);
  for (const auto& s : sb.sentences) vb.sentences.push_back(&s);
  return Classify(va, vb);
}

bool Conflict(const std::string& a, const std::string& b) { return !ClassifyTexts(a, b).reasons.empty(); }

// The values of the figures FindFigures reads in `text`, in order.
std::vector<double> FigureValues(const std::string& text) {
  Document doc = claimdiff::testing::MakeDocument(text);
  Segmentation seg;
  REQUIRE(Segment(doc, {}, &seg).ok());
  SideView view{&doc.text, {}, {}};
  for (const auto& s : seg.sentences) view.sentences.push_back(&s);
  std::vector<double> out;
  for (const Figure& f : FindFigures(MakePairTokens(view, view).a)) out.push_back(f.value);
  return out;
}

// The words naming what the first figure of `text` counts, as written.
std::string CountedWords(const std::string& text) {
  Document doc = claimdiff::testing::MakeDocument(text);
  Segmentation seg;
  REQUIRE(Segment(doc, {}, &seg).ok());
  SideView view{&doc.text, {}, {}};
  for (const auto& s : seg.sentences) view.sentences.push_back(&s);
  std::vector<Figure> figures = FindFigures(MakePairTokens(view, view).a);
  REQUIRE_FALSE(figures.empty());
  std::string out;
  for (const std::string& word : figures.front().unit_words) out += (out.empty() ? "" : " ") + word;
  return out;
}

}  // namespace

TEST_CASE("figures: approximations widen a value only as far as their words say", "[compare][figures]") {
  // Lower bounds.
  CHECK_FALSE(Conflict("More than 300 passengers were rescued.", "310 passengers were rescued."));
  CHECK_FALSE(Conflict("Upwards of 40 houses burned.", "44 houses burned."));
  CHECK(Conflict("At least nine villagers died.", "Seven villagers died."));
  // Approximate values.
  CHECK_FALSE(Conflict("About 60 miners were trapped.", "63 miners were trapped."));
  CHECK_FALSE(Conflict("Roughly 2,300 homes lost power.", "2,340 homes lost power."));
  CHECK(Conflict("About 60 miners were trapped.", "600 miners were trapped."));
  CHECK(Conflict("Around 1,200 jobs will go.", "About 1,500 jobs will go."));
  // A value written to its last units is approximate only that far.
  CHECK(Conflict("Some 4,350 ballots were spoiled.", "4,700 ballots were spoiled."));
  CHECK_FALSE(Conflict("Some 4,350 ballots were spoiled.", "4,400 ballots were spoiled."));
  CHECK_FALSE(Conflict("About 4,000 ballots were spoiled.", "4,300 ballots were spoiled."));
  // A value ending in a five is rounded to fives.
  CHECK_FALSE(Conflict("About 25 trucks were stranded.", "27 trucks were stranded."));
  CHECK(Conflict("About 25 trucks were stranded.", "29 trucks were stranded."));
  CHECK(Conflict("About 24 trucks were stranded.", "27 trucks were stranded."));
  CHECK_FALSE(Conflict("Around 250 flights were cancelled.", "270 flights were cancelled."));
  CHECK(Conflict("Around 250 flights were cancelled.", "280 flights were cancelled."));
  // Upper bounds and nearly.
  CHECK_FALSE(Conflict("Up to 80 tents were pitched.", "72 tents were pitched."));
  CHECK_FALSE(Conflict("Almost 50 lorries were stuck.", "47 lorries were stuck."));
  CHECK(Conflict("Almost 50 lorries were stuck.", "53 lorries were stuck."));
  // Exact values that differ.
  CHECK(Conflict("The hospital postponed 38 operations.", "The hospital postponed 41 operations."));
}

TEST_CASE("figures: ranges hold the values between their ends", "[compare][figures]") {
  CHECK_FALSE(Conflict("The pupils were aged 7 to 12.", "The pupils were aged 9."));
  CHECK(Conflict("The pupils were aged 7 to 12.", "The pupils were aged 14."));
  CHECK_FALSE(Conflict("Between 20 and 30 boats joined the search.", "25 boats joined the search."));
  // Ends in different units bound the values between them.
  CHECK_FALSE(Conflict("The repairs will take from six weeks to 4 months.", "The repairs will take three months."));
  CHECK(Conflict("The repairs will take from six weeks to 4 months.", "The repairs will take seven months."));
  // A change and where it led are two figures, not the ends of a range.
  CHECK(FigureValues("Exports rose 6% to 3.8bn kroner.") == std::vector<double>{6, 3.8e9});
  CHECK(FigureValues("Membership grew 15 percent to 2,400.") == std::vector<double>{15, 2400});
  CHECK(Conflict("Exports rose 6% to 3.8bn kroner.", "Exports rose 9% to 3.8bn kroner."));
}

TEST_CASE("figures: a clause that is little more than its figure tells of the clause before", "[compare][figures]") {
  // "up 12 percent" says how the visitor count changed; the count's words say what rose.
  std::vector<FigureEntry> ledger;
  Document da = claimdiff::testing::MakeDocument(
      "The aquarium drew 86,000 visitors in August, up 12 percent from July.\n\n"
      "Its cafe raised prices by 5 percent.\n");
  Document db = claimdiff::testing::MakeDocument(
      "Visitor numbers at the aquarium climbed 15% in August.\n\nThe cafe now charges 5% more.\n");
  Segmentation sa, sb;
  REQUIRE(Segment(da, {}, &sa).ok());
  REQUIRE(Segment(db, {}, &sb).ok());
  ledger = LedgerFigures(da.text, sa, db.text, sb);
  auto rise =
      std::find_if(ledger.begin(), ledger.end(), [](const FigureEntry& e) { return e.reason.a == "12 percent"; });
  REQUIRE(rise != ledger.end());
  CHECK(rise->reason.b == "15%");
  CHECK_FALSE(rise->agree);
}

TEST_CASE("figures: number words, separators and scales are one value", "[compare][figures]") {
  CHECK_FALSE(Conflict("Eight climbers reached the summit.", "8 climbers reached the summit."));
  CHECK_FALSE(Conflict("Twenty-one ships docked.", "21 ships docked."));
  CHECK_FALSE(Conflict("The fund holds 12,500 bonds.", "The fund holds 12500 bonds."));
  CHECK_FALSE(Conflict("The deal is worth $4.2bn.", "The deal is worth $4.2 billion."));
  CHECK_FALSE(Conflict("Revenue was 31 million euros.", "Revenue was 31.4 million euros."));
  CHECK(Conflict("Eleven climbers reached the summit.", "13 climbers reached the summit."));
}

TEST_CASE("figures: 'one' is a figure before a unit of measure, not as a pronoun", "[compare][figures]") {
  CHECK(FigureValues("The crews cleared the snow along one mile of track.") == std::vector<double>{1});
  CHECK(Conflict("The line was shut for one week.", "The line was shut for three weeks."));
  CHECK(FigureValues("One of the guards saw the van.").empty());
  CHECK(FigureValues("One hour later, the guards saw the van.").empty());
  CHECK(FigureValues("Only one guard saw the van.").empty());
  CHECK(FigureValues("The guards let one leave before dawn.").empty());
  CHECK(FigureValues("He was forty and one years old.") == std::vector<double>{40});
  CHECK(FigureValues("The crew cleared one hundred metres of track.") == std::vector<double>{100});
}

TEST_CASE("figures: a unit written onto its number is the figure's unit", "[compare][figures]") {
  CHECK(FigureValues("Snow lay 40cm deep on the pass.") == std::vector<double>{40});
  CHECK(FigureValues("The gust reached 96km/h near the coast.") == std::vector<double>{96});
  CHECK(Conflict("Snow lay 40cm deep on the pass.", "Snow lay 55 centimetres deep on the pass."));
  CHECK_FALSE(Conflict("Snow lay 40cm deep on the pass.", "Snow lay 40 centimetres deep on the pass."));
  // Ordinals and decades are not measures.
  CHECK(FigureValues("The climbers turned back at the 3rd camp.").empty());
  CHECK(FigureValues("The pass was first crossed in the 1890s.").empty());
}

TEST_CASE("figures: percentages compare with percentages, in any spelling", "[compare][figures]") {
  CHECK_FALSE(Conflict("Turnout was 63%.", "Turnout was 63 per cent."));
  CHECK_FALSE(Conflict("Turnout was 63 percent.", "Turnout was 63%."));
  CHECK(Conflict("Turnout was 63%.", "Turnout was 58 per cent."));
  CHECK_FALSE(Conflict("Nearly half of the staff voted.", "48% of the staff voted."));
  // A share and a count are different measures.
  CHECK_FALSE(Conflict("Turnout was 63%.", "Turnout was 63,000."));
}

TEST_CASE("figures: money compares only within one currency", "[compare][figures]") {
  CHECK(Conflict("The ransom demand was $4.5 million.", "The ransom demand was $5 million."));
  CHECK_FALSE(Conflict("The ransom demand was $4.5 million.", "The ransom demand was 4.5 million dollars."));
  CHECK_FALSE(
      Conflict("The fine was \xE2\x82\xAC"
               "310m.",
               "The fine was $350 million."));
}

TEST_CASE("figures: different counted things are different measures, but people are people", "[compare][figures]") {
  CHECK_FALSE(Conflict("Police found 3 cars near the bridge.", "Police found 40 bicycles near the bridge."));
  CHECK(Conflict("The flood forced 3,000 residents from their homes.",
                 "The flood forced 8,500 people from their homes."));
  CHECK_FALSE(Conflict("The ferry carried 150 passengers and 12 crew.",
                       "The ferry carried 150 passengers and 12 crew members."));
}

TEST_CASE("figures: lengths of time compare across their units", "[compare][figures]") {
  CHECK_FALSE(Conflict("Divers searched the wreck for three days.", "Divers searched the wreck for 72 hours."));
  CHECK(Conflict("Divers searched the wreck for three days.", "Divers searched the wreck for 60 hours."));
  CHECK_FALSE(Conflict("The pass stayed shut for about two weeks.", "The pass stayed shut for 15 days."));
  CHECK(Conflict("The outage lasted 90 minutes.", "The outage lasted two hours."));
  CHECK_FALSE(
      Conflict("Crews will stay for at least two more days.", "Crews will stay for at least another 48 hours."));
}

TEST_CASE("figures: a conversion in brackets repeats the figure before it", "[compare][figures]") {
  CHECK_FALSE(Conflict("The epicentre was 20 kilometres (12 miles) from the town.",
                       "The epicentre was 20 kilometres from the town."));
}

TEST_CASE("figures: times of day, with their approximations", "[compare][figures]") {
  Verdict v = ClassifyTexts("The boat sank at about 9:12 p.m.", "The boat sank at around 9:40 p.m.");
  REQUIRE(v.reasons.size() == 1);
  CHECK(v.reasons[0].type() == "time");
  CHECK(v.reasons[0].measure == "time of day");
  CHECK_FALSE(Conflict("The quake struck shortly before 5 a.m.", "The quake struck at 4:47 a.m."));
  CHECK(Conflict("The lockdown began shortly after 9:15 a.m.", "The lockdown began at 9:40 a.m."));
  CHECK_FALSE(Conflict("The bridge fell at 10.52pm.", "The bridge fell at 10:52 p.m."));
  CHECK(Conflict("The bridge fell at 10.52pm.", "The bridge fell at 10:15 p.m."));
}

TEST_CASE("figures: ages, however written", "[compare][figures]") {
  CHECK(Conflict("A 16-year-old pupil was arrested.", "A pupil, aged 17, was arrested."));
  CHECK_FALSE(Conflict("Hannah Corrie, 34, was jailed.", "Hannah Corrie, aged 34, was jailed."));
  CHECK(Conflict("Hannah Corrie, 34, was jailed.", "Hannah Corrie, 36, was jailed."));
}

TEST_CASE("figures: a conflict names what the two values measure", "[compare][figures]") {
  Verdict v = ClassifyTexts("At least 12 homes were destroyed.", "47 homes were destroyed.");
  REQUIRE(v.reasons.size() == 1);
  CHECK(v.reasons[0].type() == "number");
  CHECK(v.reasons[0].measure == "homes");
  CHECK(v.reasons[0].a == "At least 12 homes");
  CHECK(v.reasons[0].b == "47 homes");
}

TEST_CASE("dates: the day something was said is not the day of the event", "[compare][dates]") {
  CHECK(ClassifyTexts("The bridge collapsed on Tuesday, officials said Thursday.",
                      "The bridge collapsed on Tuesday, officials said on Wednesday.")
            .reasons.empty());
  CHECK(ClassifyTexts("Police told reporters on Friday that the shop was robbed.", "The shop was robbed, police said.")
            .reasons.empty());
  CHECK(ClassifyTexts("Power was restored by Sunday night.", "Power was restored on Saturday night.").reasons.empty());
  CHECK_FALSE(ClassifyTexts("The bridge collapsed on Tuesday.", "The bridge collapsed on Monday.").reasons.empty());
}

TEST_CASE("dates: two days conflict only when they are given for one happening", "[compare][dates]") {
  // Different things happened on different days.
  CHECK(ClassifyTexts("Crews began clearing the debris on Monday.", "The landslide buried the hamlet on Saturday.")
            .reasons.empty());
  // One happening, in other words, on another day.
  Verdict v = ClassifyTexts("The hearing started on Tuesday.", "Judges began the inquiry on Wednesday.");
  REQUIRE(v.reasons.size() == 1);
  CHECK(v.reasons[0].kind == ReasonKind::kDate);
  CHECK(ClassifyTexts("The levee gave way on Friday.", "The levee gave way on Sunday.").reasons.size() == 1);
  // A possessive day is the day all the same.
  Verdict possessive = ClassifyTexts("Thursday's hailstorm flattened the vineyards.",
                                     "The hailstorm on Wednesday flattened the vineyards.");
  REQUIRE(possessive.reasons.size() == 1);
  CHECK(possessive.reasons[0].kind == ReasonKind::kDate);
  CHECK(ClassifyTexts("Thursday's hailstorm flattened the vineyards.",
                      "The hailstorm on Thursday flattened the vineyards.")
            .reasons.empty());
}

TEST_CASE("dates: a range of days names each of them", "[compare][dates]") {
  CHECK(ClassifyTexts("The auction runs on March 11-12.", "The auction runs on 12 March.").reasons.empty());
  CHECK(ClassifyTexts("The auction runs on 11 and 12 March.", "The auction runs on March 11.").reasons.empty());
  CHECK(ClassifyTexts("The auction runs from 9 to 11 March.", "The auction runs on March 10.").reasons.empty());
  CHECK(ClassifyTexts("The auction runs on March 11\u201312.", "The auction runs on 12 March.").reasons.empty());
  // Outside the range, the days differ.
  CHECK(ClassifyTexts("The auction runs on March 11-12.", "The auction runs on 14 March.").reasons.size() == 1);
  // A figure after a date is no day of it.
  CHECK(ClassifyTexts("The auction on March 11 and 40 lots sold.", "The auction on March 12.").reasons.size() == 1);
}

TEST_CASE("dates: relative days resolve against the reports' dates when both are known", "[compare][dates]") {
  // 2023-05-18 was a Thursday.
  const std::string thursday = "2023-05-18", friday = "2023-05-19";
  // Without dates, "yesterday" against a weekday is only a note.
  Verdict undated = ClassifyTexts("The levee broke yesterday.", "The levee broke on Tuesday.");
  CHECK(undated.reasons.empty());
  CHECK(undated.notes.size() == 1);
  // With them, the days they name are compared.
  CHECK(
      ClassifyTexts("The levee broke yesterday.", "The levee broke on Wednesday.", thursday, thursday).reasons.empty());
  CHECK(ClassifyTexts("The levee broke yesterday.", "The levee broke on Wednesday.", thursday, thursday).notes.empty());
  Verdict wrong = ClassifyTexts("The levee broke yesterday.", "The levee broke on Tuesday.", thursday, thursday);
  REQUIRE(wrong.reasons.size() == 1);
  CHECK(wrong.reasons[0].type() == "date");
  CHECK(wrong.reasons[0].a == "yesterday (2023-05-17)");
  CHECK(wrong.reasons[0].b == "Tuesday (2023-05-16)");
  // Reports of different days: one day named two ways.
  CHECK(ClassifyTexts("The levee broke yesterday.", "The levee broke on Wednesday.", thursday, friday).reasons.empty());
  CHECK(ClassifyTexts("The levee broke on May 17.", "The levee broke yesterday.", friday, thursday).reasons.empty());
  CHECK_FALSE(
      ClassifyTexts("The levee broke on May 16.", "The levee broke yesterday.", friday, thursday).reasons.empty());
  // Words that look ahead name the next such day; "last" the one before the day of writing.
  CHECK(ClassifyTexts("Schools will reopen on Monday.", "Schools will reopen on May 22.", thursday, thursday)
            .reasons.empty());
  CHECK(ClassifyTexts("The vote was held last Thursday.", "The vote was held on May 11.", thursday, thursday)
            .reasons.empty());
  // The day of saying stays out, resolved or not.
  CHECK(ClassifyTexts("The levee broke on Tuesday, engineers said yesterday.", "The levee broke on Tuesday.", thursday,
                      thursday)
            .reasons.empty());
}

TEST_CASE("antonyms: 'the first ... since' is 'the last ... was'", "[compare][antonym]") {
  CHECK(
      ClassifyTexts("It was the first dock walkout since 1998.", "The last dock walkout was in 1998.").reasons.empty());
  CHECK_FALSE(ClassifyTexts("It was the first dock walkout in the port.", "It was the last dock walkout in the port.")
                  .reasons.empty());
}

TEST_CASE("antonyms: opposites count only among the same words", "[compare][antonym]") {
  CHECK_FALSE(ClassifyTexts("The jury found him guilty.", "The jury found him innocent.").reasons.empty());
  CHECK(ClassifyTexts("Divers stopped because of darkness and resumed in the morning.",
                      "Divers went back at first light after a night of storms.")
            .reasons.empty());
}

TEST_CASE("antonyms: the words must be the opposites, not words sharing their stems", "[compare][antonym]") {
  // "security" shares its stem with "secure", whose opposite is "insecure".
  CHECK(ClassifyTexts("Airport security stayed tight all week.", "Airport staff felt insecure all week.")
            .reasons.empty());
  // Inflected forms of the opposites themselves still count.
  CHECK_FALSE(ClassifyTexts("The court upheld the verdict on Monday.", "The court overturned the verdict on Monday.")
                  .reasons.empty());
}

TEST_CASE("antonyms: a verb done again has its verb's opposites", "[compare][antonym]") {
  Verdict v = ClassifyTexts("The border crossing stayed shut on Monday.", "The border crossing reopened on Monday.");
  REQUIRE(v.reasons.size() == 1);
  CHECK(v.reasons[0].kind == ReasonKind::kAntonym);
  CHECK(ClassifyTexts("The border crossing reopened on Monday.", "The border crossing reopened on Monday.")
            .reasons.empty());
}

TEST_CASE("antonyms: ordinals count, they do not oppose", "[compare][antonym]") {
  CHECK(ClassifyTexts("She won the fourth stage of the race.", "She won the sixth stage of the race.").reasons.empty());
  CHECK(ClassifyTexts("He led after the first lap of the race.", "He led after the second lap of the race.")
            .reasons.empty());
}

TEST_CASE("figures: a bound reaches as far as the rounding of its value", "[compare][figures]") {
  // A round bound is an estimate: it allows the values up to its next step.
  CHECK_FALSE(Conflict("More than 200 tents were pitched.", "260 tents were pitched."));
  CHECK_FALSE(Conflict("As many as 900 posts will be cut.", "860 posts will be cut."));
  CHECK(Conflict("More than 200 tents were pitched.", "310 tents were pitched."));
  CHECK(Conflict("As many as 900 posts will be cut.", "700 posts will be cut."));
  // A bound on an unrounded value is a count so far: another count is another figure.
  CHECK(Conflict("At least 14 climbers were hurt.", "17 climbers were hurt."));
  CHECK_FALSE(Conflict("At least 14 climbers were hurt.", "14 climbers were hurt."));
}

TEST_CASE("figures: what a thing can hold is a ceiling, not an estimate", "[compare][figures]") {
  CHECK_FALSE(Conflict("The ferry can carry up to 400 passengers.", "The ferry carried 250 passengers."));
  CHECK_FALSE(
      Conflict("The reservoir has a capacity of up to 90 million litres.", "The reservoir held 60 million litres."));
  // Above the ceiling, a disagreement; without the modal, an estimate as before.
  CHECK(Conflict("The ferry can carry up to 400 passengers.", "The ferry carried 460 passengers."));
  CHECK(Conflict("The ferry carried up to 400 passengers.", "The ferry carried 250 passengers."));
}

TEST_CASE("figures: none of a counted thing is zero of it, and against some a negation", "[compare][figures]") {
  Verdict v = ClassifyTexts("No lifeguards were hurt in the storm.", "Three lifeguards were hurt in the storm.");
  REQUIRE(v.reasons.size() == 1);
  CHECK(v.reasons[0].kind == ReasonKind::kNegation);
  CHECK(v.reasons[0].a == "No lifeguards");
  CHECK(Conflict("None of the divers surfaced.", "Four of the divers surfaced."));
  CHECK_FALSE(Conflict("No lifeguards were hurt in the storm.", "No lifeguards were hurt in the storm."));
  // A thing counted in the singular is not a count another report gives ("no sign", "no word").
  CHECK_FALSE(Conflict("By dusk there was no sign of the hikers.", "By dusk 3 hikers had been found."));
}

TEST_CASE("number words: ordinals, regular and not", "[lexicon]") {
  CHECK(OrdinalValue("first") == 1);
  CHECK(OrdinalValue("seventh") == 7);
  CHECK(OrdinalValue("ninth") == 9);
  CHECK(OrdinalValue("fortieth") == 40);
  CHECK(OrdinalValue("thirty-third") == 33);
  CHECK_FALSE(OrdinalValue("last"));
  CHECK_FALSE(OrdinalValue("month"));
  CHECK_FALSE(OrdinalValue("with"));
}

TEST_CASE("figures: a number to call is no figure, a number called is", "[compare][figures]") {
  CHECK(FigureValues("A neighbour dialled 999 when the smoke rose.").empty());
  CHECK(FigureValues("She called 112 from the roof.").empty());
  CHECK(FigureValues("The defence called 12 witnesses.") == std::vector<double>{12});
}

TEST_CASE("figures: a figure set against another does not take the other's words", "[compare][figures]") {
  // "of the vote" belongs to Ruiz's share, not to Tan's, nor to the share of ballots counted.
  CHECK_FALSE(
      Conflict("Ruiz won 53.2% of the vote against 44.1% for Tan, with 95% of ballots counted.",
               "Ruiz was heading for about 53 per cent of the vote with more than 90 per cent of ballots counted."));
}

TEST_CASE("figures: 'others' count more of the thing before, and the nearer value is the slot", "[compare][figures]") {
  Verdict v =
      ClassifyTexts("The gale drowned 6 sailors and left 14 others adrift.", "At least 12 sailors were adrift.");
  REQUIRE(v.reasons.size() == 1);
  CHECK(v.reasons[0].a == "14 others");
  CHECK(v.reasons[0].b == "At least 12 sailors");
}

TEST_CASE("figures: one person's own part is not another count of the whole", "[compare][figures]") {
  CHECK_FALSE(Conflict("Volunteers carried 85 sacks of grain to the depot.",
                       "One farmer said he carried 12 sacks of grain to the depot."));
  CHECK(Conflict("Volunteers carried 85 sacks of grain to the depot.",
                 "Volunteers carried 12 sacks of grain to the depot."));
  CHECK(Conflict("She said she carried 85 sacks of grain to the depot.",
                 "She said she carried 12 sacks of grain to the depot."));
}

TEST_CASE("figures: an age in apposition belongs to the person it follows", "[compare][figures]") {
  Verdict v = ClassifyTexts("The pilot, a 44-year-old woman from the coast, was unhurt.", "The pilot, 47, was unhurt.");
  REQUIRE(v.reasons.size() == 1);
  CHECK(v.reasons[0].measure == "age");
  CHECK_FALSE(Conflict("The pilot, a 47-year-old woman, was unhurt.", "The pilot, 47, was unhurt."));
}

TEST_CASE("figures: the same share told twice pairs, whatever the words around it", "[compare][figures]") {
  // Two shares a side; the equal ones are one fact, the other is another measure.
  CHECK_FALSE(Conflict(
      "The central bank expects the economy to expand 3.4 percent in 2027, after an estimated 1.2 percent this year.",
      "The treasury forecasts economic growth of 3.4% next year, up from around 1.2% in 2026, and expects inflation to "
      "ease to 2.7%."));
}

TEST_CASE("figures: none of a stated number is that number, not a count of nothing", "[compare][figures]") {
  CHECK(FigureValues("None of its 14 crew members was hurt. None of the crew was hurt.") == std::vector<double>{14, 0});
  CHECK_FALSE(Conflict("None of its 14 crew members was hurt.", "All 14 crew were unhurt."));
}

TEST_CASE("figures: what a noun counts is read from its commonest sense that is no name", "[compare][figures]") {
  // WordNet's first senses of "crane" are two writers named Crane: cranes are still no people.
  CHECK_FALSE(CountsPeople("crane"));
  CHECK(CountsPeople("writer"));
  CHECK(CountsPeople("people"));
  CHECK(IsUnitOfMeasure("kilometre"));
  CHECK_FALSE(IsUnitOfMeasure("crane"));
}

TEST_CASE("figures: qualifiers joined by 'and' belong to the plural noun after them", "[compare][figures]") {
  // "current" alone is no thing counted: the count is of pupils.
  CHECK(CountedWords("The records of 48,000 current and former pupils were copied.") == "former pupils");
  CHECK(CountedWords("Doctors cancelled 30 routine or elective surgeries.") == "elective surgeries");
  // A plural before "and" is a thing of its own ("homes and businesses").
  CHECK(CountedWords("Floods reached 300 homes and businesses.") == "homes");
  // "other" says others of a kind: the count is of buildings.
  CHECK(CountedWords("Crews saved 19 other buildings on the street.") == "buildings");
}

TEST_CASE("figures: figures far apart in one pair of sentences are two measures", "[compare][figures]") {
  // Those aboard and those hurt are both people, fourteen times apart: no disagreement.
  CHECK_FALSE(Conflict("A ferry with 84 people on board ran aground off Tarn Point on Friday.",
                       "Six passengers were hurt when the ferry ran aground off Tarn Point on Friday."));
  // Named alike, they are one measure however far apart ("60 miners" / "600 miners", above).
  CHECK(Conflict("A ferry with 84 people on board ran aground off Tarn Point on Friday.",
                 "A ferry with 840 people on board ran aground off Tarn Point on Friday."));
}

TEST_CASE("figures: nothing against something is a disagreement however far apart", "[compare][figures]") {
  // 0% and 15% are no two measures for being infinitely far apart.
  CHECK(Conflict("The blaze in the hills was 0% contained as of noon.",
                 "The blaze in the hills was 15% contained on Friday."));
}

TEST_CASE("figures: 'no' counts nothing only before a plural", "[compare][figures]") {
  CHECK(FigureValues("Rangers reported no injuries after the rockfall.") == std::vector<double>{0});
  // A mass or abstract noun is not a count another report would give.
  CHECK(FigureValues("Rangers found no evidence of a second rockfall.").empty());
  CHECK(FigureValues("There was no indication the path had been closed.").empty());
}
