// Tests of the text renderer and terminal escaping.
#include <catch2/catch.hpp>

#include <sstream>

#include "claimdiff/render.h"
#include "render/terminal.h"
#include "test_util.h"

using namespace claimdiff;

TEST_CASE("terminal escaping makes controls, ANSI escapes and bidi overrides visible", "[render]") {
  CHECK(ShowControls("a\x1b[31mred") == "a\\x1b[31mred");
  CHECK(ShowControls("bell\x07"
                     "del\x7f") == "bell\\x07del\\x7f");
  CHECK(ShowControls("c1\xC2\x9B"
                     "x") == "c1<U+009B>x");
  CHECK(ShowControls("\xE2\x80\xAE"
                     "evil\xE2\x81\xA6") == "<U+202E>evil<U+2066>");
  CHECK(ShowControls("caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC") == "caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC");
}

TEST_CASE("display width counts wide characters twice and combining marks not at all", "[render]") {
  CHECK(DisplayWidth("abc") == 3);
  CHECK(DisplayWidth("\xE6\x97\xA5\xE6\x9C\xAC") == 4);  // two CJK ideographs
  CHECK(DisplayWidth("e\xCC\x81") == 1);                 // e + combining acute
}

TEST_CASE("wrapping keeps every line within the width", "[render]") {
  std::vector<Piece> pieces = {{"the quick brown fox jumps over the lazy dog", Style::kPlain},
                               {"supercalifragilisticexpialidocious", Style::kInserted}};
  for (const auto& line : WrapPieces(pieces, 10)) {
    int width = 0;
    for (const Piece& p : line) width += DisplayWidth(p.text);
    CHECK(width <= 10);
  }
}

TEST_CASE("text report escapes hostile input and fits the width", "[render]") {
  Report report = claimdiff::testing::CompareTexts("The minister \x1b]0;owned\x07 resigned on Monday after the vote.\n",
                                                   "The minister resigned on Tuesday \xE2\x80\xAE after the vote.\n");
  RenderOptions options;
  options.width = 60;
  std::ostringstream out;
  RenderText(report, options, out);
  std::string text = out.str();
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find('\x07') == std::string::npos);
  CHECK(text.find("\xE2\x80\xAE") == std::string::npos);
  CHECK(text.find("\\x1b]") != std::string::npos);  // shown, escaped, where it stood
  CHECK(text.find("owned\\x07") != std::string::npos);
  CHECK(text.find("<U+202E>") != std::string::npos);
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("claimdiff", 0) == 0 || line.rfind("Side by side", 0) == 0) continue;
    CHECK(DisplayWidth(line) <= 60);
  }
}

TEST_CASE("text report lists the notes of shared claims and of conflicts", "[render][notes]") {
  Report report = claimdiff::testing::CompareTexts("Engineers said the levee reportedly gave way near the old mill.\n",
                                                   "Engineers said the levee gave way near the old mill.\n");
  REQUIRE(report.summary.shared == 1);
  RenderOptions options;
  options.width = 80;
  std::ostringstream out;
  RenderText(report, options, out);
  CHECK(out.str().find(
            "\nNotes  (differences that leave a claim shared)\n~ modality: \"reportedly\" vs \"\" (A 1, B 1)\n") !=
        std::string::npos);
  // A conflict's notes stand under its reasons, in its card.
  report = claimdiff::testing::CompareTexts("The mayor reportedly said the bridge would reopen.\n",
                                            "The mayor said the bridge would not reopen.\n");
  REQUIRE(report.summary.conflict == 1);
  std::ostringstream card;
  RenderText(report, options, card);
  CHECK(
      card.str().find("! negation: \"would reopen\" vs \"would not reopen\"\n  ~ modality: \"reportedly\" vs \"\"\n") !=
      std::string::npos);
}
