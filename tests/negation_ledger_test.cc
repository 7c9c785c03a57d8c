// Tests of the negation ledger: a predicate one report negates and the other affirms, in
// sentences that were not aligned. Written with words other than the tuning pairs'.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "compare/negation_ledger.h"
#include "test_util.h"

using namespace claimdiff;
using claimdiff::testing::MakeDocument;

namespace {

std::vector<NegationEntry> Ledger(const std::string& a, const std::string& b) {
  Document da = MakeDocument(a), db = MakeDocument(b);
  Segmentation sa, sb;
  REQUIRE(Segment(da, {}, &sa).ok());
  REQUIRE(Segment(db, {}, &sb).ok());
  return LedgerNegations(da.text, sa, db.text, sb);
}

}  // namespace

TEST_CASE("negation ledger: one predicate negated on one side, affirmed on the other", "[compare][negation]") {
  std::vector<NegationEntry> ledger = Ledger(
      "The harbour master said the tanker had not reported the leak before noon.\n\n"
      "Crews worked through the night.\n",
      "Divers reached the wreck at dawn.\n\n"
      "By midday the tanker's captain had reported the leak to the harbour master, the port authority said.\n");
  REQUIRE(ledger.size() == 1);
  CHECK(ledger[0].a_sentence == 0);
  CHECK(ledger[0].b_sentence == 1);
  CHECK(ledger[0].reason.type() == "negation");
  CHECK(ledger[0].reason.a == "had not reported");
}

TEST_CASE("negation ledger: too few words in common is another matter", "[compare][negation]") {
  // "reported" alone ties these: different things were or were not reported.
  CHECK(
      Ledger("The ministry has not reported any new cases.\n", "Fishermen reported a whale near the pier.\n").empty());
}

TEST_CASE("negation ledger: two words are enough where they are the negated clause itself", "[compare][negation]") {
  std::vector<NegationEntry> ledger = Ledger("Officials insisted the council had not approved a building permit.\n",
                                             "Records show a permit was approved in March.\n");
  REQUIRE(ledger.size() == 1);
  CHECK(ledger[0].reason.a == "had not approved");
  // The same two words far apart in the affirming sentence are two things said.
  CHECK(Ledger("The mayor has not approved the plan.\n",
               "Residents approved of the new park at a meeting where the mayor spoke for an hour.\n")
            .empty());
  // Nor across a comma: "not" here sets one party against another, it denies nothing of the boats.
  CHECK(Ledger("The farmers blamed fishing boats, and not the factory, for the dead fish.\n",
               "Activists blockaded the fishing factory on Monday.\n")
            .empty());
}

TEST_CASE("negation ledger: a name may stand past a clause set off by commas", "[compare][negation]") {
  std::vector<NegationEntry> ledger = Ledger("Okafor, 58, who has run the port since 2019, has not resigned.\n",
                                             "Board members met on Friday.\n\nOkafor resigned on Friday evening.\n");
  REQUIRE(ledger.size() == 1);
  CHECK(ledger[0].b_sentence == 1);
  CHECK(ledger[0].reason.a == "has not resigned");
  // A shared word that is no name must be near the negator.
  CHECK(
      Ledger("The port, which the board has run since 2019, has not closed.\n", "The board closed on Friday evening.\n")
          .empty());
}

TEST_CASE("negation ledger: the other report's headline is checked with its body", "[compare][negation]") {
  // Four body sentences share more words with A's sentence than B's headline does.
  std::vector<NegationEntry> ledger =
      Ledger("Okafor, 58, who has run the port authority since 2019 and chaired its pension board, has not resigned.\n",
             "Okafor resigns\n\n"
             "The port authority pension board was chaired in 2019 by a banker.\n\n"
             "The port authority has run at a loss since 2019, its pension board said.\n\n"
             "Its pension board has run the port authority's fund since 2019.\n\n"
             "The port authority board, which has run the pension fund since 2019, met.\n");
  CHECK(std::any_of(ledger.begin(), ledger.end(), [](const NegationEntry& e) { return e.b_sentence == 0; }));
}

TEST_CASE("negation ledger: negated on both sides is agreement", "[compare][negation]") {
  CHECK(Ledger("The tanker had not reported the leak to the harbour master.\n",
               "The harbour master said the tanker never reported the leak.\n")
            .empty());
}

TEST_CASE("report: a negation between unaligned sentences is a conflict of its own", "[report][negation]") {
  Report report = claimdiff::testing::CompareTexts(
      "The harbour master said the tanker had not reported the leak before noon.\n\nCrews worked through the night.\n",
      "Divers reached the wreck at dawn.\n\n"
      "By midday the tanker's captain had reported the leak to the harbour master, the port authority said.\n");
  bool found = false;
  for (const Finding& f : report.findings) {
    if (f.kind != FindingKind::kConflict) continue;
    found = found || (f.a == std::vector<std::size_t>{0} && f.b == std::vector<std::size_t>{1} &&
                      f.reasons.front().type() == "negation");
  }
  CHECK(found);
}

TEST_CASE("report: a flip told in a headline and in the body is a conflict in each", "[report][negation]") {
  Report report = claimdiff::testing::CompareTexts(
      "Quarry owner says blasting did not crack village wells\n\n"
      "Gravel pits opened a third site on Monday.\n\n"
      "The quarry's owner insisted that the blasting had not cracked the wells of Dunmore village.\n",
      "Engineers find quarry blasting cracked Dunmore village wells\n\n"
      "Inspectors walked the site for two days.\n\n"
      "An engineers' survey found that blasting at the quarry cracked several wells in Dunmore village.\n");
  std::set<std::pair<std::size_t, std::size_t>> flips;
  for (const Finding& f : report.findings) {
    if (f.kind != FindingKind::kConflict) continue;
    for (const Reason& r : f.reasons) {
      if (r.type() == "negation") flips.insert({f.a.front(), f.b.front()});
    }
  }
  // Headline against headline and body against body, and each against the other's too.
  CHECK(flips.count({0, 0}) == 1);
  CHECK(flips.count({2, 2}) == 1);
  CHECK(flips.size() >= 3);
}

TEST_CASE("report: a flip the ledger finds between sentences compared together joins their finding",
          "[report][negation]") {
  // One negator on each side, of different things: compared together, they cancel out.
  Report report = claimdiff::testing::CompareTexts(
      "Tanker limps into port after engine smoke; no injuries\n\nThe tanker reached the harbour at noon.\n",
      "There was no smoke from the engine when the tanker limped into port, the harbour master said.\n\n"
      "The crew were unhurt.\n");
  auto holding = std::find_if(report.findings.begin(), report.findings.end(), [](const Finding& f) {
    return f.a == std::vector<std::size_t>{0} && f.b == std::vector<std::size_t>{0};
  });
  REQUIRE(holding != report.findings.end());
  CHECK(holding->kind == FindingKind::kConflict);
  CHECK(std::any_of(holding->reasons.begin(), holding->reasons.end(),
                    [](const Reason& r) { return r.type() == "negation" && r.b == "no smoke"; }));
}

TEST_CASE("negation ledger: a body sentence flips against what its headline flips against", "[compare][negation]") {
  // The headline and the body sentence both flip against B's body sentence; B's headline words
  // the denial so that only A's headline flips against it as written.
  std::vector<NegationEntry> ledger = Ledger(
      "Guards opened fire on striking dockers, union says\n\n"
      "Union officials said guards fired rubber bullets at the picket line on Tuesday morning.\n",
      "Company says guards never opened fire at port\n\n"
      "The port company said its guards had not fired rubber bullets at anyone.\n");
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  for (const NegationEntry& entry : ledger) pairs.insert({entry.a_sentence, entry.b_sentence});
  CHECK(pairs.count({0, 0}) == 1);
  CHECK(pairs.count({0, 1}) == 1);
  CHECK(pairs.count({1, 1}) == 1);
  CHECK(pairs.count({1, 0}) == 1);  // crossed through A's headline
  for (const NegationEntry& entry : ledger) {
    if (entry.a_sentence == 1 && entry.b_sentence == 0) CHECK(entry.reason.b == "guards never opened");
  }
}

TEST_CASE("negation ledger: opposites said of one thing in sentences not aligned", "[compare][antonym]") {
  std::vector<NegationEntry> ledger =
      Ledger("The ferry operator said on Monday that the crossing will remain closed for repairs.\n",
             "Passengers were told the crossing would reopen once divers had checked the hull, the operator said.\n");
  REQUIRE(ledger.size() == 1);
  CHECK(ledger[0].reason.type() == "antonym");
  CHECK(ledger[0].reason.a == "closed");
  CHECK(ledger[0].reason.b == "reopen");
  // Said of another thing: the tolls, not the crossing.
  CHECK(Ledger("The ferry operator said on Monday that the crossing will remain closed for repairs.\n",
               "The operator said the crossing's tolls would rise and the harbour would reopen.\n")
            .empty());
  // A verb after a modal is no subject, even one that can be a noun ("stay"): the crossing is.
  std::vector<NegationEntry> modal = Ledger("The crossing will stay shut during the storm, the ferry operator said.\n",
                                            "Officials said the crossing would be open during the storm.\n");
  REQUIRE(modal.size() == 1);
  CHECK(modal[0].reason.type() == "antonym");
  // What a thing is of names it too: "stocks in Farrowby" are "Farrowby's stock price".
  std::vector<NegationEntry> owned = Ledger("Stocks in Farrowby rose sharply after the ruling was announced.\n",
                                            "Farrowby's stock price fell after the court ruling.\n");
  REQUIRE(owned.size() == 1);
  CHECK(owned[0].reason.type() == "antonym");
  // Two heads of one word are two things: the budget's deficit, the health budget.
  CHECK(Ledger("Officials expect the budget deficit to narrow sharply next year.\n",
               "The health budget is expected to widen sharply next year, officials said.\n")
            .empty());
  // On other days, both can be so.
  CHECK(Ledger("The ferry operator said the crossing remained closed on Monday.\n",
               "The ferry operator said the crossing reopened on Tuesday.\n")
            .empty());
}

TEST_CASE("negation ledger: opposites cross through a headline and stay opposites", "[compare][antonym]") {
  // The body sentence and the other report's headline share one word only: they are set against
  // each other through A's headline, which says what the body says.
  std::vector<NegationEntry> ledger = Ledger(
      "Harbour crossing is closed, ferry operator says\n\n"
      "Divers found the harbour crossing was closed until the storm passed.\n",
      "Ferry operator says crossing reopens\n\n"
      "The ferry operator said the harbour crossing would reopen on Saturday.\n");
  const NegationEntry* crossed = nullptr;
  for (const NegationEntry& entry : ledger) {
    CHECK(entry.reason.type() == "antonym");
    if (entry.a_sentence == 1 && entry.b_sentence == 0) crossed = &entry;
  }
  REQUIRE(crossed != nullptr);
  CHECK(crossed->reason.a == "closed");
  CHECK(crossed->reason.b == "reopens");
}
