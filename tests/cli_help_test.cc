// --help, --version and argument errors: what a user reads when they get the command wrong.
#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <sstream>

#include "claimdiff/version.h"
#include "test_util.h"

using namespace claimdiff::testing;

namespace {

const std::string kSeeds = SeedArgs();

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Columns on a terminal: UTF-8 continuation bytes take none.
std::size_t Columns(const std::string& line) {
  std::size_t n = 0;
  for (char c : line) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

TEST_CASE("cli --help fits 80 columns and shows no parser internals", "[cli][help]") {
  auto r = RunClaimdiff("--help");
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  std::vector<std::string> lines = Lines(r.out);
  REQUIRE(lines.size() > 30);
  for (const std::string& line : lines) {
    INFO(line);
    CHECK(Columns(line) <= 80);
  }
  for (const char* internal : {"ENUM", "TEXT", "REQUIRED", "->", "{", "INT", "FLOAT", "OR {", "Positionals"}) {
    INFO(internal);
    CHECK(r.out.find(internal) == std::string::npos);
  }
  CHECK(r.out.find("Usage: claimdiff [OPTIONS] A B") != std::string::npos);
  CHECK(r.out.find("  -f, --format FORMAT     text (default), json or html") != std::string::npos);
  CHECK(RunClaimdiff("-h").out == r.out);
}

TEST_CASE("every option --help lists is one the parser takes", "[cli][help]") {
  std::string help = RunClaimdiff("--help").out;
  std::regex option_entry("^  (-[a-zA-Z], )?(--[a-z-]+)(, --[a-z-]+)?( [A-Z]+)?  ");
  std::set<std::string> options;
  for (const std::string& line : Lines(help)) {
    std::smatch m;
    if (std::regex_search(line, m, option_entry)) options.insert(m[2]);
  }
  CHECK(options.size() == 23);  // --colour is --color's second name
  for (const std::string& option : options) {
    INFO(option);
    auto r = RunClaimdiff(option + " x");
    CHECK(r.err.find("not expected") == std::string::npos);
  }
}

TEST_CASE("cli --version is project(VERSION) of CMakeLists.txt", "[cli][help]") {
  std::string cmake = ReadFile(std::string(CLAIMDIFF_SOURCE_DIR) + "/CMakeLists.txt");
  std::smatch m;
  REQUIRE(std::regex_search(cmake, m, std::regex("project\\(claimdiff VERSION ([0-9.]+)")));
  CHECK(m[1] == CLAIMDIFF_VERSION);
  auto r = RunClaimdiff("--version");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "claimdiff " + std::string(m[1]) + "\n");
  CHECK(RunClaimdiff("-V").out == r.out);
}

TEST_CASE("every argument error is one line 'claimdiff: ...' and exit 2", "[cli][help]") {
  const std::string a = Quote(Sample("sony-cnet.txt"));
  for (const std::string& args : std::vector<std::string>{
           "", a, "--frobnicate " + kSeeds, "--format xml " + kSeeds, "--format " + kSeeds, "--width 5 " + kSeeds,
           "--width many " + kSeeds, "--color sometimes " + kSeeds, "--min-similarity 2 " + kSeeds,
           "--strict " + kSeeds, "--junit j.xml " + kSeeds, "- -", kSeeds + " extra", "--batch pairs.tsv " + kSeeds,
           "--batch pairs.tsv --format html", "--expect", "-o"}) {
    INFO(args);
    auto r = RunClaimdiff(args);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("claimdiff: ", 0) == 0);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK(r.err.back() == '\n');
    for (const char* internal : {"TEXT", "INT", "FLOAT", "required"}) CHECK(r.err.find(internal) == std::string::npos);
  }
  CHECK(RunClaimdiff("--expect").err == "claimdiff: --expect needs a value (see claimdiff --help)\n");
  CHECK(RunClaimdiff("--width many " + kSeeds).err ==
        "claimdiff: --width: 'many' is not a number (see claimdiff --help)\n");
  CHECK(RunClaimdiff("").err == "claimdiff: missing A and B, the two reports to compare (see claimdiff --help)\n");
  CHECK(RunClaimdiff("--format xml " + kSeeds).err ==
        "claimdiff: --format: unknown format 'xml' (text, json or html)\n");
}

TEST_CASE("the man page source and the completions list exactly the options of --help", "[cli][help]") {
  std::string help = RunClaimdiff("--help").out;
  std::regex long_option("--[a-z][a-z-]+");
  auto options_in = [&](const std::string& text) {
    std::set<std::string> found;
    for (std::sregex_iterator it(text.begin(), text.end(), long_option), end; it != end; ++it) found.insert(it->str());
    return found;
  };
  // The options section of --help (the examples below it use options too).
  std::set<std::string> in_help = options_in(help.substr(0, help.find("Examples:")));
  REQUIRE(in_help.size() == 24);
  const std::string source = CLAIMDIFF_SOURCE_DIR;
  std::string man = ReadFile(source + "/docs/claimdiff.1.scd");
  std::string man_options = man.substr(man.find("# OPTIONS"), man.find("# EXPECTATIONS FILE") - man.find("# OPTIONS"));
  CHECK(options_in(man_options) == in_help);
  for (const char* completion : {"/completions/claimdiff.bash", "/completions/_claimdiff"}) {
    INFO(completion);
    CHECK(options_in(ReadFile(source + completion)) == in_help);
  }
  // fish names long options without their dashes: "-l format".
  std::string fish = ReadFile(source + "/completions/claimdiff.fish");
  std::set<std::string> in_fish;
  std::regex fish_long("-l ([a-z][a-z-]+)");
  for (std::sregex_iterator it(fish.begin(), fish.end(), fish_long), end; it != end; ++it)
    in_fish.insert("--" + (*it)[1].str());
  CHECK(in_fish == in_help);
}
