// The --expect ledger and the --write-expect file under hostile input, through the real
// executable: nothing from an article, a label or a file name drives the terminal, and no name
// can break a snapshot's lines.
#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace claimdiff::testing;

namespace {

// An OSC title change and a clear-screen inside the sentences that conflict, are shared and
// stand alone.
const std::string kEvil = "\x1b]0;pwned\x07";
const std::string kClear = "\x1b[2J";
const std::string kHostileA = "The minister said " + kEvil + " the bridge opened on Monday" + kClear +
                              ".\nThe council met " + kClear + " in the old town hall on Friday evening.\n";
const std::string kHostileB = "The minister said " + kEvil + " the bridge did not open on Monday" + kClear +
                              ".\nThe council met " + kClear +
                              " in the old town hall on Friday evening.\n"
                              "Officials " +
                              kEvil + " promised further statements about ferry timetables soon.\n";

bool HasRawControl(const std::string& text) {
  for (char c : text) {
    if (c == '\x1b' || c == '\x07') return true;
  }
  return false;
}

}  // namespace

TEST_CASE("cli --expect ledger escapes every piece of input it prints", "[cli][expect][hostile]") {
  TempDir dir;
  WriteFile(dir.File("a.txt"), kHostileA);
  WriteFile(dir.File("b.txt"), kHostileB);
  const std::string inputs = " " + Quote(dir.File("a.txt")) + " " + Quote(dir.File("b.txt"));

  // The snapshot copies the sentences' words; its lines are printed by the ledger (expected).
  auto snap = RunClaimdiff("--write-expect " + Quote(dir.File("k.expect")) + inputs);
  REQUIRE(snap.exit_code == 1);
  auto held = RunClaimdiff("--expect " + Quote(dir.File("k.expect")) + inputs);
  INFO(held.out);
  CHECK(held.exit_code == 0);
  CHECK(held.out.find("\\x1b]0;pwned\\x07") != std::string::npos);
  CHECK_FALSE(HasRawControl(held.out));

  // A stale phrase's "closest:" excerpt, a new conflict's words and sentences, and an
  // expectations file whose name holds an escape.
  const std::string evil_name = dir.File("k" + kClear + ".expect");
  WriteFile(evil_name, "only-b \"Officials promised further statements about train timetables\"\n");
  auto check = RunClaimdiff("--expect " + Quote(evil_name) + inputs);
  INFO(check.out);
  CHECK(check.exit_code == 1);
  CHECK(check.out.find("closest: B:3") != std::string::npos);
  CHECK(check.out.find("new: conflicts not listed (1)") != std::string::npos);
  CHECK(check.out.find("A: The minister said \\x1b]0;pwned\\x07 the bridge") != std::string::npos);
  CHECK(check.out.find("k\\x1b[2J.expect:1:") != std::string::npos);
  CHECK_FALSE(HasRawControl(check.out));
  CHECK_FALSE(HasRawControl(check.err));
}

TEST_CASE("cli --write-expect keeps a newline in a label or a sentence from starting a line",
          "[cli][expect][hostile]") {
  TempDir dir;
  WriteFile(dir.File("a.txt"), "The mayor said the new bridge would open\non Monday after long delays.\n");
  WriteFile(dir.File("b.txt"), "The mayor said the new bridge would not open\non Monday after long delays.\n");
  // A label carrying an expectation of its own: if it reached a line start, --expect would fail.
  const std::string label = "x\nonly-a \"no such sentence anywhere\"";
  auto snap = RunClaimdiff("--label-a " + Quote(label) + " --write-expect " + Quote(dir.File("k.expect")) + " " +
                           Quote(dir.File("a.txt")) + " " + Quote(dir.File("b.txt")));
  REQUIRE(snap.exit_code == 1);
  std::string written = ReadFile(dir.File("k.expect"));
  INFO(written);
  CHECK(written.find("\nonly-a \"no such") == std::string::npos);
  CHECK(written.find("x\\x0aonly-a") != std::string::npos);
  auto check = RunClaimdiff("--strict --expect " + Quote(dir.File("k.expect")) + " " + Quote(dir.File("a.txt")) + " " +
                            Quote(dir.File("b.txt")));
  INFO(check.out);
  CHECK(check.exit_code == 0);
  CHECK(check.out.find("PASS: 1 of 1") != std::string::npos);
}
