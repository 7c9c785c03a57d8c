// Hostile command lines through the real executable: names that are not UTF-8, an --expect path
// that is not a file, NaN thresholds, one stream named twice, and argument errors holding escapes.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "test_util.h"

using namespace claimdiff::testing;

namespace {

const std::string kSeeds = SeedArgs();

// The one-line failure every error must be: exit 2, nothing on stdout, one line on stderr.
void CheckOneLine(const CommandResult& r, const std::string& contains) {
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.rfind("claimdiff: ", 0) == 0);
  CHECK(r.err.find(contains) != std::string::npos);
  CHECK(r.err.find('\n') == r.err.size() - 1);
  CHECK(r.err.find('\x1b') == std::string::npos);
}

}  // namespace

TEST_CASE("cli JSON stays valid when a path or a label is not UTF-8", "[hostile][output]") {
  TempDir dir;
  const std::string latin1_name = dir.File("caf\xE9.txt");
  WriteFile(latin1_name, ReadFile(Sample("sony-cnet.txt")));
  auto r = RunShell("$CLAIMDIFF --format json --label-b $'\\xff\\xfe B' " + Quote(latin1_name) + " " +
                    Quote(Sample("sony-vice.txt")));
  REQUIRE(r.exit_code == 1);
  nlohmann::json report;
  REQUIRE_NOTHROW(report = nlohmann::json::parse(r.out));
  CHECK(report["a"]["path"] == dir.File("caf\xEF\xBF\xBD.txt"));
  CHECK(report["b"]["label"] == "\xEF\xBF\xBD\xEF\xBF\xBD B");
  // The HTML page declares UTF-8: it must be UTF-8 too.
  auto html = RunClaimdiff("--format html " + Quote(latin1_name) + " " + Quote(Sample("sony-vice.txt")));
  CHECK(html.out.find("caf\xEF\xBF\xBD.txt") != std::string::npos);
  CHECK(html.out.find("caf\xE9") == std::string::npos);
}

TEST_CASE("cli --expect naming a directory or a binary file fails instead of passing empty", "[hostile][expect]") {
  TempDir dir;
  CheckOneLine(RunClaimdiff("--expect " + Quote(dir.path()) + " " + kSeeds),
               "is a directory, not an expectations file");
  CheckOneLine(RunClaimdiff("--expect /dev/zero " + kSeeds), "/dev/zero: ");
}

TEST_CASE("cli --min-similarity refuses nan and values outside 0..1", "[hostile][args]") {
  for (const char* value : {"nan", "NaN", "-nan", "inf", "1.5", "-0.1"}) {
    INFO(value);
    auto r = RunClaimdiff(std::string("--min-similarity ") + value + " " + kSeeds);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
  }
  CHECK(RunClaimdiff("--min-similarity 0.3 " + kSeeds).exit_code == 1);
}

TEST_CASE("cli argument errors are one line with escapes shown, never raw", "[hostile][args]") {
  CheckOneLine(RunShell("$CLAIMDIFF $'--bogus\\x1b]0;pwned\\x07' " + kSeeds), "--bogus\\x1b]0;pwned\\x07");
  CheckOneLine(RunShell("$CLAIMDIFF --format $'x\\x1b[2J' " + kSeeds), "x\\x1b[2J");
  CheckOneLine(RunClaimdiff(Quote(Sample("sony-cnet.txt"))), "missing B");
  // --help and --version still print normally and exit 0.
  CHECK(RunClaimdiff("--help").exit_code == 0);
  CHECK(RunClaimdiff("--version").out == "claimdiff 0.1.0\n");
}

TEST_CASE("cli refuses one stream named twice instead of splitting it between A and B", "[hostile][args]") {
  const std::string text = ReadFile(Sample("sony-cnet.txt"));
  CheckOneLine(RunShell("cat " + Quote(Sample("sony-cnet.txt")) + " | $CLAIMDIFF /dev/stdin /dev/stdin"),
               "/dev/stdin: is the same stream as /dev/stdin");
  CheckOneLine(RunShell("cat " + Quote(Sample("sony-cnet.txt")) + " | $CLAIMDIFF - /dev/fd/0"), "is the same stream");
  // A file named twice is a file compared with itself.
  CHECK(RunShell("$CLAIMDIFF " + Quote(Sample("sony-cnet.txt")) + " /dev/stdin < " + Quote(Sample("sony-cnet.txt")))
            .exit_code == 0);
}
