// Tests of the public stages chained by hand: Segment, Align and BuildReport make the report that
// CompareDocuments makes.
#include <catch2/catch.hpp>

#include <sstream>

#include "claimdiff/claimdiff.h"
#include "test_util.h"

using namespace claimdiff;

namespace {

std::string Json(const Report& report) {
  std::ostringstream out;
  RenderJson(report, {}, out);
  return out.str();
}

}  // namespace

TEST_CASE("stages chained by hand give the report CompareDocuments gives", "[report][api]") {
  Document a = claimdiff::testing::MakeDocument(
      "The ministry said it has evidence of the attack.\n\nThe governor resigned after the vote.\n", "a.txt");
  Document b = claimdiff::testing::MakeDocument(
      "Farmers said the harvest is lost.\n\nThe ministry said it has no evidence of the attack.\n", "b.txt");
  Segmentation seg_a, seg_b;
  REQUIRE(Segment(a, {}, &seg_a).ok());
  REQUIRE(Segment(b, {}, &seg_b).ok());
  Report by_hand = BuildReport(a, seg_a, b, seg_b, Align(seg_a, seg_b, {}));
  Report whole;
  Options options;
  options.parallel = false;
  REQUIRE(CompareDocuments(a, b, options, &whole).ok());
  by_hand.warnings = whole.warnings;  // the pipeline adds WordNet's absence, if any
  CHECK(Json(by_hand) == Json(whole));
  CHECK(by_hand.summary.conflict == 1);
  // The segmentations are left as they were: a stage's output can feed more than one stage.
  CHECK(seg_a.sentences[0].text == "The ministry said it has evidence of the attack.");
}
