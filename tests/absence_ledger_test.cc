// Tests of the absence ledger: a thing one report says there was none of, told by the other.
// Written with words other than the tuning pairs'.
#include <catch2/catch.hpp>

#include "compare/absence_ledger.h"
#include "test_util.h"

using namespace claimdiff;
using claimdiff::testing::MakeDocument;

namespace {

std::vector<NegationEntry> Absences(const std::string& a, const std::string& b) {
  Document da = MakeDocument(a), db = MakeDocument(b);
  Segmentation sa, sb;
  REQUIRE(Segment(da, {}, &sa).ok());
  REQUIRE(Segment(db, {}, &sb).ok());
  return LedgerAbsences(da.text, sa, db.text, sb, nullptr, nullptr);
}

}  // namespace

TEST_CASE("absence ledger: a thing denied by one report and told by the other", "[compare][negation]") {
  const std::vector<NegationEntry> entries = Absences(
      "The cellar filled with water overnight.\n\n"
      "Residents of the lower streets reported sewage in their gardens.\n",
      "The council said there had been no sewage anywhere in the district.\n");
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].a_sentence == 1);
  CHECK(entries[0].b_sentence == 0);
  CHECK(entries[0].reason.type() == "negation");
  CHECK(entries[0].reason.a == "sewage");
  CHECK(entries[0].reason.b == "no sewage");
}

TEST_CASE("absence ledger: the denied thing is the last noun after 'no'", "[compare][negation]") {
  // "no lead pipes" denies pipes; a report of "lead" in paint is another thing.
  const std::vector<NegationEntry> entries =
      Absences("Inspectors found no lead pipes in the school.\n",
               "Flaking lead was found in the paint of two classrooms.\n\nThe pipes were replaced in 2019.\n");
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].b_sentence == 1);
  CHECK(entries[0].reason.a == "no lead pipes");
}

TEST_CASE("absence ledger: a denied thing told as what happened", "[compare][negation]") {
  const std::vector<NegationEntry> entries =
      Absences("Police said there had been no arrests.\n\nThere were no deaths.\n",
               "Officers arrested two men near the stadium.\n\n"
               "One climber died on the way down.\n");
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].reason.a == "no arrests");
  CHECK(entries[0].reason.b == "arrested");
  CHECK(entries[1].reason.a == "no deaths");
  CHECK(entries[1].reason.b == "died");
  // The word the noun derives from, not that word's synonyms ("go" and "pass" can mean "die").
  CHECK(Absences("There were no deaths.\n", "The stage passed its inspection and the crowd went home.\n").empty());
}

TEST_CASE("absence ledger: what is not a denial, or not a telling, is left", "[compare][negation]") {
  // Denied on both sides.
  CHECK(Absences("There was no looting.\n", "Police said looting had not been reported.\n").empty());
  // A condition denies nothing.
  CHECK(Absences("The match is replayed only if no referee attends.\n", "The referee arrived late.\n").empty());
  // "No further" / "no new" deny more of a thing, not the thing.
  CHECK(Absences("No new strikes are planned.\n", "The strikes began in May.\n").empty());
  // An idiom.
  CHECK(Absences("The dockers no longer strike.\n", "Longer shifts were agreed.\n").empty());
  // Denying an abstraction is about what follows it, not about the thing named elsewhere.
  CHECK(Absences("There is no evidence that the ballots were altered.\n",
                 "Observers filed evidence of queues outside the polling stations.\n")
            .empty());
  // The noun names another noun ("ambulance crews", not an ambulance).
  CHECK(Absences("No ambulance was called.\n", "Ambulance crews were on standby at the ground.\n").empty());
}

TEST_CASE("absence ledger: the subject of the whole story is no single claim", "[compare][negation]") {
  // Four sentences of b tell of the storm: "no storm" against them is too broad to pin on one.
  const std::string many =
      "The storm reached the coast at noon.\n\nThe storm cut power to 3,000 homes.\n\n"
      "Schools closed as the storm passed.\n\nThe storm moved inland overnight.\n";
  CHECK(Absences("Forecasters said there would be no storm.\n", many).empty());
  CHECK(Absences("Forecasters said there would be no storm.\n", "The storm reached the coast at noon.\n").size() == 1);
}
