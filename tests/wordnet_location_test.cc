// WordNet found at run time (--wordnet, WNSEARCHDIR, WNHOME) and never missing silently.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "test_util.h"

using namespace claimdiff::testing;

namespace {

const std::string kSeeds = SeedArgs();
// A pair only WordNet's antonyms tell apart ("expanded" / "contracted" is not in the news list).
const char* const kAntonymA = "The economy of the northern province expanded sharply in the third quarter.\n";
const char* const kAntonymB = "The economy of the northern province contracted sharply in the third quarter.\n";

}  // namespace

TEST_CASE("without WordNet every report format and stderr warn; the exit status is the usual", "[cli][wordnet]") {
  const std::string missing = "WordNet data not found in /nonexistent/wn (from WNSEARCHDIR)";
  for (const char* format : {"text", "json", "html"}) {
    INFO(format);
    auto r = RunShell(std::string("WNSEARCHDIR=/nonexistent/wn $CLAIMDIFF --format ") + format + " " + kSeeds);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("claimdiff: warning: " + missing) == 0);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK(r.out.find(missing) != std::string::npos);
  }
  auto json = RunShell("WNSEARCHDIR=/nonexistent/wn $CLAIMDIFF --format json " + kSeeds);
  auto warnings = nlohmann::json::parse(json.out)["warnings"];
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].get<std::string>().find("antonyms and irregular verb forms were not compared") !=
        std::string::npos);
  // The --expect ledger, text and JSON, says so too.
  auto ledger =
      RunShell("WNSEARCHDIR=/nonexistent/wn $CLAIMDIFF --expect " + Quote(Sample("sony.expect")) + " " + kSeeds);
  CHECK(ledger.out.rfind("warning: " + missing, 0) == 0);
  auto json_ledger = RunShell("WNSEARCHDIR=/nonexistent/wn $CLAIMDIFF --format json --expect " +
                              Quote(Sample("sony.expect")) + " " + kSeeds);
  CHECK(nlohmann::json::parse(json_ledger.out)["warnings"].size() == 1);
}

TEST_CASE("WordNet's location: --wordnet, then WNSEARCHDIR, then WNHOME/dict", "[cli][wordnet]") {
  TempDir dir;
  WriteFile(dir.File("a.txt"), kAntonymA);
  WriteFile(dir.File("b.txt"), kAntonymB);
  std::string pair = Quote(dir.File("a.txt")) + " " + Quote(dir.File("b.txt"));
  // Installed data: the antonym is a conflict, and no warning.
  auto found = RunShell("$CLAIMDIFF " + pair);
  CHECK(found.err.empty());
  CHECK(found.out.find("! antonym:") != std::string::npos);
  // Without the data the pair still differs, but only as a warned, weaker comparison.
  auto without = RunShell("WNSEARCHDIR=" + dir.path() + " $CLAIMDIFF " + pair);
  CHECK(without.out.find("! antonym:") == std::string::npos);
  CHECK(without.err.find("WordNet data not found in " + dir.path()) != std::string::npos);
  // WNHOME names WordNet's installation; its dict folder holds the data.
  REQUIRE(
      RunShell("mkdir -p " + Quote(dir.File("home")) + " && ln -s /usr/share/wordnet " + Quote(dir.File("home/dict")))
          .exit_code == 0);
  auto home = RunShell("WNHOME=" + Quote(dir.File("home")) + " $CLAIMDIFF " + pair);
  CHECK(home.err.empty());
  CHECK(home.out.find("! antonym:") != std::string::npos);
  // --wordnet wins over the environment.
  auto option = RunShell("WNSEARCHDIR=/nonexistent $CLAIMDIFF --wordnet /usr/share/wordnet " + pair);
  CHECK(option.err.empty());
  CHECK(option.out.find("! antonym:") != std::string::npos);
  // A --wordnet folder without the data is an error, not a warning.
  auto wrong = RunShell("$CLAIMDIFF --wordnet " + Quote(dir.path()) + " " + pair);
  CHECK(wrong.exit_code == 2);
  CHECK(wrong.err == "claimdiff: " + dir.path() + ": --wordnet: no WordNet data here (data.verb, verb.exc ...)\n");
  CHECK(wrong.out.empty());
}
