// Tests of AppendCollapsed: whitespace runs become one space, whichever path the text takes.
#include <catch2/catch.hpp>

#include <string>

#include "common/whitespace.h"

using namespace claimdiff;

namespace {

std::string Collapsed(const std::string& before, const std::string& text) {
  std::string out = before;
  AppendCollapsed(text, &out);
  return out;
}

}  // namespace

TEST_CASE("AppendCollapsed copies text with single spaces as it is", "[common]") {
  CHECK(Collapsed("", "one two three") == "one two three");
  CHECK(Collapsed("", "ends in a space ") == "ends in a space ");
  CHECK(Collapsed("x", "y z") == "xy z");
  CHECK(Collapsed("x ", "y z") == "x y z");
  CHECK(Collapsed("", "") == "");
}

TEST_CASE("AppendCollapsed makes each whitespace run one space", "[common]") {
  CHECK(Collapsed("", "one  two") == "one two");
  CHECK(Collapsed("", "one\ttwo\nthree\f\vfour") == "one two three four");
  CHECK(Collapsed("", "  leading") == "leading");     // nothing to separate from yet
  CHECK(Collapsed("x", " leading") == "x leading");   // one space after earlier text
  CHECK(Collapsed("x ", " leading") == "x leading");  // never two
  CHECK(Collapsed("", "trailing \n ") == "trailing ");
  CHECK(Collapsed("", "a\n") == "a ");
  CHECK(Collapsed("", " ") == "");
}
