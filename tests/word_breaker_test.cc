// Tests of WordBreaker: its segments and statuses are ICU's, on edge cases and random mixed text.
#include <catch2/catch.hpp>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "normalize/word_breaker.h"
#include "test_util.h"

using namespace claimdiff;

namespace {

struct Seg {
  std::size_t begin, end;
  std::int32_t status;
  bool operator==(const Seg& o) const { return begin == o.begin && end == o.end && status == o.status; }
};

std::ostream& operator<<(std::ostream& out, const Seg& s) {
  return out << "[" << s.begin << "," << s.end << ")#" << s.status;
}

std::vector<Seg> IcuSegments(const std::string& text) {
  UErrorCode error = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &error);
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), error));
  words->setText(utext, error);
  REQUIRE(U_SUCCESS(error));
  std::vector<Seg> segments;
  std::int32_t start = words->first();
  for (std::int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next()) {
    segments.push_back({static_cast<std::size_t>(start), static_cast<std::size_t>(end), words->getRuleStatus()});
    start = end;
  }
  words.reset();
  utext_close(utext);
  return segments;
}

std::vector<Seg> BreakerSegments(const std::string& text) {
  WordBreaker breaker(text);
  std::vector<Seg> segments;
  WordSegment segment;
  while (breaker.Next(&segment)) segments.push_back({segment.begin, segment.end, segment.status});
  REQUIRE(breaker.status().ok());
  return segments;
}

// Pieces of text from every word-break class the breaker handles itself...
const std::vector<std::string>& SimplePieces() {
  static const std::vector<std::string> pieces = {
      "a",
      "Z",
      "q",
      "\xC3\xA9" /* é */,
      "\xC3\x9F" /* ß */,
      "\xD0\xB6" /* ж */,
      "1",
      "9",
      "\xD9\xA3" /* Arabic-Indic 3 */,
      ".",
      "'",
      "\xE2\x80\x99" /* ’ */,
      "\xE2\x80\x98" /* ‘ */,
      ",",
      ";",
      ":",
      "_",
      "@",
      "-",
      "\"",
      "!",
      "(",
      "/",
      "$",
      " ",
      "  ",
      "\t",
      "\n",
      "\r",
      "\r\n",
      "\v",
      "\f",
      "\xC2\x85" /* NEL */,
      "\xE2\x80\xA8" /* LS */,
      "\xE2\x80\x9C" /* “ */,
      "\xE2\x80\x94" /* — */,
      "\xC2\xA0" /* NBSP */,
      "\xE3\x80\x80" /* ideographic space */,
      "\xC2\xB7" /* middle dot, MidLetter */,
      "\xEF\xB8\x95" /* U+FE55 */,
      "\xEF\xBC\x9A" /* U+FF1A */,
      "\xE2\x80\xAF" /* narrow NBSP */,
      "\xEF\xBC\x8C" /* fullwidth comma */,
      "\xE2\x80\xA4" /* one dot leader */,
  };
  return pieces;
}

// ... and those it hands to ICU.
const std::vector<std::string>& HardPieces() {
  static const std::vector<std::string> pieces = {
      "\xCC\x81" /* combining acute, Extend */,
      "\xC2\xAD" /* soft hyphen, Format */,
      "\xE2\x80\x8D" /* ZWJ */,
      "\xF0\x9F\x98\x80" /* emoji */,
      "\xF0\x9F\x87\xBA" /* regional indicator U */,
      "\xF0\x9F\x87\xB8" /* S */,
      "\xD7\x90" /* Hebrew alef */,
      "\xE3\x82\xAB" /* katakana ka */,
      "\xE3\x81\xB2" /* hiragana */,
      "\xE6\xBC\xA2" /* han */,
      "\xED\x95\x9C" /* hangul */,
      "\xE0\xB8\x81" /* Thai */,
      "\xE2\x84\xA2" /* ™ */,
  };
  return pieces;
}

}  // namespace

TEST_CASE("word breaker gives ICU's segments on edge cases", "[normalize]") {
  const std::vector<std::string> texts = {
      "",
      "a",
      "_",
      "__",
      "1_",
      "a_",
      "_a",
      "_1",
      "a1",
      "1a",
      "3rd",
      "abc123",
      "1.5",
      "1,000.50",
      "a.b",
      "a.b.",
      "U.S.",
      "e.g.",
      "don't",
      "don\xE2\x80\x99t",
      "dogs'",
      "'quoted'",
      "a:b",
      "a..b",
      "1..2",
      "1.a",
      "a.1",
      "user@example.com",
      "x-ray",
      "Jong-un",
      "  spaced  out  ",
      "line\r\nbreak\rmore\nend\v\f",
      "tab\there",
      "caf\xC3\xA9",
      "cafe\xCC\x81",
      "a\xCC\x81.b",
      "a.\xCC\x81"
      "b",
      " \xCC\x81",
      "\n\xCC\x81",
      "\xCC\x81"
      "a",
      "\xE2\x80\x9CQuoted,\xE2\x80\x9D he said\xE2\x80\x94then left.",
      "soft\xC2\xADhyphen",
      "\xD7\x90'\xD7\x91",
      "\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8\xF0\x9F\x87\xBA",
      "a\xE2\x80\x8D\xF0\x9F\x98\x80",
      "\xE3\x82\xAB_a",
      "\xE6\xBC\xA2\xE5\xAD\x97 and \xE0\xB8\x81\xE0\xB8\xB2\xE0\xB8\xA3 text",
      "12\xC2\xB7"
      "34",
      "a\xC2\xB7"
      "b",
  };
  for (const std::string& text : texts) {
    INFO("text: " << text);
    CHECK(BreakerSegments(text) == IcuSegments(text));
  }
}

TEST_CASE("word breaker gives ICU's segments on random mixed text", "[normalize]") {
  std::mt19937 random(20261125);
  const std::vector<std::string>& simple = SimplePieces();
  const std::vector<std::string>& hard = HardPieces();
  std::uniform_int_distribution<std::size_t> pick_simple(0, simple.size() - 1), pick_hard(0, hard.size() - 1);
  std::uniform_int_distribution<std::size_t> length(1, 40);
  std::uniform_int_distribution<int> percent(0, 99);
  for (int round = 0; round < 20000; ++round) {
    // Mostly simple characters, so that long direct runs meet the occasional hard one.
    const int hard_percent = round % 4 == 0 ? 40 : 4;
    std::string text;
    for (std::size_t n = length(random); n > 0; --n) {
      text += percent(random) < hard_percent ? hard[pick_hard(random)] : simple[pick_simple(random)];
    }
    INFO("text: " << text);
    REQUIRE(BreakerSegments(text) == IcuSegments(text));
  }
}

TEST_CASE("word breaker gives ICU's segments on the sample articles", "[normalize]") {
  for (const char* name : {"sony-cnet.txt", "sony-vice.txt"}) {
    const std::string text = testing::ReadFile(testing::Sample(name));
    REQUIRE(text.size() > 1000);
    CHECK(BreakerSegments(text) == IcuSegments(text));
  }
}
