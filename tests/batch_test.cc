// --batch: JSON Lines equal to the pairwise runs, per-pair errors as records, the list from stdin.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

#include "test_util.h"

using namespace claimdiff::testing;
using nlohmann::json;

namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("cli --batch prints one JSON report per pair, each equal to its pairwise run", "[cli][batch]") {
  TempDir dir;
  const std::string cnet = Sample("sony-cnet.txt"), vice = Sample("sony-vice.txt");
  WriteFile(dir.File("same.txt"), "The council approved the budget on Monday.\n");
  WriteFile(dir.File("pairs.tsv"), "# seed pair, both ways, and a file against itself\n" + cnet + "\t" + vice + "\n\n" +
                                       vice + "\t" + cnet + "\r\n" + dir.File("same.txt") + "\t" +
                                       dir.File("same.txt") + "\n");
  auto batch = RunClaimdiff("--batch " + Quote(dir.File("pairs.tsv")));
  CHECK(batch.exit_code == 1);
  CHECK(batch.err.empty());
  std::vector<std::string> lines = Lines(batch.out);
  REQUIRE(lines.size() == 3);
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {cnet, vice}, {vice, cnet}, {dir.File("same.txt"), dir.File("same.txt")}};
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    INFO(i);
    auto alone = RunClaimdiff("--format json " + Quote(pairs[i].first) + " " + Quote(pairs[i].second));
    CHECK(json::parse(lines[i]) == json::parse(alone.out));
    CHECK(lines[i].find('\n') == std::string::npos);
  }
  CHECK(json::parse(lines[2])["summary"]["shared"] == 1);
  // Every pair the same: exit 0.
  WriteFile(dir.File("same.tsv"), dir.File("same.txt") + "\t" + dir.File("same.txt") + "\n");
  CHECK(RunClaimdiff("--batch " + Quote(dir.File("same.tsv"))).exit_code == 0);
}

TEST_CASE("cli --batch reports a failing pair as a record and goes on", "[cli][batch]") {
  TempDir dir;
  const std::string cnet = Sample("sony-cnet.txt"), vice = Sample("sony-vice.txt");
  WriteFile(dir.File("binary.txt"), std::string("a\0b", 3));
  WriteFile(dir.File("pairs.tsv"), cnet + "\t" + dir.File("missing.txt") + "\n" +     // line 1
                                       "only one path\n" +                            // line 2
                                       cnet + "\t" + dir.File("binary.txt") + "\n" +  // line 3
                                       "https://example.com/a\t" + vice + "\n" +      // line 4
                                       cnet + "\t" + vice + "\n");                    // line 5
  auto batch = RunClaimdiff("--batch " + Quote(dir.File("pairs.tsv")));
  CHECK(batch.exit_code == 2);
  std::vector<std::string> lines = Lines(batch.out);
  REQUIRE(lines.size() == 5);
  std::vector<json> records;
  for (const std::string& line : lines) records.push_back(json::parse(line));
  CHECK(records[0]["line"] == 1);
  CHECK(records[0]["b"]["path"] == dir.File("missing.txt"));
  CHECK(records[0]["error"].get<std::string>().find(dir.File("missing.txt")) != std::string::npos);
  CHECK(records[1]["line"] == 2);
  CHECK(records[1]["error"] == "line 2: expected two paths separated by a tab");
  CHECK(records[2]["error"].get<std::string>().find("binary") != std::string::npos);
  CHECK(records[3]["error"].get<std::string>().find("URLs are not fetched") != std::string::npos);
  CHECK(!records[4].contains("error"));
  CHECK(records[4]["summary"]["conflict"] == 1);
}

TEST_CASE("cli --batch - reads the list from stdin, as GNU parallel --pipe feeds it", "[cli][batch]") {
  const std::string list = Sample("sony-cnet.txt") + "\t" + Sample("sony-vice.txt") + "\n";
  auto from_stdin = RunClaimdiff("--batch -", list + list);
  CHECK(from_stdin.exit_code == 1);
  std::vector<std::string> lines = Lines(from_stdin.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == lines[1]);
  auto unreadable = RunClaimdiff("--batch /nonexistent/pairs.tsv");
  CHECK(unreadable.exit_code == 2);
  CHECK(unreadable.err == "claimdiff: /nonexistent/pairs.tsv: cannot read the pairs list\n");
}
