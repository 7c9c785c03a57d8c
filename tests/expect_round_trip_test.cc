// Property: a --write-expect snapshot holds, line for line, when checked against the report it was
// written from, on many generated pairs: quotes of every style around and inside sentences,
// repeated sentences, edits, negations and numbers. The commented-out lines hold too.
#include <catch2/catch.hpp>

#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "claimdiff/expect.h"
#include "test_util.h"

using namespace claimdiff;
using namespace claimdiff::testing;

namespace {

const std::vector<std::string> kWords = {
    "minister", "said", "the",  "bridge", "would", "open", "on",      "Monday",  "council", "report",
    "Elijah",   "is",   "here", "lord",   "tell",  "go",   "behold",  "harbour", "ferry",   "police",
    "arrested", "two",  "men",  "after",  "the",   "vote", "company", "denied",  "claims",  "that"};
const std::vector<std::string> kOpen = {"\"", "\xE2\x80\x9C", "\xE2\x80\x98", "'", "("};
const std::vector<std::string> kClose = {"\"", "\xE2\x80\x9D", "\xE2\x80\x99", "'", ")"};
const std::vector<std::string> kEnds = {
    ".", "!",  "?", ".\xE2\x80\x9D", "\xE2\x80\x9D.", ".\xE2\x80\x99\xE2\x80\x9D", "\xE2\x80\x9D.\xE2\x80\x99",
    ":", ".\""};

class Generator {
 public:
  explicit Generator(unsigned seed) : rng_(seed) {}
  std::size_t Pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

  std::string Sentence() {
    std::string s = Words();
    return s + kEnds[Pick(kEnds.size())];
  }

  // The words of a sentence without its closing punctuation.
  std::string Words() {
    std::string s;
    std::size_t n = 3 + Pick(12);
    bool quoted = false;
    for (std::size_t i = 0; i < n; ++i) {
      std::string w = Pick(8) == 0 ? std::to_string(Pick(40)) : kWords[Pick(kWords.size())];
      if (i == 0) w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
      if (Pick(6) == 0) {
        w = kOpen[Pick(kOpen.size())] + w;
        quoted = true;
      } else if (quoted && Pick(4) == 0) {
        w += kClose[Pick(kClose.size())];
        quoted = false;
      }
      if (Pick(7) == 0) w += ",";
      s += (i ? " " : "") + w;
    }
    return s;
  }

  // A and B: B drops, adds, negates, renumbers and repeats some of A's sentences.
  std::pair<std::string, std::string> Pair() {
    std::vector<std::string> a;
    std::size_t n = 4 + Pick(20);
    for (std::size_t i = 0; i < n; ++i) {
      if (Pick(4) == 0 && !a.empty()) {
        a.push_back(a[Pick(a.size())]);  // a repeated sentence
      } else if (Pick(3) == 0) {
        // The same words closed differently: "here.”" and "here”." name different sentences.
        std::string words = Words();
        a.push_back(words + kEnds[Pick(kEnds.size())]);
        a.push_back(words + kEnds[Pick(kEnds.size())]);
      } else {
        a.push_back(Sentence());
      }
    }
    std::string text_a, text_b;
    for (const std::string& s : a) {
      text_a += s + (Pick(3) == 0 ? "\n\n" : " ");
      switch (Pick(6)) {
        case 0:
          break;  // dropped
        case 1:
          text_b += Sentence() + " " + s + " ";
          break;
        case 2: {
          std::string edited = s;
          std::size_t at = edited.find(" would ");
          if (at == std::string::npos) at = edited.find(" is ");
          if (at != std::string::npos) edited.insert(edited.find(' ', at + 1), " not");
          text_b += edited + " ";
          break;
        }
        case 3:
          text_b += s + " " + s + "\n";
          break;
        default:
          text_b += s + (Pick(3) == 0 ? "\n\n" : " ");
      }
    }
    return {text_a, text_b};
  }

 private:
  std::mt19937 rng_;
};

// The snapshot with its commented-out expectations taken up.
std::string Uncommented(const std::string& snapshot) {
  std::string out;
  std::istringstream in(snapshot);
  bool untracked = false;  // after the "# Not tracked" heading
  for (std::string line; std::getline(in, line);) {
    untracked = untracked || line.rfind("# Not tracked", 0) == 0;
    for (const char* kind : {"# conflict ", "# shared ", "# aligned ", "# only-a ", "# only-b "}) {
      if (untracked && line.rfind(kind, 0) == 0) {
        line = line.substr(2);
        break;
      }
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("snapshots written by --write-expect hold against their own report on every generated pair",
          "[expect][property]") {
#ifdef CLAIMDIFF_TEST_SANITIZED
  const unsigned seeds = 100;  // each pair runs the whole threaded pipeline: slow under sanitizers
#else
  const unsigned seeds = 400;
#endif
  std::size_t lines = 0;
  for (unsigned seed = 1; seed <= seeds; ++seed) {
    Generator generate(seed);
    auto [a, b] = generate.Pair();
    Report report = CompareTexts(a, b);
    std::string snapshot = WriteExpectations(report);
    for (const std::string& text : {snapshot, Uncommented(snapshot)}) {
      ExpectationFile file;
      Status status = ParseExpectations(text, "snap.expect", &file);
      INFO("seed " << seed << "\nA: " << a << "\nB: " << b << "\n" << text);
      REQUIRE(status.ok());
      ExpectationCheck check = CheckExpectations(file, report);
      INFO(FormatLedger(file, check, report, true));
      CHECK(check.Passed(true));
      lines += file.items.size();
    }
  }
  CHECK(lines > 10 * seeds);  // the generator exercises the writer, not empty snapshots
}
