// Alignment degrades gracefully on text that repeats itself: a sentence copied hundreds of times
// (every word in more sentences than the candidate index searches whole) still pairs copy for copy.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "test_util.h"

using namespace claimdiff::testing;

TEST_CASE("cli pairs every copy of a sentence repeated past the candidate index's cap", "[align][hostile]") {
  for (int copies : {200, 201, 450, 2000}) {
    TempDir dir;
    std::string a, b;
    for (int i = 0; i < copies; ++i) {
      a += "The minister said the bridge would open on Monday.\n";
      b += "The minister said the bridge would not open on Monday.\n";
    }
    WriteFile(dir.File("a.txt"), a);
    WriteFile(dir.File("b.txt"), b);
    auto r = RunClaimdiff("--format json " + Quote(dir.File("a.txt")) + " " + Quote(dir.File("b.txt")));
    REQUIRE(r.exit_code == 1);
    auto summary = nlohmann::json::parse(r.out)["summary"];
    INFO(copies << " copies: " << summary.dump());
    CHECK(summary["conflict"] == copies);
    CHECK(summary["only_a"] == 0);
    CHECK(summary["only_b"] == 0);
  }
}

TEST_CASE("cli pairs repeated sentences among distinct ones, each copy with its neighbour", "[align][hostile]") {
  TempDir dir;
  std::string a, b;
  for (int i = 0; i < 600; ++i) {
    a += "The ferry " + std::to_string(i) + " left the harbour at dawn. Praise be to the harbour master.\n\n";
    b += "The ferry " + std::to_string(i) + " left the harbour at dawn. Praise be unto the harbour master.\n\n";
  }
  WriteFile(dir.File("a.txt"), a);
  WriteFile(dir.File("b.txt"), b);
  auto r = RunClaimdiff("--format json " + Quote(dir.File("a.txt")) + " " + Quote(dir.File("b.txt")));
  REQUIRE(r.exit_code != 2);
  auto report = nlohmann::json::parse(r.out);
  INFO(report["summary"].dump());
  CHECK(report["summary"]["only_a"] == 0);
  CHECK(report["summary"]["only_b"] == 0);
  CHECK(report["summary"]["moved"] == 0);  // each copy with the one in its own paragraph
}
