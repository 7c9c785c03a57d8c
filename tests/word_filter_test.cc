// Tests of the detectors' word-list filter: a clear bit must never hide a listed word.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "compare/lexicon.h"
#include "compare/word_filter.h"

using namespace claimdiff;

TEST_CASE("word filter never rules out a word it was given", "[compare]") {
  WordFilter filter;
  const std::vector<std::string> words = {"a", "no", "not", "never", "reportedly", "n't", "x-ray", "\xC3\xA9t\xC3\xA9"};
  for (const std::string& w : words) filter.Add(w);
  for (const std::string& w : words) CHECK(filter.MayContain(w));
  CHECK_FALSE(filter.MayContain(""));
  // Words of other lengths or other first or last letters are mostly ruled out.
  int ruled_out = 0;
  for (const char* w : {"tree", "river", "mountain", "ocean", "forest", "desert", "meadow", "valley"}) {
    ruled_out += !filter.MayContain(w);
  }
  CHECK(ruled_out >= 6);
}

TEST_CASE("word lists answer through their filters as they did without", "[compare]") {
  for (const char* w : {"no", "not", "never", "nothing", "without", "cannot", "doesn't", "won't"}) CHECK(IsNegator(w));
  for (const char* w : {"now", "note", "knot", "nevermore", "with"}) CHECK_FALSE(IsNegator(w));
  CHECK(MonthNumber("december") == 12);
  CHECK(MonthNumber("sept") == 9);
  CHECK(MonthNumber("decembers") == 0);
  CHECK(IsWeekday("friday"));
  CHECK_FALSE(IsWeekday("fridays"));
  CHECK(IsAttributionVerb("said"));
  CHECK_FALSE(IsAttributionVerb("sad"));
}
