// Many reports of one event through the library and the command with three and more sources:
// text, JSON, HTML, errors.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "render/terminal.h"
#include "test_util.h"

using claimdiff::testing::Quote;
using claimdiff::testing::ReadFile;
using claimdiff::testing::RunClaimdiff;
using claimdiff::testing::Sample;
using claimdiff::testing::TempDir;
using claimdiff::testing::WriteFile;

namespace {

const std::string kEvents = std::string(CLAIMDIFF_SOURCE_DIR) + "/tests/multi/events";

std::string EventArgs(const std::string& event, const std::vector<std::string>& files) {
  std::string args;
  for (const std::string& f : files) args += " " + Quote(kEvents + "/" + event + "/" + f);
  return args;
}

const std::string kFerry = EventArgs("ferry", {"agency.txt", "paper.txt", "update.txt", "tabloid.txt"});

}  // namespace

TEST_CASE("multi sources: the grid does not depend on the thread count", "[multi]") {
  std::vector<claimdiff::Document> docs(4);
  const char* files[] = {"agency.txt", "paper.txt", "update.txt", "tabloid.txt"};
  for (std::size_t s = 0; s < 4; ++s)
    REQUIRE(claimdiff::ReadDocument(kEvents + "/ferry/" + files[s], {}, &docs[s]).ok());
  claimdiff::MultiOptions serial, parallel;
  serial.compare.parallel = false;
  claimdiff::MultiReport one, many;
  REQUIRE(claimdiff::CompareSources(docs, serial, &one).ok());
  REQUIRE(claimdiff::CompareSources(docs, parallel, &many).ok());
  std::ostringstream a, b;
  claimdiff::RenderMultiJson(one, {}, a);
  claimdiff::RenderMultiJson(many, {}, b);
  CHECK(a.str() == b.str());
}

TEST_CASE("multi sources: cli text grid marks the differing toll and keeps to --width", "[multi][cli]") {
  auto r =
      RunClaimdiff("--color never --width 80 --label Agency --label Courier --label Update --label Tabloid" + kFerry);
  CHECK(r.exit_code == 1);
  CHECK(r.err.empty());
  CHECK(r.out.find("4 sources") != std::string::npos);
  CHECK(r.out.find("4 Tabloid: ") != std::string::npos);
  CHECK(r.out.find("= = = !") != std::string::npos);  // the death toll: three state it, one says eight
  CHECK(r.out.find("! 4 Tabloid: number \"Eight people\" vs 1 \"Seven people\"") != std::string::npos);
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    INFO(line);
    CHECK(claimdiff::DisplayWidth(line) <= 80);
  }
  // Contradicted claims come before the others; claims of one source come last.
  std::size_t contradicted = r.out.find("= = = !"), corroborated = r.out.find("= =   ="),
              lone = r.out.find("      = Locals");
  CHECK(contradicted < corroborated);
  CHECK(corroborated < lone);
  CHECK(lone != std::string::npos);
}

TEST_CASE("multi sources: cli two inputs still give the pairwise report", "[multi][cli]") {
  auto r = RunClaimdiff("--color never --label A-side --label B-side " + claimdiff::testing::SeedArgs());
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("A: A-side") != std::string::npos);
  CHECK(r.out.find("Side by side") != std::string::npos);
  auto plain = RunClaimdiff("--color never --label-a A-side --label-b B-side " + claimdiff::testing::SeedArgs());
  CHECK(plain.out == r.out);
}

TEST_CASE("multi sources: cli JSON lists sources, claims with a stance per source, and links", "[multi][cli]") {
  auto r = RunClaimdiff("--format json" + kFerry);
  CHECK(r.exit_code == 1);
  auto doc = nlohmann::json::parse(r.out);
  CHECK(doc["claimdiff_multi"] == 1);
  REQUIRE(doc["sources"].size() == 4);
  CHECK(doc["sources"][3]["summary"]["contradicted"].get<int>() >= 1);
  REQUIRE(doc["claims"].size() >= 1);
  const auto& first = doc["claims"][0];
  CHECK(first["contradicts"].size() >= 1);
  CHECK(first["states"].size() + first["contradicts"].size() + first["silent"].size() == 4);
  for (const auto& link : first["links"]) CHECK(link.get<std::size_t>() < doc["links"].size());
  bool conflict_with_reason = false;
  for (const auto& link : doc["links"]) {
    if (link["kind"] == "conflict") conflict_with_reason = conflict_with_reason || !link["reasons"].empty();
  }
  CHECK(conflict_with_reason);
  CHECK(doc["summary"]["claims"] == doc["claims"].size());
}

TEST_CASE("multi sources: cli exits 0 when every source states every claim", "[multi][cli]") {
  std::string vice = Quote(Sample("sony-vice.txt"));
  auto r = RunClaimdiff(vice + " " + vice + " " + vice);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("0 contradicted") != std::string::npos);
}

TEST_CASE("multi sources: cli refuses --expect and --write-expect with three sources", "[multi][cli]") {
  TempDir dir;
  WriteFile(dir.File("known.expect"), "shared \"a\" | \"a\"\n");
  auto r = RunClaimdiff("--expect " + Quote(dir.File("known.expect")) + kFerry);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "claimdiff: --expect works on two reports; with 4 sources, compare them in pairs\n");
  auto w = RunClaimdiff("--write-expect " + Quote(dir.File("new.expect")) + kFerry);
  CHECK(w.exit_code == 2);
  CHECK(dir.List() == std::vector<std::string>{"known.expect"});
}

TEST_CASE("multi sources: cli names an unreadable third source and leaves no output file", "[multi][cli]") {
  TempDir dir;
  auto r = RunClaimdiff("--format html -o " + Quote(dir.File("grid.html")) +
                        EventArgs("ferry", {"agency.txt", "paper.txt"}) + " " + Quote(dir.File("missing.txt")));
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("claimdiff: ", 0) == 0);
  CHECK(r.err.find("missing.txt") != std::string::npos);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  CHECK(dir.List().empty());
}

TEST_CASE("multi sources: cli refuses more labels than sources and two stdin sources", "[multi][cli]") {
  auto labels = RunClaimdiff("--label a --label b --label c --label d --label e" + kFerry);
  CHECK(labels.exit_code == 2);
  CHECK(labels.err == "claimdiff: --label given 5 times for 4 sources\n");
  auto stdin_twice = RunClaimdiff("- " + Quote(Sample("sony-vice.txt")) + " -");
  CHECK(stdin_twice.exit_code == 2);
  CHECK(stdin_twice.err == "claimdiff: only one source can be '-' (stdin)\n");
}

TEST_CASE("multi sources: cli refuses to write the grid over one of its inputs", "[multi][cli]") {
  TempDir dir;
  WriteFile(dir.File("c.txt"), ReadFile(kEvents + "/ferry/update.txt"));
  auto r = RunClaimdiff("-o " + Quote(dir.File("c.txt")) + EventArgs("ferry", {"agency.txt", "paper.txt"}) + " " +
                        Quote(dir.File("c.txt")));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("is input 3; refusing to overwrite it") != std::string::npos);
  CHECK(ReadFile(dir.File("c.txt")) == ReadFile(kEvents + "/ferry/update.txt"));
}

TEST_CASE("multi sources: html grid escapes hostile labels and sentences", "[multi][cli]") {
  TempDir dir;
  WriteFile(dir.File("a.txt"), "The mayor said <script>alert(1)</script> seven people attended the meeting.\n");
  WriteFile(dir.File("b.txt"), "The mayor said <script>alert(1)</script> eight people attended the meeting.\n");
  WriteFile(dir.File("c.txt"), "The mayor said seven people attended the meeting on Monday.\n");
  auto r = RunClaimdiff("--format html --label '<img src=x onerror=alert(2)>' " + Quote(dir.File("a.txt")) + " " +
                        Quote(dir.File("b.txt")) + " " + Quote(dir.File("c.txt")));
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("<script>alert") == std::string::npos);
  CHECK(r.out.find("<img") == std::string::npos);
  CHECK(r.out.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(r.out.find("id=\"grid\"") != std::string::npos);
  CHECK(r.out.find("Content-Security-Policy") != std::string::npos);
}

TEST_CASE("multi sources: cli text grid of twelve sources numbers its columns downwards within --width 40",
          "[multi][cli]") {
  std::string args;
  for (int i = 0; i < 4; ++i) args += EventArgs("ferry", {"agency.txt", "paper.txt", "tabloid.txt"});
  auto r = RunClaimdiff("--color never --width 40" + args);
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("12 sources") != std::string::npos);
  CHECK(r.out.find("\n               111\n      123456789012 claim\n") != std::string::npos);
  CHECK(r.out.find("   1  ==!==!==!==! ") != std::string::npos);
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    INFO(line);
    CHECK(claimdiff::DisplayWidth(line) <= 40);
  }
}

TEST_CASE("multi sources: JSON summary counts agree with the claims", "[multi][cli]") {
  auto doc = nlohmann::json::parse(RunClaimdiff("--format json" + kFerry).out);
  std::size_t contradicted = 0, corroborated = 0, single = 0;
  for (const auto& claim : doc["claims"]) {
    contradicted += !claim["contradicts"].empty();
    corroborated += claim["contradicts"].empty() && claim["states"].size() >= 2;
    single += claim["states"].size() + claim["contradicts"].size() == 1;
  }
  CHECK(doc["summary"]["contradicted"] == contradicted);
  CHECK(doc["summary"]["corroborated"] == corroborated);
  CHECK(doc["summary"]["single_source"] == single);
  auto text = RunClaimdiff("--color never" + kFerry).out;
  CHECK(text.find(std::to_string(contradicted) + " contradicted · " + std::to_string(corroborated) +
                  " corroborated · " + std::to_string(single) + " from one source only") != std::string::npos);
}
