// Tests of the claimdiff command's --expect, --write-expect and --strict, run through the binary.
#include <catch2/catch.hpp>

#include <sstream>

#include "test_util.h"

using namespace claimdiff::testing;

namespace {
const std::string kSeeds = SeedArgs();
}  // namespace

TEST_CASE("cli --expect passes on the shipped seed expectations", "[cli][expect]") {
  auto r = RunClaimdiff("--expect " + Quote(Sample("sony.expect")) + " --strict " + kSeeds);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("PASS: 6 of 6 expectations hold") != std::string::npos);
  CHECK(r.out.find("Side by side") == std::string::npos);  // the ledger, not the report
}

TEST_CASE("cli --expect exits 1 with file:line on a failing expectation", "[cli][expect]") {
  TempDir dir;
  WriteFile(dir.File("k.expect"), "# known\nshared \"we have means to prove\" | \"we have no means to prove\"\n");
  auto r = RunClaimdiff("--expect " + Quote(dir.File("k.expect")) + " " + kSeeds);
  CHECK(r.exit_code == 1);
  CHECK(r.out.find(dir.File("k.expect") + ":2: shared") != std::string::npos);
  CHECK(r.out.find("expected shared, found conflict") != std::string::npos);
}

TEST_CASE("cli --expect exits 2 on a malformed file before reading the inputs", "[cli][expect]") {
  TempDir dir;
  WriteFile(dir.File("bad.expect"), "conflict \"a\" \"b\"\n");
  auto r =
      RunClaimdiff("--expect " + Quote(dir.File("bad.expect")) + " /nonexistent " + kSeeds.substr(0, kSeeds.find(' ')));
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        "claimdiff: " + dir.File("bad.expect") + ":1: expected '|' and a phrase from B after the phrase from A\n");
}

TEST_CASE("cli --write-expect then --expect round-trips; --strict catches an unlisted conflict", "[cli][expect]") {
  TempDir dir;
  auto write = RunClaimdiff("--write-expect " + Quote(dir.File("snap.expect")) + " " + kSeeds);
  CHECK(write.exit_code == 1);  // the usual diff exit status: the reports differ
  std::string snapshot = ReadFile(dir.File("snap.expect"));
  CHECK(snapshot.find("conflict negation") != std::string::npos);
  CHECK(RunClaimdiff("--strict --expect " + Quote(dir.File("snap.expect")) + " " + kSeeds).exit_code == 0);

  // Trim the conflict line away: still passes without --strict, fails with it.
  std::string trimmed;
  std::istringstream lines(snapshot);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("conflict", 0) != 0) trimmed += line + "\n";
  }
  WriteFile(dir.File("trimmed.expect"), trimmed);
  CHECK(RunClaimdiff("--expect " + Quote(dir.File("trimmed.expect")) + " " + kSeeds).exit_code == 0);
  auto strict = RunClaimdiff("--strict --expect " + Quote(dir.File("trimmed.expect")) + " " + kSeeds);
  CHECK(strict.exit_code == 1);
  CHECK(strict.out.find("new: conflicts not listed (fail with --strict) (1)") != std::string::npos);
}

TEST_CASE("cli --strict without --expect is an argument error", "[cli][expect]") {
  CHECK(RunClaimdiff("--strict " + kSeeds).exit_code == 2);
}

TEST_CASE("cli --expect with -o writes the report to the file and the ledger to stdout", "[cli][expect]") {
  TempDir dir;
  auto r = RunClaimdiff("--color never --expect " + Quote(Sample("sony.expect")) + " -o " +
                        Quote(dir.File("report.txt")) + " " + kSeeds);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("expected: listed and still present (6)") != std::string::npos);
  CHECK(ReadFile(dir.File("report.txt")).find("Side by side") != std::string::npos);
}

TEST_CASE("cli --expect names a stale phrase and exits 1", "[cli][expect]") {
  TempDir dir;
  WriteFile(dir.File("k.expect"), "only-b \"a sentence VICE never printed\"\n");
  auto r = RunClaimdiff("--expect " + Quote(dir.File("k.expect")) + " " + kSeeds);
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("stale: phrase matches nothing (1)\n  " + dir.File("k.expect") + ":1: only-b") != std::string::npos);
  CHECK(r.out.find("matches no sentence of B") != std::string::npos);
}

TEST_CASE("cli --expect on a missing expectations file is trouble", "[cli][expect]") {
  auto r = RunClaimdiff("--expect /nonexistent/known.expect " + kSeeds);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("/nonexistent/known.expect") != std::string::npos);
}

TEST_CASE("cli --write-expect into a missing directory fails with 2 and leaves nothing", "[cli][expect]") {
  TempDir dir;
  auto r = RunClaimdiff("--write-expect " + Quote(dir.File("no/such/dir/snap.expect")) + " " + kSeeds);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("snap.expect") != std::string::npos);
  CHECK(dir.List().empty());
}

TEST_CASE("cli --write-expect replaces an existing file whole", "[cli][expect]") {
  TempDir dir;
  WriteFile(dir.File("snap.expect"), std::string(100000, 'x'));
  RunClaimdiff("--write-expect " + Quote(dir.File("snap.expect")) + " " + kSeeds);
  std::string snapshot = ReadFile(dir.File("snap.expect"));
  CHECK(snapshot.rfind("# claimdiff expectations:", 0) == 0);
  CHECK(snapshot.find('x' + std::string(20, 'x')) == std::string::npos);
  CHECK(dir.List() == std::vector<std::string>{"snap.expect"});
}

TEST_CASE("cli --expect ledger reads as the README shows it", "[cli][expect]") {
  TempDir dir;
  WriteFile(dir.File("known.expect"),
            "# Sony hack, CNET (A) vs VICE (B)\n"
            "shared \"we have means to prove\" | \"we have no means to prove\"\n"
            "only-a \"We have not caved\"\n"
            "only-b \"the hackers were fired\"\n");
  auto r = RunClaimdiff("--expect " + Quote(dir.File("known.expect")) + " " + kSeeds);
  CHECK(r.exit_code == 1);
  std::string out = r.out;  // as if run where the file is, as in the README
  for (std::size_t at; (at = out.find(dir.path() + "/")) != std::string::npos;) out.erase(at, dir.path().size() + 1);
  CHECK(out ==
        "expected: listed and still present (1)\n"
        "  known.expect:3: only-a \"We have not caved\"\n"
        "resolved: listed, now gone or no longer a conflict (0)\n"
        "failed: listed agreement no longer holds (1)\n"
        "  known.expect:2: shared \"we have means to prove\" | \"we have no means to prove\"\n"
        "      expected shared, found conflict (similarity 0.58) because of negation at A:15, B:10\n"
        "stale: phrase matches nothing (1)\n"
        "  known.expect:4: only-b \"the hackers were fired\"\n"
        "      phrase \"the hackers were fired\" matches no sentence of B; closest: B:13 \"...comedy's release "
        "after hackers threatened viewers with repercussions akin to the 9/11 attacks.\"\n"
        "new: conflicts not listed (0)\n"
        "FAIL: 1 of 3 expectations hold, 0 resolved, 1 failed, 1 stale, 0 new\n");
}
