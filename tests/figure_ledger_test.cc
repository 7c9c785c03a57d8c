// Tests of the figure ledger: figures of two whole reports compared measure by measure, wherever
// their sentences stand, and what the report makes of it (conflicts, the Figures rows, the
// marked conflict words). The reports are written for these tests, with counted things and
// verbs other than those the rules were tuned on.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>

#include "claimdiff/render.h"
#include "compare/figure_ledger.h"
#include "compare/figures.h"
#include "render/conflict_words.h"
#include "report/ledger_findings.h"
#include "test_util.h"

using namespace claimdiff;
using claimdiff::testing::CompareTexts;
using claimdiff::testing::MakeDocument;

namespace {

std::vector<FigureEntry> Ledger(const std::string& a, const std::string& b) {
  Document da = MakeDocument(a), db = MakeDocument(b);
  Segmentation sa, sb;
  REQUIRE(Segment(da, {}, &sa).ok());
  REQUIRE(Segment(db, {}, &sb).ok());
  return LedgerFigures(da.text, sa, db.text, sb);
}

const FigureEntry* Find(const std::vector<FigureEntry>& ledger, const std::string& a_words) {
  auto it = std::find_if(ledger.begin(), ledger.end(), [&](const FigureEntry& e) { return e.reason.a == a_words; });
  return it == ledger.end() ? nullptr : &*it;
}

// Two reports of a barn fire: the figures stand in sentences built differently, in other places.
const std::string kFireA =
    "A fire swept through the Holloway farm cooperative overnight.\n\n"
    "The blaze destroyed 31 barns before crews contained it at dawn.\n\n"
    "Volunteers from three villages helped move the livestock to safety.\n";
const std::string kFireB =
    "Farmers in the valley are counting the cost after a night of flames.\n\n"
    "The cooperative's chairman praised the neighbours who came with trailers and hoses.\n\n"
    "Thirty-eight barns were destroyed, according to the regional fire service.\n";

}  // namespace

TEST_CASE("ledger: one measure's figures pair across reports whatever their sentences", "[compare][figures][ledger]") {
  std::vector<FigureEntry> ledger = Ledger(kFireA, kFireB);
  const FigureEntry* barns = Find(ledger, "31 barns");
  REQUIRE(barns != nullptr);
  CHECK(barns->reason.b == "Thirty-eight barns");
  CHECK_FALSE(barns->agree);
  CHECK(barns->strength >= kSureMeasure);
  CHECK(barns->reason.measure == "barns");
}

TEST_CASE("ledger: other counted things are other measures", "[compare][figures][ledger]") {
  std::vector<FigureEntry> ledger =
      Ledger("The storm flattened 12 greenhouses near the coast.\n", "The storm drowned 40 goats near the coast.\n");
  CHECK(ledger.empty());
}

TEST_CASE("ledger: 'two of whom' counts what the figure before it counts", "[compare][figures][ledger]") {
  const std::vector<FigureEntry> ledger =
      Ledger("A hospital spokeswoman said three patients remained in a serious condition.\n",
             "Eleven hikers were flown to the county hospital, three of whom are in a serious condition.\n");
  const FigureEntry* patients = Find(ledger, "three patients");
  REQUIRE(patients != nullptr);
  CHECK(patients->agree);
  CHECK(patients->reason.b == "three");
}

TEST_CASE("ledger: 'nobody' and 'no one' count none of the people something befell", "[compare][figures][ledger]") {
  const std::vector<FigureEntry> against =
      Ledger("Nobody was injured when the scaffold fell.\n", "Four roofers were hurt when the scaffold fell.\n");
  REQUIRE(against.size() == 1);
  CHECK_FALSE(against[0].agree);
  CHECK(against[0].reason.type() == "negation");
  const std::vector<FigureEntry> alike =
      Ledger("Divers searched until dusk.\n\nNo one was hurt.\n", "Nobody was injured, the coastguard said.\n");
  REQUIRE(alike.size() == 1);
  CHECK(alike[0].agree);
  CHECK(alike[0].strength >= kSureMeasure);
  // Not the one who did something.
  CHECK(Ledger("It was a warning nobody heeded.\n", "Six people died when the dam broke.\n").empty());
}

TEST_CASE("ledger: a figure of another year is not the event's", "[compare][figures][ledger]") {
  std::vector<FigureEntry> ledger = Ledger("The avalanche buried nine skiers on the north face.\n",
                                           "In 2009 an avalanche on the same slope buried four skiers.\n");
  CHECK(ledger.empty());
}

TEST_CASE("ledger: a figure of a time before is not the event's", "[compare][figures][ledger]") {
  CHECK(
      Ledger("The storm cut power to 4,000 homes.\n", "Last year a smaller storm cut power to 1,500 homes.\n").empty());
  CHECK(Ledger("The storm cut power to 4,000 homes.\n", "Two winters ago a storm cut power to 1,500 homes.\n").empty());
  CHECK_FALSE(Ledger("The storm cut power to 4,000 homes.\n", "The storm cut power to 1,500 homes.\n").empty());
}

TEST_CASE("ledger: people counted for different reasons are not paired", "[compare][figures][ledger]") {
  // Both count people; nothing around them says they were counted for the same thing.
  std::vector<FigureEntry> ledger =
      Ledger("About 70 pilgrims camped by the shrine.\n", "Officials said 45 pilgrims were arrested at the border.\n");
  CHECK(ledger.empty());
}

TEST_CASE("ledger: people counted for the same thing pair, in other words", "[compare][figures][ledger]") {
  // "slain" and "killings" share a meaning through WordNet, not a list.
  std::vector<FigureEntry> ledger = Ledger("Gunmen killed 17 villagers in the raid.\n",
                                           "The raid left 19 dead, among them farmers.\n"
                                           "Survivors said the killing of 19 people lasted an hour.\n");
  const FigureEntry* killed = Find(ledger, "17 villagers");
  REQUIRE(killed != nullptr);
  CHECK_FALSE(killed->agree);
}

TEST_CASE("ledger: people counted on one side, what befell them named on the other", "[compare][figures][ledger]") {
  // A count of people beside a noun for what happened to them, tied by WordNet (shoot ~
  // shooting), with no shared word around the figures.
  std::vector<FigureEntry> ledger = Ledger("Snipers shot 12 protesters near the square.\n",
                                           "Hospital staff had recorded 15 shootings by nightfall.\n");
  const FigureEntry* shot = Find(ledger, "12 protesters");
  REQUIRE(shot != nullptr);
  CHECK_FALSE(shot->agree);
  CHECK(shot->strength >= kSureMeasure);
  // A headline that gives the count with a verb and names nothing counted pairs too, less
  // surely: nothing else around the two figures is alike.
  ledger = Ledger("Snipers shoot 12 near square\n\nThe crowd scattered.\n",
                  "Hospital staff had recorded 15 shootings by nightfall.\n");
  const FigureEntry* headline = Find(ledger, "12");
  REQUIRE(headline != nullptr);
  CHECK_FALSE(headline->agree);
  CHECK(headline->strength >= kAlignedMeasure);
}

TEST_CASE("ledger: none on one side and some on the other, wherever the sentences stand",
          "[compare][figures][ledger]") {
  std::vector<FigureEntry> ledger =
      Ledger("The rockfall closed the pass.\n\nNo climbers were hurt, the rangers said.\n",
             "Two climbers suffered injuries when the rockfall closed the pass.\n");
  const FigureEntry* none = Find(ledger, "No climbers");
  REQUIRE(none != nullptr);
  CHECK_FALSE(none->agree);
  CHECK(none->reason.kind == ReasonKind::kNegation);
  CHECK(none->ratio <= kMaxUnalignedRatio);
  // None of one kind of people says nothing of another.
  CHECK(Ledger("No Canadians were among the dead.\n", "Two Norwegians were killed.\n").empty());
}

TEST_CASE("ledger: a person's age pairs with the same person's age however written", "[compare][figures][ledger]") {
  std::vector<FigureEntry> ledger = Ledger("Police questioned a 15-year-old cyclist after the crash.\n",
                                           "Cyclist, 14, questioned over crash\n\nThe road was closed for an hour.\n");
  const FigureEntry* age = Find(ledger, "15-year-old cyclist");
  REQUIRE(age != nullptr);
  CHECK_FALSE(age->agree);
  CHECK(age->strength >= kSureMeasure);
}

TEST_CASE("ledger: after a unit of measure comes what was measured", "[compare][figures][ledger]") {
  std::vector<FigureEntry> ledger = Ledger("A 30-metre stretch of it fell into the moat at dawn.\n",
                                           "Witnesses saw a 45-meter stretch of the old castle give way.\n");
  // Paired, though a unit of measure and one word are not sure enough for sentences apart.
  const FigureEntry* stretch = Find(ledger, "30-metre stretch");
  REQUIRE(stretch != nullptr);
  CHECK_FALSE(stretch->agree);
  CHECK(stretch->strength >= kAlignedMeasure);
}

TEST_CASE("ledger: each report's one time of day is the time of what it reports", "[compare][figures][ledger]") {
  const std::string a =
      "Part of the grain silo's roof caved in at 4.35am, trapping two workers.\n\n"
      "Both were freed by mid-morning.\n";
  const std::string b =
      "Two workers were trapped at a grain silo on the edge of town.\n\n"
      "Crews arrived around 5:20 a.m. and cut through the metal sheets.\n";
  const std::vector<FigureEntry> ledger = Ledger(a, b);
  const FigureEntry* time = Find(ledger, "4.35am");
  REQUIRE(time != nullptr);
  CHECK(time->reason.b == "around 5:20 a.m");
  CHECK_FALSE(time->agree);
  CHECK(time->strength >= kSureMeasure);
  // Two times on one side: which of them is the event's, the words around must say.
  const std::string b_two = b + "\nThe mayor spoke to reporters at 11 a.m.\n";
  const std::vector<FigureEntry> ledger_two = Ledger(a, b_two);
  const FigureEntry* either = Find(ledger_two, "4.35am");
  CHECK((either == nullptr || either->strength < kSureMeasure));
  // Times of other days are other happenings.
  const std::vector<FigureEntry> other_days = Ledger("The ferry left port at 7.10pm on Friday.\n",
                                                     "Inspectors boarded the vessel at about 9 p.m. on Sunday.\n");
  const FigureEntry* other_day = Find(other_days, "7.10pm");
  CHECK((other_day == nullptr || other_day->strength < kSureMeasure));
}

TEST_CASE("ledger: a thing each report counts once is one measure", "[compare][figures][ledger]") {
  const std::string a = "Floodwater swept away 17 cattle overnight.\n";
  const std::string b = "The family counted 22 cattle missing at first light.\n";
  const std::vector<FigureEntry> ledger = Ledger(a, b);
  const FigureEntry* cattle = Find(ledger, "17 cattle");
  REQUIRE(cattle != nullptr);
  CHECK_FALSE(cattle->agree);
  CHECK(cattle->strength >= kSureMeasure);
  // Counted twice on one side: the words around must say which is which.
  const std::vector<FigureEntry> twice = Ledger(a, b + "\nAnother 40 cattle were moved to higher ground.\n");
  const FigureEntry* either = Find(twice, "17 cattle");
  CHECK((either == nullptr || either->strength < kSureMeasure));
  // People are counted for too many reasons to pair on the noun alone.
  const std::vector<FigureEntry> people_ledger =
      Ledger("Floodwater swept away 17 people overnight.\n", "The family counted 22 people at first light.\n");
  const FigureEntry* people = Find(people_ledger, "17 people");
  CHECK((people == nullptr || people->strength < kSureMeasure));
}

TEST_CASE("ledger: the same value pairs before a nearer-sounding one", "[compare][figures][ledger]") {
  std::vector<FigureEntry> ledger = Ledger("Rescuers lifted 14 hikers from the ridge by helicopter.\n",
                                           "A helicopter lifted 9 hikers before dusk.\n\n"
                                           "In all 14 hikers were lifted from the ridge.\n");
  const FigureEntry* hikers = Find(ledger, "14 hikers");
  REQUIRE(hikers != nullptr);
  CHECK(hikers->agree);
  CHECK(hikers->b_sentence == 1);
}

TEST_CASE("ledger: of two figures as sure, the nearer value pairs", "[compare][figures][ledger]") {
  // Ferry tolls rise by 12 percent in one report; the other gives two rises in words as close.
  std::vector<FigureEntry> ledger = Ledger("Ferry tolls will rise by 12 percent in spring.\n",
                                           "Ferry tolls will rise by 3% for lorries in spring.\n\n"
                                           "Ferry tolls will rise by 11% for cars in spring.\n");
  const FigureEntry* tolls = Find(ledger, "12 percent");
  REQUIRE(tolls != nullptr);
  CHECK(tolls->b_sentence == 1);
  CHECK(tolls->reason.b == "11%");
}

TEST_CASE("ledger: a figure each report repeats pairs in the body as in the headline", "[compare][figures][ledger]") {
  std::vector<FigureEntry> ledger = Ledger(
      "Avalanche buries 14 chalets above Sorbec\n\n"
      "Snow swept over about 14 of the wooden holiday homes early on Sunday, the mayor said.\n",
      "Avalanche hits 19 chalets in Sorbec\n\n"
      "More than 19 mountain lodges, most of them empty, were struck, according to rescuers.\n");
  // The body against the body (and, the values each told twice, against the other's headline).
  auto body = std::find_if(ledger.begin(), ledger.end(),
                           [](const FigureEntry& e) { return e.reason.a == "about 14" && e.b_sentence == 1; });
  REQUIRE(body != ledger.end());
  CHECK_FALSE(body->agree);
  CHECK(body->strength >= kSureMeasure);
}

TEST_CASE("ledger: 'more' between a figure and its thing leaves the thing counted", "[compare][figures][ledger]") {
  // Two more weeks are 14 days: the same length of time, however the reports count it.
  std::vector<FigureEntry> ledger = Ledger("The ferry line will stay closed for two more weeks, its owner said.\n",
                                           "Repairs will keep the ferry line shut for another 14 days.\n");
  const FigureEntry* weeks = Find(ledger, "two more weeks");
  REQUIRE(weeks != nullptr);
  CHECK(weeks->agree);
}

TEST_CASE("ledger: books are not ledgered", "[compare][figures][ledger]") {
  std::string many;
  for (int i = 0; i < 30; ++i) many += "The herd numbered " + std::to_string(100 + i) + " cattle.\n\n";
  Document da = MakeDocument(many), db = MakeDocument("The herd numbered 90 cattle.\n");
  Segmentation sa, sb;
  REQUIRE(Segment(da, {}, &sa).ok());
  REQUIRE(Segment(db, {}, &sb).ok());
  CHECK(LedgerFigures(da.text, sa, db.text, sb, nullptr, nullptr, 10).empty());
  CHECK_FALSE(LedgerFigures(da.text, sa, db.text, sb, nullptr, nullptr, 100).empty());
}

TEST_CASE("report: a figure conflict between unaligned sentences is a finding of its own", "[report][figures]") {
  Report report = CompareTexts(kFireA, kFireB);
  auto conflict = std::find_if(report.findings.begin(), report.findings.end(), [](const Finding& f) {
    return f.kind == FindingKind::kConflict &&
           std::any_of(f.reasons.begin(), f.reasons.end(), [](const Reason& r) { return r.type() == "number"; });
  });
  REQUIRE(conflict != report.findings.end());
  CHECK(conflict->a == std::vector<std::size_t>{1});
  CHECK(conflict->b == std::vector<std::size_t>{2});
  CHECK(conflict->reasons.front().measure == "barns");
  // Neither sentence is one-sided any more: each is in a finding with the other report.
  for (const Finding& f : report.findings) {
    CHECK_FALSE((f.kind == FindingKind::kOnlyA && f.a.front() == 1));
    CHECK_FALSE((f.kind == FindingKind::kOnlyB && f.b.front() == 2));
  }
  REQUIRE(report.figures.size() == 1);
  CHECK_FALSE(report.figures[0].agree);
  CHECK(report.figures[0].a_value == "31 barns");
  CHECK(report.figures[0].b_value == "Thirty-eight barns");
  CHECK(report.figures[0].finding == static_cast<int>(conflict - report.findings.begin()));
}

TEST_CASE("report: sentences giving one figure for one measure share that claim", "[report][figures]") {
  const std::string b =
      "Farmers in the valley are counting the cost after a night of flames.\n\n"
      "The cooperative's chairman praised the neighbours who came with trailers and hoses.\n\n"
      "Thirty-one barns were lost, according to the regional fire service.\n";
  Report report = CompareTexts(kFireA, b);
  auto shared = std::find_if(report.findings.begin(), report.findings.end(), [](const Finding& f) {
    return f.kind == FindingKind::kShared && f.a == std::vector<std::size_t>{1} && f.b == std::vector<std::size_t>{2};
  });
  REQUIRE(shared != report.findings.end());
  CHECK(shared->reasons.empty());
  REQUIRE(report.figures.size() == 1);
  CHECK(report.figures[0].agree);
  CHECK(report.figures[0].finding == static_cast<int>(shared - report.findings.begin()));
}

TEST_CASE("findings: two sentences with a figure that agrees and one that does not are one conflict",
          "[report][figures]") {
  Document da = MakeDocument("Volunteers counted 31 barns and 12 tractors lost by the morning.\n");
  Document db = MakeDocument("Thirty-one barns and 15 tractors were destroyed, the insurer said.\n");
  Segmentation sa, sb;
  REQUIRE(Segment(da, {}, &sa).ok());
  REQUIRE(Segment(db, {}, &sb).ok());
  const std::vector<FigureEntry> ledger = LedgerFigures(da.text, sa, db.text, sb);
  REQUIRE(ledger.size() == 2);  // the barns agree, the tractors do not: in either order
  for (bool agreeing_first : {true, false}) {
    std::vector<FigureEntry> entries = ledger;
    std::stable_sort(entries.begin(), entries.end(), [&](const FigureEntry& l, const FigureEntry& r) {
      return agreeing_first ? l.agree > r.agree : l.agree < r.agree;
    });
    std::vector<Finding> findings;  // the sentences were not aligned
    std::vector<std::size_t> only_a = {0}, only_b = {0};
    AddFigureFindings(entries, da, sa, db, sb, &findings, &only_a, &only_b);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].kind == FindingKind::kConflict);
    CHECK(findings[0].reasons.size() == 1);
    CHECK(only_a.empty());
    CHECK(only_b.empty());
  }
}

TEST_CASE("figures: a number hyphened onto a word is part of a name", "[compare][figures][ledger]") {
  CHECK(Ledger("The Vela-2 probe reached orbit on Monday.\n", "Engineers cheered as the Vela-2 probe reached orbit.\n")
            .empty());
  CHECK(
      Ledger("The F-16 jets flew low over 40 villages.\n", "Some 40 villages were overflown by F-16 jets.\n").size() ==
      1);
}

TEST_CASE("report: the Figures section lists each measure in text and JSON", "[report][figures][render]") {
  Report report = CompareTexts(kFireA, kFireB);
  RenderOptions options;
  options.width = 100;
  std::ostringstream text, json;
  RenderText(report, options, text);
  RenderJson(report, options, json);
  CHECK(text.str().find("Figures  (= both can be right  ! they differ)\n! barns: \"31 barns\" vs \"Thirty-eight "
                        "barns\" (A 3, B 5)") != std::string::npos);
  CHECK(json.str().find("\"figures\":[\n{\"measure\":\"barns\",\"agree\":false,\"a\":{\"index\":1,\"line\":3,\"value\":"
                        "\"31 barns\"}") != std::string::npos);
}

TEST_CASE("figures: bounds of one sense and ranges must state the same values", "[compare][figures]") {
  auto agree = [](const std::string& a, const std::string& b) {
    std::vector<FigureEntry> ledger = Ledger(a, b);
    REQUIRE(ledger.size() == 1);
    return ledger.front().agree;
  };
  CHECK_FALSE(agree("At least 23 sailors drowned.", "At least 21 sailors drowned."));
  // A round bound allows what its rounding does; an unrounded one is a count so far.
  CHECK(agree("At least 20 sailors drowned.", "25 sailors drowned."));
  CHECK_FALSE(agree("At least 23 sailors drowned.", "25 sailors drowned."));
  CHECK_FALSE(agree("About 18 percent of the crop rotted.", "About 20 percent of the crop rotted."));
  CHECK(agree("About 18 percent of the crop rotted.", "18.5 percent of the crop rotted."));
  CHECK_FALSE(agree("The choir singers were aged 9 to 14.", "The choir singers were aged 10 to 14."));
  CHECK(agree("The choir singers were aged 9 to 14.", "The choir singers were aged 11."));
}

TEST_CASE("conflict words: the words a reason names are marked inside a changed run", "[render][figures]") {
  // A run that lies within the reason's words is marked whole.
  std::vector<RunPart> parts = SplitConflictWords("never ", {"had never met"});
  REQUIRE(parts.size() == 2);
  CHECK((parts[0].text == "never" && parts[0].conflict));
  CHECK((parts[1].text == " " && !parts[1].conflict));
  // A longer run has the words marked where they stand, as whole words only.
  parts = SplitConflictWords("The count reached 213 by noon, not 2130.", {"213"});
  REQUIRE(parts.size() == 3);
  CHECK(parts[1].text == "213");
  CHECK(parts[1].conflict);
  CHECK_FALSE(parts[2].conflict);
  // Words the diff split: their longest part standing in the run.
  parts = SplitConflictWords("after an avalanche buried at least seven", {"at least seven climbers"});
  REQUIRE(parts.size() == 2);
  CHECK(parts[1].text == "at least seven");
  CHECK(parts[1].conflict);
  // Nothing to mark.
  parts = SplitConflictWords("quietly", {"eleven"});
  REQUIRE(parts.size() == 1);
  CHECK_FALSE(parts[0].conflict);
}

TEST_CASE("ledger: a figure one report repeats is set against the other's in both places",
          "[compare][figures][ledger]") {
  // The headline restates the body's toll; the other report gives its toll once.
  std::vector<FigureEntry> ledger = Ledger(
      "Landslide in the Orvel hills kills 9\n\n"
      "Mud buried a hamlet overnight, killing at least 9 villagers, the district chief said.\n",
      "Rescuers have counted 12 deaths in the buried hamlet in the Orvel hills.\n");
  std::size_t sentences = 0;
  for (const FigureEntry& entry : ledger) {
    if (entry.reason.b != "12 deaths") continue;
    ++sentences;
    CHECK_FALSE(entry.agree);
    CHECK(entry.strength >= kSureMeasure);
  }
  CHECK(sentences == 2);
  // A repeated value that counts something else is not a repeat of the measure.
  std::vector<FigureEntry> other = Ledger(
      "Mud buried a hamlet overnight, killing at least 9 villagers, the district chief said.\n\n"
      "Diggers from 9 villages joined the search.\n",
      "Rescuers have counted 12 deaths in the buried hamlet in the Orvel hills.\n");
  for (const FigureEntry& entry : other) CHECK(entry.reason.a != "9 villages");
}

TEST_CASE("ledger: a year belongs to the figure nearest it", "[compare][figures][ledger]") {
  // The old record's year does not make the new reading a figure of another time.
  std::vector<FigureEntry> ledger =
      Ledger("The river at Pellam crested at 6.1 metres on Saturday, the highest it has reached.\n",
             "The gauge at Pellam showed the river cresting at 6.4 metres on Saturday, above the 5.9 metres of "
             "1998.\n");
  const FigureEntry* crest = Find(ledger, "6.1 metres");
  REQUIRE(crest != nullptr);
  CHECK(crest->reason.b == "6.4 metres");
  CHECK_FALSE(crest->agree);
  // A sentence with one figure and a year still tells of another time.
  std::vector<FigureEntry> then = Ledger("The river at Pellam crested at 6.1 metres on Saturday.\n",
                                         "In 1998 the river at Pellam crested at 5.9 metres.\n");
  CHECK(Find(then, "6.1 metres") == nullptr);
}

TEST_CASE("ledger: a participle after the counted thing is not the thing", "[compare][figures][ledger]") {
  std::vector<FigureEntry> ledger = Ledger("Five nurses who were on the late ward rota fell ill.\n",
                                           "Seven nurses working the late ward rota were taken ill.\n");
  const FigureEntry* nurses = Find(ledger, "Five nurses");
  REQUIRE(nurses != nullptr);
  CHECK(nurses->reason.b == "Seven nurses");
  CHECK_FALSE(nurses->agree);
}

TEST_CASE("ledger: a second thing counted after 'and' leaves the clause's words to the figure",
          "[compare][figures][ledger]") {
  std::vector<FigureEntry> ledger = Ledger("Customs impounded 40 vans at the border on Friday.\n",
                                           "Officers said 55 vans and lorries were impounded on Friday, "
                                           "and 14 vans were towed away.\n");
  const FigureEntry* vans = Find(ledger, "40 vans");
  REQUIRE(vans != nullptr);
  CHECK(vans->reason.b == "55 vans");
  CHECK(vans->strength >= kSureMeasure);
  CHECK_FALSE(vans->agree);
}

TEST_CASE("ledger: an equal value weakly tied does not go before a sure measure", "[compare][figures][ledger]") {
  std::vector<FigureEntry> ledger =
      Ledger("The storm flooded about 300 cellars in Orley.\n",
             "More than 450 cellars were flooded in Orley.\n\nLater, 300 of the town's cellars lost power.\n");
  const FigureEntry* cellars = Find(ledger, "about 300 cellars");
  REQUIRE(cellars != nullptr);
  CHECK(cellars->reason.b == "More than 450 cellars");
  CHECK_FALSE(cellars->agree);
}

TEST_CASE("ledger: the counted thing ends with its plural noun", "[compare][figures][ledger]") {
  std::vector<FigureEntry> ledger = Ledger("Nine climbers were hurt when a ledge gave way on the north face.\n",
                                           "Eleven climbers hurt as ledge gives way on north face\n");
  const FigureEntry* climbers = Find(ledger, "Nine climbers");
  REQUIRE(climbers != nullptr);
  CHECK(climbers->reason.b == "Eleven climbers");
  CHECK_FALSE(climbers->agree);
}

TEST_CASE("ledger: a source that did what was counted ties the figures, one that said it does not",
          "[compare][figures][ledger]") {
  std::vector<FigureEntry> did =
      Ledger("Police questioned nine drivers overnight.\n", "Police stopped twelve drivers on the ring road.\n");
  const FigureEntry* drivers = Find(did, "nine drivers");
  REQUIRE(drivers != nullptr);
  CHECK(drivers->strength >= kSureMeasure);
  CHECK_FALSE(drivers->agree);
  std::vector<FigureEntry> said = Ledger("Nine drivers were fined, police said.\n",
                                         "Police said twelve drivers had been stopped on the ring road.\n");
  const FigureEntry* told = Find(said, "Nine drivers");
  CHECK((told == nullptr || told->strength < kSureMeasure));
}

TEST_CASE("ledger: a clause that is little more than its figure takes the words before its comma",
          "[compare][figures][ledger]") {
  std::vector<FigureEntry> ledger = Ledger("The curfew, which started shortly after 8:10 p.m., was lifted at 6 a.m.\n",
                                           "Police imposed the curfew at 8:45 p.m.\n\nIt was lifted at 6 a.m.\n");
  const FigureEntry* start = Find(ledger, "shortly after 8:10 p.m");
  REQUIRE(start != nullptr);
  CHECK(start->reason.b == "8:45 p.m");
  CHECK(start->strength >= kSureMeasure);
  CHECK_FALSE(start->agree);
}

TEST_CASE("figure ledger: parts of one whole measure one thing", "[compare][figures]") {
  // "toppled" and "were blown over" share no word: the whole ties the two parts.
  const std::string a = "Four of the port's eleven cranes toppled in the gale.\n";
  const std::vector<FigureEntry> ledger =
      Ledger(a, "Five of its eleven cranes were blown over, the harbour board said.\n");
  const FigureEntry* parts = Find(ledger, "Four of the port's eleven cranes");
  REQUIRE(parts != nullptr);
  CHECK(parts->strength >= kSureMeasure);
  CHECK_FALSE(parts->agree);
  // Parts of wholes of other sizes are other counts.
  const std::vector<FigureEntry> wholes =
      Ledger(a, "Five of its twelve cranes were blown over, the harbour board said.\n");
  const FigureEntry* other = Find(wholes, "Four of the port's eleven cranes");
  CHECK((other == nullptr || other->strength < kSureMeasure));
}

TEST_CASE("figure ledger: figures far apart are not paired, leaving each to its counterpart", "[compare][figures]") {
  // The toll shares the most words with the people aboard, but is forty times smaller.
  std::vector<FigureEntry> ledger =
      Ledger("A ferry carrying more than 300 people capsized off the coast on Sunday, drowning four people.\n",
             "Death toll rises to 7 in ferry capsizing\n\nFour passengers drowned at the scene.\n\n"
             "The vessel was carrying 312 passengers.\n");
  const FigureEntry* aboard = Find(ledger, "more than 300 people");
  REQUIRE(aboard != nullptr);
  CHECK(aboard->reason.b == "312 passengers");
}

TEST_CASE("figure ledger: a value told again of another thing is no repeat", "[compare][figures]") {
  // Each report gives its toll twice; "four valleys" shares the toll's value, not its measure.
  std::vector<FigureEntry> ledger = Ledger(
      "Four climbers were killed by the avalanche.\n\nRescuers from four valleys searched the slope until dark.\n",
      "At least six dead in Alpine avalanche\n\nAt least six climbers were killed when the snow gave way.\n");
  for (const FigureEntry& e : ledger) CHECK(e.reason.a != "four valleys");
}

TEST_CASE("figure ledger: a disputed figure each report tells twice is set against both tellings",
          "[compare][figures]") {
  std::vector<FigureEntry> ledger = Ledger(
      "Gas leak at Orwell school; no injuries\n\nNone of the pupils or teachers were hurt, the head said.\n",
      "Nine pupils hurt in school gas leak\n\nNine pupils suffered minor injuries and were taken to hospital.\n");
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  for (const FigureEntry& e : ledger) {
    if (!e.agree && e.strength >= kSureMeasure) pairs.insert({e.a_sentence, e.b_sentence});
  }
  // Headline against headline, body against body, and each against the other's.
  CHECK(pairs.count({0, 0}) == 1);
  CHECK(pairs.count({1, 1}) == 1);
  CHECK(pairs.count({0, 1}) == 1);
  CHECK(pairs.count({1, 0}) == 1);
}

TEST_CASE("figure ledger: a tally's new value is set against the other report's figure", "[compare][figures]") {
  // The earlier count pairs with a count both give; the tally has since moved on.
  std::vector<FigureEntry> ledger =
      Ledger("Police arrested 12 people after the derby, a spokesman said.\n",
             "The number of people arrested after Saturday's derby had swelled to 31 by Sunday morning.\n\n"
             "Twelve people were arrested inside the ground during the match.\n");
  auto tally = std::find_if(ledger.begin(), ledger.end(), [](const FigureEntry& e) { return e.reason.b == "31"; });
  REQUIRE(tally != ledger.end());
  CHECK(tally->a_sentence == 0);
  CHECK_FALSE(tally->agree);
  CHECK(tally->strength >= kSureMeasure);
  // A measure that goes up and down is no tally: the heat of one day is not the next day's.
  std::vector<FigureEntry> heat = Ledger("Temperatures in the capital climbed to 41 degrees on Monday.\n",
                                         "Temperatures in the capital reached 38 degrees.\n\n"
                                         "On Monday the capital saw 41 degrees.\n");
  for (const FigureEntry& e : heat) CHECK(e.reason.b != "38 degrees");
}

TEST_CASE("figure ledger: a sure pairing vouches for a weak one of the same two values", "[compare][figures]") {
  // The headlines share one word; the bodies tie the values surely, and each report tells its
  // value twice: each headline is set against the other's body too.
  std::vector<FigureEntry> ledger = Ledger(
      "3,100 hit by clinic hack\n\nThe clinic said the files of about 3,100 current and former patients were "
      "published.\n\nAnother 200 patients were warned by letter.\n",
      "5,800 caught up in clinic breach\n\nMore than 5,800 patients had their files published, the regulator "
      "said.\n");
  std::set<std::pair<std::size_t, std::size_t>> sure;
  for (const FigureEntry& e : ledger) {
    if (!e.agree && e.strength >= kSureMeasure) sure.insert({e.a_sentence, e.b_sentence});
  }
  CHECK(sure.count({0, 1}) == 1);
  CHECK(sure.count({1, 0}) == 1);
}

TEST_CASE("figure ledger: one thing counted under a rarer sense of the other's word", "[compare][figures]") {
  // "flat" is first a plain surface to WordNet, then an apartment: one counted thing.
  const std::vector<FigureEntry> ledger =
      Ledger("The storm cut power to 9,000 flats across Dunmore on Friday.\n\nCrews worked through the night.\n",
             "Engineers restored electricity to most of the 14,000 apartments that were left in the dark.\n\n"
             "The mayor thanked the crews.\n");
  const FigureEntry* homes = Find(ledger, "9,000 flats");
  REQUIRE(homes != nullptr);
  CHECK(homes->strength >= kSureMeasure);
  CHECK_FALSE(homes->agree);
}

TEST_CASE("figure ledger: figures joined by 'and' share what is said after them", "[compare][figures]") {
  // "31 barns and 4 other sheds that had been flattened": the barns were flattened too.
  const std::vector<FigureEntry> ledger =
      Ledger("At least 9 barns were flattened, the fire chief said at dusk.\n\nAnother 5 barns were scorched.\n",
             "Inspectors counted 31 barns and 4 other sheds that had been flattened by the gale.\n\n"
             "Six barns lost their roofs.\n");
  const FigureEntry* barns = Find(ledger, "At least 9 barns");
  REQUIRE(barns != nullptr);
  CHECK(barns->reason.b == "31 barns");
  CHECK(barns->strength >= kSureMeasure);
}
