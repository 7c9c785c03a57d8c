// End-to-end checks on the seed pair (CNET vs VICE on the Sony hack) through the library.
#include <catch2/catch.hpp>

#include <string>

#include "claimdiff/claimdiff.h"
#include "test_util.h"

using namespace claimdiff;

namespace {

const Report& SeedReport() {
  static const Report report = [] {
    Document a, b;
    ReadDocument(claimdiff::testing::Sample("sony-cnet.txt"), {}, &a);
    ReadDocument(claimdiff::testing::Sample("sony-vice.txt"), {}, &b);
    Report r;
    CompareDocuments(a, b, {}, &r);
    return r;
  }();
  return report;
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The finding holding the sentence of `side` that contains `phrase`; fails the test if none.
const Finding& FindingWith(bool side_a, const std::string& phrase) {
  const Report& r = SeedReport();
  const SideInfo& side = side_a ? r.a : r.b;
  for (const SentenceInfo& s : side.sentences) {
    if (Contains(s.text, phrase)) {
      REQUIRE(s.finding >= 0);
      return r.findings[static_cast<std::size_t>(s.finding)];
    }
  }
  FAIL("no sentence contains: " << phrase);
  throw;
}

bool HasSentenceWith(const Report& r, const std::vector<std::size_t>& indices, bool side_a, const std::string& phrase) {
  for (std::size_t i : indices) {
    if (Contains((side_a ? r.a : r.b).sentences[i].text, phrase)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("seed: the torture/means quotes are one conflict with reason negation", "[seed]") {
  const Finding& f = FindingWith(true, "we have means to prove");
  CHECK(f.kind == FindingKind::kConflict);
  CHECK(HasSentenceWith(SeedReport(), f.b, false, "we have no means to prove"));
  REQUIRE_FALSE(f.reasons.empty());
  CHECK(f.reasons[0].type() == "negation");
  CHECK(f.reasons[0].a == "have means");
  CHECK(f.reasons[0].b == "have no means");
  CHECK(SeedReport().summary.conflict >= 1);
  // The conflict is listed first in the text report's summary, so it must exist as a finding.
  CHECK(&FindingWith(false, "we have no means to prove") == &f);
}

TEST_CASE("seed: the grave consequences sentences are aligned", "[seed]") {
  const Finding& f = FindingWith(true, "threatens \"grave consequences\"");
  CHECK((f.kind == FindingKind::kShared || f.kind == FindingKind::kConflict));
  CHECK(HasSentenceWith(SeedReport(), f.b, false, "\"grave consequences\""));
}

TEST_CASE("seed: the two 'Sony made a mistake' sentences are aligned", "[seed]") {
  const Finding& f = FindingWith(true, "Sony had made a mistake");
  CHECK((f.kind == FindingKind::kShared || f.kind == FindingKind::kConflict));
  CHECK(HasSentenceWith(SeedReport(), f.b, false, "Sony made a mistake"));
}

TEST_CASE("seed: Lynton's 'We have not caved' and the Stroh statement are only in A", "[seed]") {
  CHECK(FindingWith(true, "We have not caved").kind == FindingKind::kOnlyA);
  CHECK(FindingWith(true, "Mark Stroh").kind == FindingKind::kOnlyA);
}

TEST_CASE("seed: the Wired 'flimsy' sentence is only in B", "[seed]") {
  CHECK(FindingWith(false, "\"flimsy.\"").kind == FindingKind::kOnlyB);
}

TEST_CASE("seed: page furniture is boilerplate, not a finding", "[seed]") {
  const Report& r = SeedReport();
  for (const SentenceInfo& s : r.a.sentences) {
    if (s.text == "3 min read") CHECK((s.boilerplate && s.finding == -1));
  }
  CHECK(r.b.boilerplate >= 3);  // "This story is over 5 years old.", "Photo via Flickr" x2, ...
  CHECK_FALSE(r.Same());
}

TEST_CASE("seed: every sentence belongs to exactly one finding or is boilerplate", "[seed]") {
  const Report& r = SeedReport();
  std::size_t total = r.summary.shared + r.summary.conflict + r.summary.only_a + r.summary.only_b;
  CHECK(total == r.findings.size());
  for (const SideInfo* side : {&r.a, &r.b}) {
    for (const SentenceInfo& s : side->sentences) CHECK((s.finding >= 0) != s.boilerplate);
  }
}

TEST_CASE("identical inputs say the same thing", "[seed]") {
  Document a;
  ReadDocument(claimdiff::testing::Sample("sony-vice.txt"), {}, &a);
  Report r;
  REQUIRE(CompareDocuments(a, a, {}, &r).ok());
  CHECK(r.Same());
  CHECK(r.summary.shared == r.findings.size());
  CHECK(r.summary.moved == 0);
}
