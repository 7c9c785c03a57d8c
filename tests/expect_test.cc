// Tests of expectations files: parsing, checking every kind, stale phrases, ledger, round trip.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "claimdiff/expect.h"
#include "test_util.h"

using namespace claimdiff;
using State = ExpectationOutcome::State;

namespace {

// A holds three facts; B flips one, keeps one, drops one and adds one.
const char* kA =
    "The ministry said it has evidence of the attack.\n\n"
    "Rescue teams evacuated three villages near the flooded river valley.\n\n"
    "The governor resigned after the vote on the new budget law.\n";
const char* kB =
    "The ministry said it has no evidence of the attack.\n\n"
    "Rescue teams evacuated three villages near the flooded river valley.\n\n"
    "Farmers said the rice harvest in the lowland districts is lost.\n";

const Report& TestReport() {
  static const Report report = claimdiff::testing::CompareTexts(kA, kB);
  return report;
}

ExpectationFile Parse(const std::string& text) {
  ExpectationFile file;
  Status status = ParseExpectations(text, "t.expect", &file);
  if (!status.ok()) FAIL(status.message());
  return file;
}

std::vector<State> States(const std::string& text) {
  ExpectationCheck check = CheckExpectations(Parse(text), TestReport());
  std::vector<State> out;
  for (const auto& o : check.outcomes) out.push_back(o.state);
  return out;
}

}  // namespace

TEST_CASE("expectation parser reads every kind, reasons, escapes and comments", "[expect]") {
  ExpectationFile file = Parse(
      "# a comment\n\n"
      "conflict negation number \"has \\\"evidence\\\"\" | \"has no evidence\"\n"
      "  shared \"x y\"|\"z\"  \n"
      "aligned \"a\" | \"b\"\n"
      "only-a \"alone in A\"\n"
      "only_b \"alone in B\"  # a comment after the phrase, \"quoted\" or not\n");
  REQUIRE(file.items.size() == 5);
  CHECK(file.items[0].kind == Expectation::Kind::kConflict);
  CHECK(file.items[0].reasons == std::vector<std::string>{"negation", "number"});
  CHECK(file.items[0].phrase_a == "has \"evidence\"");
  CHECK(file.items[0].line == 3);
  CHECK(file.items[1].text == "shared \"x y\"|\"z\"");
  CHECK(file.items[1].phrase_b == "z");
  CHECK(file.items[3].phrase_a == "alone in A");
  CHECK(file.items[4].kind == Expectation::Kind::kOnlyB);
  CHECK(file.items[4].phrase_b == "alone in B");
}

TEST_CASE("expectation parser names file, line and problem for malformed lines", "[expect]") {
  const std::pair<const char*, const char*> cases[] = {
      {"conflict \"a\" | \"b\"\nconfict \"a\" | \"b\"", "t.expect:2: unknown kind 'confict'"},
      {"conflict negaton \"a\" | \"b\"", "t.expect:1: unknown reason 'negaton'"},
      {"shared negation \"a\" | \"b\"", "t.expect:1: only conflict takes reasons"},
      {"shared \"a\"", "t.expect:1: expected '|' and a phrase from B"},
      {"only-a \"unterminated", "t.expect:1: unterminated phrase"},
      {"only-a \"a\" extra", "t.expect:1: unexpected text after the phrase"},
      {"only-b \"  \"", "t.expect:1: empty phrase"},
      {"only-b bare words", "t.expect:1: expected a \"quoted phrase\""},
  };
  for (const auto& [text, message] : cases) {
    ExpectationFile file;
    Status status = ParseExpectations(text, "t.expect", &file);
    REQUIRE_FALSE(status.ok());
    INFO(status.message());
    CHECK(status.message().rfind(message, 0) == 0);
  }
}

TEST_CASE("every expectation kind passes when the report agrees", "[expect]") {
  CHECK(States("conflict negation \"HAS EVIDENCE\" | \"has no evidence\"\n"
               "shared \"evacuated three villages\" | \"evacuated three villages\"\n"
               "aligned \"ministry said\" | \"ministry said\"\n"
               "only-a \"governor resigned\"\n"
               "only-b \"rice harvest\"\n") == std::vector<State>(5, State::kHeld));
}

TEST_CASE("every expectation kind fails when the report disagrees", "[expect]") {
  CHECK(States("conflict \"evacuated three\" | \"evacuated three\"\n"
               "conflict number \"has evidence\" | \"has no evidence\"\n"
               "shared \"has evidence\" | \"has no evidence\"\n"
               "aligned \"governor resigned\" | \"rice harvest\"\n"
               "only-a \"evacuated three\"\n"
               "only-b \"evacuated three\"\n") == std::vector<State>{State::kResolved, State::kResolved, State::kFailed,
                                                                     State::kFailed, State::kResolved,
                                                                     State::kResolved});
}

TEST_CASE("a failure says what was found instead", "[expect]") {
  ExpectationCheck check = CheckExpectations(Parse("conflict \"evacuated three\" | \"evacuated three\"\n"
                                                   "aligned \"governor resigned\" | \"rice harvest\"\n"),
                                             TestReport());
  CHECK(check.outcomes[0].found == "expected conflict, found shared (similarity 1.00) at A:3, B:3");
  CHECK(check.outcomes[1].found.find("not aligned: A:5 is only-a, B:5 is only-b") != std::string::npos);
}

TEST_CASE("a phrase that matches nothing is a stale expectation, not a pass", "[expect]") {
  ExpectationCheck check = CheckExpectations(Parse("only-a \"no such words\"\nonly-b \"governor\"\n"), TestReport());
  REQUIRE(check.outcomes.size() == 2);
  CHECK(check.outcomes[0].state == State::kStale);
  CHECK(check.outcomes[0].found == "phrase \"no such words\" matches no sentence of A");
  CHECK(check.outcomes[1].state == State::kStale);
  CHECK_FALSE(check.Passed(false));
}

TEST_CASE("unlisted conflicts are new and fail only with strict", "[expect]") {
  ExpectationFile file = Parse("only-a \"governor resigned\"\n");
  ExpectationCheck check = CheckExpectations(file, TestReport());
  REQUIRE(check.new_conflicts.size() == 1);
  CHECK(check.Passed(false));
  CHECK_FALSE(check.Passed(true));
  std::string ledger = FormatLedger(file, check, TestReport(), true);
  CHECK(ledger.find("expected: listed and still present (1)\n  t.expect:1: only-a \"governor resigned\"") !=
        std::string::npos);
  CHECK(ledger.find("new: conflicts not listed (fail with --strict) (1)") != std::string::npos);
  CHECK(ledger.find("A:1, B:1: conflict negation") != std::string::npos);
  CHECK(ledger.rfind("FAIL: 1 of 1 expectations hold", std::string::npos) != std::string::npos);
}

TEST_CASE("written expectations hold on the same report", "[expect]") {
  const Report& report = TestReport();
  std::string written = WriteExpectations(report);
  INFO(written);
  // The conflict's phrases leave out the disputed "no"; its sentences are comments above it.
  CHECK(written.find("#   A:1 The ministry said it has evidence of the attack.\n"
                     "#   B:1 The ministry said it has no evidence of the attack.\n"
                     "conflict negation \"evidence of the attack\" | \"evidence of the attack\"") != std::string::npos);
  CHECK(written.find("only-a \"") != std::string::npos);
  CHECK(written.find("only-b \"") != std::string::npos);
  // The sentence both print alike is offered commented out, not tracked.
  CHECK(written.find("\n# shared \"") != std::string::npos);
  ExpectationFile file = Parse(written);
  CHECK(file.items.size() == 3);
  ExpectationCheck check = CheckExpectations(file, report);
  CHECK(check.Passed(true));
}

TEST_CASE("written expectations hold on the seed pair, commented-out lines included", "[expect]") {
  Document a, b;
  REQUIRE(ReadDocument(claimdiff::testing::Sample("sony-cnet.txt"), {}, &a).ok());
  REQUIRE(ReadDocument(claimdiff::testing::Sample("sony-vice.txt"), {}, &b).ok());
  Report report;
  REQUIRE(CompareDocuments(a, b, {}, &report).ok());
  std::string written = WriteExpectations(report);
  ExpectationFile file = Parse(written);
  CHECK(file.items.size() < report.findings.size());  // a selection, not a dump
  std::size_t conflicts = 0;
  for (const Expectation& e : file.items) conflicts += e.kind == Expectation::Kind::kConflict;
  CHECK(conflicts == report.summary.conflict);
  CHECK(CheckExpectations(file, report).Passed(true));
  for (const Expectation& e : file.items) {
    INFO(e.text);
    CHECK(std::count(e.phrase_a.begin(), e.phrase_a.end(), '"') % 2 == 0);  // quotations kept whole
    CHECK(std::count(e.phrase_b.begin(), e.phrase_b.end(), '"') % 2 == 0);
  }

  // Every line offered commented out also holds once a person takes it up.
  std::string all;
  std::istringstream lines(written);
  for (std::string line; std::getline(lines, line);) {
    for (const char* kind : {"# shared ", "# only-a ", "# only-b ", "# conflict "}) {
      if (line.rfind(kind, 0) == 0) line = line.substr(2);
    }
    all += line + "\n";
  }
  ExpectationFile everything = Parse(all);
  CHECK(everything.items.size() == report.findings.size());
  CHECK(CheckExpectations(everything, report).Passed(true));
}

TEST_CASE("written phrases are short, unique and leave out the disputed words", "[expect]") {
  const Report report = claimdiff::testing::CompareTexts(
      "Officials said the bridge was closed on Monday.\n\nThe bridge was closed to trucks for years.\n",
      "Officials said the bridge was not closed on Monday.\n\nThe bridge was closed to trucks for years.\n");
  std::string written = WriteExpectations(report);
  INFO(written);
  CHECK(written.find("conflict negation \"Officials said the bridge\" | \"Officials said the bridge\"") !=
        std::string::npos);
  ExpectationFile file = Parse(written);
  for (const Expectation& e : file.items) {
    CHECK(e.phrase_a.size() < 60);
    CHECK(e.phrase_b.size() < 60);
  }
  CHECK(CheckExpectations(file, report).Passed(true));
}

TEST_CASE("phrases match whatever the spacing, case and quote style", "[expect]") {
  CHECK(States("only-a \"  GOVERNOR   resigned\tafter \"\n"
               "only-b \"rice\u00a0harvest\"\n"
               "only-b \"the rice harvest in the\u201clowland\"\n") ==
        std::vector<State>{State::kHeld, State::kHeld, State::kStale});
  CHECK(States("only-b \"therice harvest\"\n") == std::vector<State>{State::kHeld});
}

TEST_CASE("an expectations file may start with a byte order mark and use CRLF line ends", "[expect]") {
  ExpectationFile file = Parse("\xEF\xBB\xBF# saved by a Windows editor\r\nonly-a \"governor resigned\"\r\n");
  REQUIRE(file.items.size() == 1);
  CHECK(file.items[0].line == 2);
  CHECK(file.items[0].phrase_a == "governor resigned");
  CHECK(CheckExpectations(file, TestReport()).Passed(false));
}

TEST_CASE("expectations survive edits elsewhere and a different line wrapping", "[expect]") {
  const char* file_text =
      "conflict negation \"has evidence\" | \"has no evidence\"\n"
      "shared \"evacuated three villages\" | \"evacuated three villages\"\n"
      "only-a \"governor resigned\"\n"
      "only-b \"rice harvest\"\n";
  const std::string lead = "A storm reached the coast on Friday night, the weather service said.\n\n";
  std::string b = std::string(kB);
  b.replace(b.find("near the "), 9, "near\nthe ");  // re-wrapped inside a sentence
  const Report edited = claimdiff::testing::CompareTexts(lead + kA, lead + "Schools stayed shut.\n\n" + b);
  ExpectationFile file = Parse(file_text);
  ExpectationCheck check = CheckExpectations(file, edited);
  CHECK(check.Count(State::kHeld) == 4);
  CHECK(check.Passed(true));
}

TEST_CASE("the ledger lists a resolved conflict with where it went and fails the run", "[expect]") {
  const Report fixed = claimdiff::testing::CompareTexts(kA, kA);
  ExpectationFile file = Parse("# known\nconflict negation \"has evidence\" | \"has evidence\"\n");
  ExpectationCheck check = CheckExpectations(file, fixed);
  REQUIRE(check.outcomes.size() == 1);
  CHECK(check.outcomes[0].state == State::kResolved);
  CHECK_FALSE(check.Passed(false));
  std::string ledger = FormatLedger(file, check, fixed, false);
  CHECK(ledger.find("resolved: listed, now gone or no longer a conflict (1)\n"
                    "  t.expect:2: conflict negation \"has evidence\" | \"has evidence\"\n"
                    "      expected conflict (negation), found shared (similarity 1.00) at A:1, B:1\n") !=
        std::string::npos);
  CHECK(ledger.find("FAIL: 0 of 1 expectations hold, 1 resolved") != std::string::npos);
}

TEST_CASE("a stale phrase points at the sentence it most likely meant", "[expect]") {
  ExpectationCheck check = CheckExpectations(Parse("only-a \"the governor quit after the vote\"\n"), TestReport());
  REQUIRE(check.outcomes[0].state == State::kStale);
  CHECK(check.outcomes[0].found ==
        "phrase \"the governor quit after the vote\" matches no sentence of A; closest: A:5 \"The governor "
        "resigned after the vote on the new budget law.\"");
}

TEST_CASE("a phrase naming several sentences holds on the one that fits, with a note", "[expect]") {
  ExpectationFile file = Parse("only-b \"said\"\n");
  ExpectationCheck check = CheckExpectations(file, TestReport());
  CHECK(check.outcomes[0].state == State::kHeld);
  CHECK(check.outcomes[0].note == "\"said\" matches 2 sentences of B: B:1, B:5");
  CHECK(FormatLedger(file, check, TestReport(), false).find("\n      note: \"said\" matches 2 sentences of B") !=
        std::string::npos);
}

TEST_CASE("regression: written expectations for a repeated conflicting sentence name both copies", "[expect]") {
  const std::string a = std::string(kA) + "\nThe ministry said it has evidence of the attack.\n";
  const std::string b = std::string(kB) + "\nThe ministry said it has no evidence of the attack.\n";
  const Report report = claimdiff::testing::CompareTexts(a, b);
  REQUIRE(report.summary.conflict == 2);
  ExpectationFile file = Parse(WriteExpectations(report));
  ExpectationCheck check = CheckExpectations(file, report);
  CHECK(check.new_conflicts.empty());
  CHECK(check.Passed(true));
}
