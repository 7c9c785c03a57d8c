// The seed pair as web pages (tests/data/extract/seed, made by make_seed_pages.py from
// samples/sony-*.txt with site furniture around the article) gives the findings of the text.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "claimdiff/claimdiff.h"
#include "input/paragraph_text.h"
#include "test_util.h"

using namespace claimdiff;

namespace {

Report Compare(const std::string& a_path, const std::string& b_path) {
  Document a, b;
  REQUIRE(ReadDocument(a_path, {}, &a).ok());
  REQUIRE(ReadDocument(b_path, {}, &b).ok());
  Report report;
  REQUIRE(CompareDocuments(a, b, {}, &report).ok());
  return report;
}

// Each finding as its kind, reasons and the texts of its sentences: what a reader is told. Spacing
// is compared collapsed: the text file has no-break spaces where the page has plain ones.
std::vector<std::string> Findings(const Report& report) {
  std::vector<std::string> out;
  for (const Finding& f : report.findings) {
    std::string line = FindingKindName(f.kind);
    for (const Reason& r : f.reasons) line += " [" + r.type() + ": " + r.a + " / " + r.b + "]";
    for (std::size_t i : f.a) line += " A<" + CollapseSpaces(report.a.sentences[i].text) + ">";
    for (std::size_t i : f.b) line += " B<" + CollapseSpaces(report.b.sentences[i].text) + ">";
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("seed pair: the same findings from the text and from the web pages", "[seed][extract]") {
  const std::string seed = std::string(CLAIMDIFF_TEST_DATA) + "/extract/seed/";
  Report text = Compare(testing::Sample("sony-cnet.txt"), testing::Sample("sony-vice.txt"));
  Report html = Compare(seed + "sony-cnet.html", seed + "sony-vice.html");
  CHECK(html.a.kind == InputKind::kHtml);
  CHECK(html.b.metadata.outlet == "VICE");
  CHECK(html.summary.conflict == text.summary.conflict);
  CHECK(html.summary.shared == text.summary.shared);
  CHECK(html.summary.only_a == text.summary.only_a);
  CHECK(html.summary.only_b == text.summary.only_b);
  CHECK(Findings(html) == Findings(text));
}
