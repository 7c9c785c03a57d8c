// --expect for CI: the ledger as JSON, JUnit XML, and --write-expect snapshots a reviewer can
// read and that survive a correction.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

#include "test_util.h"

using namespace claimdiff::testing;

namespace {

const std::string kSeeds = SeedArgs();

// The same known.expect the README walks through: one held, one failed, one stale.
const char* const kKnown =
    "# Sony hack, CNET (A) vs VICE (B)\n"
    "shared \"we have means to prove\" | \"we have no means to prove\"\n"
    "only-a \"We have not caved\"\n"
    "only-b \"the hackers were fired\"\n";

// Parses XML with Python's standard library and prints "tests failures names..." (one per line).
CommandResult ReadJUnit(const std::string& path) {
  return RunShell(
      "python3 -c 'import sys, xml.etree.ElementTree as E\n"
      "root = E.parse(sys.argv[1]).getroot()\n"
      "print(root.get(\"tests\"), root.get(\"failures\"))\n"
      "for case in root.iter(\"testcase\"):\n"
      "    f = case.find(\"failure\")\n"
      "    print(case.get(\"line\"), \"ok\" if f is None else f.get(\"type\"), case.get(\"name\"))\n' " +
      Quote(path));
}

std::string WithoutLinesStarting(const std::string& text, const std::string& prefix) {
  std::string out;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(prefix, 0) != 0) out += line + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("cli --expect with --format json prints the ledger as JSON", "[cli][expect][ci]") {
  TempDir dir;
  WriteFile(dir.File("known.expect"), kKnown);
  auto r = RunClaimdiff("--format json --expect " + Quote(dir.File("known.expect")) + " " + kSeeds);
  CHECK(r.exit_code == 1);
  auto ledger = nlohmann::json::parse(r.out);
  CHECK(ledger["claimdiff_expect"] == 1);
  CHECK(ledger["file"] == dir.File("known.expect"));
  CHECK(ledger["passed"] == false);
  CHECK(ledger["counts"] ==
        nlohmann::json::parse(R"({"expectations":3,"expected":1,"resolved":0,"failed":1,"stale":1,"new":0})"));
  auto items = ledger["expectations"];
  REQUIRE(items.size() == 3);
  CHECK(items[0]["line"] == 2);
  CHECK(items[0]["state"] == "failed");
  CHECK(items[0]["found"].get<std::string>().find("expected shared, found conflict") == 0);
  CHECK(items[0]["finding"]["kind"] == "conflict");
  CHECK(items[0]["finding"]["a"][0]["line"] == 15);
  CHECK(items[0]["finding"]["b"][0]["line"] == 10);
  CHECK(items[0]["finding"]["reasons"][0]["type"] == "negation");
  CHECK(items[1]["state"] == "expected");
  CHECK(items[1]["kind"] == "only-a");
  CHECK(items[2]["state"] == "stale");
  CHECK(items[2]["finding"].is_null());
  // Passing, with --strict: exit 0 and passed.
  auto pass = RunClaimdiff("--format json --strict --expect " + Quote(Sample("sony.expect")) + " " + kSeeds);
  CHECK(pass.exit_code == 0);
  CHECK(nlohmann::json::parse(pass.out)["passed"] == true);
}

TEST_CASE("cli --junit writes one test case per expectation that CI tools parse", "[cli][expect][ci]") {
  TempDir dir;
  WriteFile(dir.File("known.expect"), kKnown);
  auto r = RunClaimdiff("--junit " + Quote(dir.File("junit.xml")) + " --expect " + Quote(dir.File("known.expect")) +
                        " " + kSeeds);
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("FAIL: 1 of 3 expectations hold") != std::string::npos);  // the ledger still on stdout
  auto junit = ReadJUnit(dir.File("junit.xml"));
  REQUIRE(junit.exit_code == 0);
  CHECK(junit.out ==
        "3 2\n"
        "2 failed " +
            dir.File("known.expect") +
            ":2: shared \"we have means to prove\" | \"we have no means to prove\"\n"
            "3 ok " +
            dir.File("known.expect") +
            ":3: only-a \"We have not caved\"\n"
            "4 stale " +
            dir.File("known.expect") + ":4: only-b \"the hackers were fired\"\n");
  // With --strict an unlisted conflict is a failing case of its own.
  WriteFile(dir.File("only.expect"), "only-a \"We have not caved\"\n");
  auto strict = RunClaimdiff("--strict --junit " + Quote(dir.File("strict.xml")) + " --expect " +
                             Quote(dir.File("only.expect")) + " " + kSeeds);
  CHECK(strict.exit_code == 1);
  auto cases = ReadJUnit(dir.File("strict.xml"));
  CHECK(cases.out.find("2 1\n") == 0);
  CHECK(cases.out.find("None new new conflict at A:15, B:10 negation") != std::string::npos);
}

TEST_CASE("cli --junit escapes hostile input into well-formed XML", "[cli][expect][ci]") {
  TempDir dir;
  WriteFile(dir.File("a.txt"), "The <b>mayor</b> & \"council\" said the bridge \x1b[31mwill open\x01 in May.\n");
  WriteFile(dir.File("b.txt"), "The <b>mayor</b> & \"council\" said the bridge will not open in May.\n");
  WriteFile(dir.File("k.expect"), "shared \"<b>mayor</b> &\" | \"<b>mayor</b> &\"\n");
  auto r = RunClaimdiff("--junit " + Quote(dir.File("j.xml")) + " --expect " + Quote(dir.File("k.expect")) + " " +
                        Quote(dir.File("a.txt")) + " " + Quote(dir.File("b.txt")));
  CHECK(r.exit_code == 1);
  auto junit = ReadJUnit(dir.File("j.xml"));
  CHECK(junit.exit_code == 0);
  CHECK(junit.out.find("1 1\n1 failed") == 0);
  std::string xml = ReadFile(dir.File("j.xml"));
  CHECK(xml.find('\x1b') == std::string::npos);
  CHECK(xml.find("&lt;b&gt;mayor&lt;/b&gt; &amp;") != std::string::npos);
}

TEST_CASE("cli --junit needs --expect and a writable file; a failed write exits 2", "[cli][expect][ci]") {
  CHECK(RunClaimdiff("--junit j.xml " + kSeeds).exit_code == 2);
  auto r = RunClaimdiff("--junit /nonexistent/dir/j.xml --expect " + Quote(Sample("sony.expect")) + " " + kSeeds);
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("claimdiff: /nonexistent/dir/j.xml: cannot write", 0) == 0);
}

TEST_CASE("cli --write-expect shows each tracked finding's sentences as comments", "[cli][expect][ci]") {
  TempDir dir;
  RunClaimdiff("--write-expect " + Quote(dir.File("snap.expect")) + " " + kSeeds);
  std::string snapshot = ReadFile(dir.File("snap.expect"));
  CHECK(snapshot.find("# conflicts\n"
                      "#   A:15 As The Guardian reports, North Korea's state news agency said, \"Without resorting "
                      "to such tortures as were used by the CIA, we have means to prove that this incident has "
                      "nothing to do with us.\"\n"
                      "#   B:10 \"Without resorting to such means of torture as were used by the CIA, we have no "
                      "means to prove this incident had nothing to do with us.\"\n"
                      "conflict negation ") != std::string::npos);
  // The context comments are comments: the file still checks clean.
  CHECK(RunClaimdiff("--strict --expect " + Quote(dir.File("snap.expect")) + " " + kSeeds).exit_code == 0);
}

TEST_CASE("cli --write-expect phrases leave out the disputed words: a correction reads as resolved",
          "[cli][expect][ci]") {
  TempDir dir;
  // The seed pair, then VICE corrected to CNET's wording of the disputed quote.
  std::string vice = ReadFile(Sample("sony-vice.txt"));
  const std::string disputed = "we have no means to prove";
  REQUIRE(vice.find(disputed) != std::string::npos);
  std::string corrected = vice;
  corrected.replace(corrected.find(disputed), disputed.size(), "we have means to prove");
  WriteFile(dir.File("vice-corrected.txt"), corrected);
  RunClaimdiff("--write-expect " + Quote(dir.File("snap.expect")) + " " + kSeeds);
  std::string conflict_line = WithoutLinesStarting(ReadFile(dir.File("snap.expect")), "#");
  conflict_line = conflict_line.substr(conflict_line.find("conflict "));
  conflict_line = conflict_line.substr(0, conflict_line.find('\n'));
  CHECK(conflict_line.find(" no ") == std::string::npos);
  WriteFile(dir.File("conflict.expect"), conflict_line + "\n");
  auto r = RunClaimdiff("--expect " + Quote(dir.File("conflict.expect")) + " " + Quote(Sample("sony-cnet.txt")) + " " +
                        Quote(dir.File("vice-corrected.txt")));
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("resolved: listed, now gone or no longer a conflict (1)") != std::string::npos);
  CHECK(r.out.find("stale: phrase matches nothing") == std::string::npos);

  // A figure: "12 people" corrected to A's "21 people".
  WriteFile(dir.File("a.txt"), "Police said 21 people were injured when the stand collapsed at the stadium.\n");
  WriteFile(dir.File("b.txt"), "Police said 12 people were injured when the stand collapsed at the stadium.\n");
  WriteFile(dir.File("b-fixed.txt"), "Police said 21 people were injured when the stand collapsed at the stadium.\n");
  std::string pair = Quote(dir.File("a.txt")) + " " + Quote(dir.File("b.txt"));
  RunClaimdiff("--write-expect " + Quote(dir.File("n.expect")) + " " + pair);
  std::string figure_line = WithoutLinesStarting(ReadFile(dir.File("n.expect")), "#");
  CHECK(figure_line.find("conflict number") != std::string::npos);
  CHECK(figure_line.find("12") == std::string::npos);
  CHECK(figure_line.find("21") == std::string::npos);
  auto fixed = RunClaimdiff("--expect " + Quote(dir.File("n.expect")) + " " + Quote(dir.File("a.txt")) + " " +
                            Quote(dir.File("b-fixed.txt")));
  CHECK(fixed.out.find("resolved: listed, now gone or no longer a conflict (1)") != std::string::npos);
  CHECK(fixed.out.find("0 stale") != std::string::npos);
}
