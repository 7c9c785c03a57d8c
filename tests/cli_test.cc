// Tests of the claimdiff command itself: exit codes, errors, -o, stdin, formats, colour.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "test_util.h"

using claimdiff::testing::Quote;
using claimdiff::testing::ReadFile;
using claimdiff::testing::RunClaimdiff;
using claimdiff::testing::Sample;
using claimdiff::testing::TempDir;
using claimdiff::testing::WriteFile;

namespace {
const std::string kSeeds = claimdiff::testing::SeedArgs();
}  // namespace

TEST_CASE("cli exits 1 on the seed pair and shows the conflict first", "[cli]") {
  auto r = RunClaimdiff("--color never " + kSeeds);
  CHECK(r.exit_code == 1);
  CHECK(r.err.empty());
  std::size_t conflicts = r.out.find("Conflicts");
  std::size_t side = r.out.find("Side by side");
  REQUIRE(conflicts != std::string::npos);
  CHECK(conflicts < side);
  CHECK(r.out.find("! negation: \"have means\" vs \"have no means\"") != std::string::npos);
  CHECK(r.out.find("{+no+}") != std::string::npos);
  CHECK(r.out.find("\x1b[") == std::string::npos);
}

TEST_CASE("cli exits 0 on identical inputs", "[cli]") {
  std::string vice = Quote(Sample("sony-vice.txt"));
  auto r = RunClaimdiff(vice + " " + vice);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("0 conflicts") != std::string::npos);
}

TEST_CASE("cli reads one side from stdin with '-'", "[cli]") {
  auto r = RunClaimdiff("--format json " + Quote(Sample("sony-cnet.txt")) + " -", ReadFile(Sample("sony-vice.txt")));
  CHECK(r.exit_code == 1);
  auto json = nlohmann::json::parse(r.out);
  CHECK(json["b"]["path"] == "-");
  CHECK(json["summary"]["conflict"].get<int>() >= 1);
}

TEST_CASE("cli json output follows schema version 1", "[cli]") {
  auto r = RunClaimdiff("--format json " + kSeeds);
  REQUIRE(r.exit_code == 1);
  auto json = nlohmann::json::parse(r.out);
  CHECK(json["claimdiff"] == 2);
  CHECK(json["a"]["sentences"].get<int>() > 20);
  for (const char* key : {"shared", "conflict", "only_a", "only_b"}) CHECK(json["summary"].contains(key));
  bool found_conflict = false;
  for (const auto& f : json["findings"]) {
    for (const char* key : {"kind", "a", "b", "similarity", "reasons", "diff"}) REQUIRE(f.contains(key));
    if (f["kind"] == "only_b") CHECK(f["a"].empty());
    if (f["kind"] == "only_a") CHECK(f["b"].empty());
    if (f["kind"] == "conflict") {
      found_conflict = true;
      CHECK(f["reasons"][0]["type"] == "negation");
      CHECK(f["a"][0]["line"].get<int>() == 15);
      CHECK(f["a"][0]["text"].get<std::string>().find("we have means to prove") != std::string::npos);
      bool inserted_no = false;
      for (const auto& op : f["diff"]) inserted_no |= op["op"] == "+" && op["text"] == "no ";
      CHECK(inserted_no);
    }
  }
  CHECK(found_conflict);
}

TEST_CASE("cli reports a missing file on one line and exits 2", "[cli]") {
  auto r = RunClaimdiff("/nonexistent/a.txt " + Quote(Sample("sony-vice.txt")));
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "claimdiff: /nonexistent/a.txt: no such file\n");
}

TEST_CASE("cli rejects binary and invalid UTF-8 input naming the file", "[cli]") {
  TempDir dir;
  WriteFile(dir.File("bin"), std::string("PK\0\0abc", 7));
  WriteFile(dir.File("bad.txt"), "Hello \xff world.");
  auto binary = RunClaimdiff(Quote(dir.File("bin")) + " " + Quote(Sample("sony-vice.txt")));
  CHECK(binary.exit_code == 2);
  CHECK(binary.err.find(dir.File("bin") + ": binary file") != std::string::npos);
  auto invalid = RunClaimdiff(Quote(Sample("sony-vice.txt")) + " " + Quote(dir.File("bad.txt")));
  CHECK(invalid.exit_code == 2);
  CHECK(invalid.err.find(dir.File("bad.txt") + ": invalid UTF-8 at byte 6") != std::string::npos);
}

TEST_CASE("cli writes -o atomically and leaves nothing behind on error", "[cli]") {
  TempDir dir;
  auto ok = RunClaimdiff("-o " + Quote(dir.File("report.txt")) + " " + kSeeds);
  CHECK(ok.exit_code == 1);
  CHECK(ok.out.empty());
  CHECK(ReadFile(dir.File("report.txt")).find("Conflicts") != std::string::npos);
  CHECK(dir.List() == std::vector<std::string>{"report.txt"});

  auto bad_input =
      RunClaimdiff("-o " + Quote(dir.File("other.txt")) + " /nonexistent " + kSeeds.substr(0, kSeeds.find(' ')));
  CHECK(bad_input.exit_code == 2);
  CHECK(dir.List() == std::vector<std::string>{"report.txt"});

  auto bad_dir = RunClaimdiff("-o " + Quote(dir.File("missing/report.txt")) + " " + kSeeds);
  CHECK(bad_dir.exit_code == 2);
  CHECK(bad_dir.err.find(dir.File("missing/report.txt")) != std::string::npos);
}

TEST_CASE("cli colours only when asked or on a terminal, and honours NO_COLOR", "[cli]") {
  CHECK(RunClaimdiff("--color always " + kSeeds).out.find("\x1b[") != std::string::npos);
  CHECK(RunClaimdiff(kSeeds).out.find("\x1b[") == std::string::npos);  // stdout is a file here
  CHECK(RunClaimdiff("--color never " + kSeeds).out.find("\x1b[") == std::string::npos);
}

TEST_CASE("cli --help shows the examples and exit codes", "[cli]") {
  auto r = RunClaimdiff("--help");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("claimdiff --format json a.txt b.txt") != std::string::npos);
  CHECK(r.out.find("Exit status: 0") != std::string::npos);
}

TEST_CASE("cli rejects bad arguments with exit 2", "[cli]") {
  CHECK(RunClaimdiff("--format xml " + kSeeds).exit_code == 2);
  CHECK(RunClaimdiff("--width 5 " + kSeeds).exit_code == 2);
  CHECK(RunClaimdiff(Quote(Sample("sony-vice.txt"))).exit_code == 2);
  CHECK(RunClaimdiff("- -").exit_code == 2);
}

TEST_CASE("cli shows progress on a terminal for large inputs, never otherwise", "[cli]") {
  TempDir dir;
  std::string text;
  for (int i = 0; text.size() < (700 << 10); ++i) {
    text += "Inspector " + std::to_string(i) + " visited district " + std::to_string(i % 977) + " on a Monday.\n";
  }
  WriteFile(dir.File("a.txt"), text);
  WriteFile(dir.File("b.txt"), text + "One more sentence at the end.\n");
  std::string args = "-o " + Quote(dir.File("r.txt")) + " " + Quote(dir.File("a.txt")) + " " + Quote(dir.File("b.txt"));
  // `script` gives the command a terminal; its output is what the terminal showed.
  auto tty = claimdiff::testing::RunShell("script -qec \"$CLAIMDIFF " + args + "\" /dev/null");
  CHECK(tty.out.find("claimdiff: comparing") != std::string::npos);
  CHECK(tty.out.find("%") != std::string::npos);
  auto quiet = claimdiff::testing::RunShell("script -qec \"$CLAIMDIFF --quiet " + args + "\" /dev/null");
  CHECK(quiet.out.find("claimdiff: comparing") == std::string::npos);
  auto piped = RunClaimdiff(args);
  CHECK(piped.exit_code == 1);
  CHECK(piped.err.empty());
}

TEST_CASE("cli writes the same report to -o as to stdout, in every format", "[cli]") {
  TempDir dir;
  for (const char* format : {"json", "html", "text"}) {
    auto to_stdout = RunClaimdiff(std::string("--format ") + format + " " + kSeeds);
    auto to_file = RunClaimdiff(std::string("--format ") + format + " -o " + Quote(dir.File(format)) + " " + kSeeds);
    CHECK(to_stdout.exit_code == 1);
    CHECK(to_file.exit_code == 1);
    CHECK(to_file.out.empty());
    CHECK(to_stdout.out.size() > 1000);
    CHECK(ReadFile(dir.File(format)) == to_stdout.out);
  }
}

TEST_CASE("cli JSON lists every sentence with its status and the findings holding it", "[cli][json]") {
  TempDir dir;
  // A's headline and its body sentence both restate B's one sentence: B's sentence stands in
  // two findings, and neither of A's sentences is only in A.
  WriteFile(dir.File("a.txt"),
            "Flood forces 3,000 from homes in Ravenna valley\n\n"
            "Flooding forced about 3,000 residents of the Ravenna valley from their homes on Monday.\n\n"
            "The mayor thanked volunteers who filled sandbags through the night.\n");
  WriteFile(dir.File("b.txt"), "About 3,000 residents of the Ravenna valley were forced from their homes by floods.\n");
  auto r = RunClaimdiff("--format json " + Quote(dir.File("a.txt")) + " " + Quote(dir.File("b.txt")));
  REQUIRE(r.exit_code == 1);
  auto json = nlohmann::json::parse(r.out);
  const auto& a = json["sentences"]["a"];
  const auto& b = json["sentences"]["b"];
  REQUIRE(a.size() == 3);
  REQUIRE(b.size() == 1);
  CHECK(a[0]["status"] == "shared");
  CHECK(a[1]["status"] == "shared");
  CHECK(a[2]["status"] == "only_a");
  CHECK(b[0]["status"] == "shared");
  REQUIRE(b[0]["findings"].size() == 2);
  int links = 0;
  for (const auto& id : b[0]["findings"]) {
    const auto& f = json["findings"][id.get<std::size_t>()];
    CHECK(f["id"] == id);
    CHECK(f["b"][0]["index"] == 0);
    links += f.value("link", false);
  }
  CHECK(links == 1);  // one pairing, one further link
}

TEST_CASE("cli --date-a / --date-b resolve relative days and reject what is not a date", "[cli][dates]") {
  TempDir dir;
  WriteFile(dir.File("a.txt"), "The ferry sank yesterday off the cape.\n");
  WriteFile(dir.File("b.txt"), "The ferry sank on Sunday off the cape.\n");
  const std::string files = Quote(dir.File("a.txt")) + " " + Quote(dir.File("b.txt"));
  // 2021-10-11 was a Monday: yesterday was Sunday.
  auto same = RunClaimdiff("-f json --date-a 2021-10-11 --date-b 2021-10-11 " + files);
  CHECK(same.exit_code == 0);
  auto other = RunClaimdiff("-f json --date-a 2021-10-13 --date-b 2021-10-11 " + files);
  CHECK(other.exit_code == 1);
  CHECK(other.out.find("\"type\":\"date\",\"a\":\"yesterday (2021-10-12)\",\"b\":\"Sunday (2021-10-10)\"") !=
        std::string::npos);
  // The date is the report's: its source line says so.
  CHECK(other.out.find("\"published\":\"2021-10-13\"") != std::string::npos);
  auto bad = RunClaimdiff("--date-b 2021-02-30 " + files);
  CHECK(bad.exit_code == 2);
  CHECK(bad.err == "claimdiff: --date-b: '2021-02-30' is not a date YYYY-MM-DD (see claimdiff --help)\n");
}
