// Tests of the claim grouping rule over hand-made pairwise links (src/multi/claims.cc).
#include <catch2/catch.hpp>

#include "multi/claims.h"

using claimdiff::BuildClaims;
using claimdiff::Claim;
using claimdiff::ClaimLink;
using claimdiff::SideInfo;
using claimdiff::Stance;

namespace {

std::vector<SideInfo> Sources(std::size_t n, std::size_t sentences) {
  std::vector<SideInfo> out(n);
  for (SideInfo& side : out) {
    for (std::size_t i = 0; i < sentences; ++i) side.sentences.push_back({});
  }
  return out;
}

ClaimLink Link(std::size_t sa, std::size_t a, std::size_t sb, std::size_t b, double similarity, bool conflict = false) {
  ClaimLink l;
  l.source_a = sa;
  l.source_b = sb;
  l.a = {a};
  l.b = {b};
  l.similarity = similarity;
  if (conflict) l.reasons.push_back({claimdiff::ReasonKind::kNumber, "seven", "eight"});
  return l;
}

const Claim& ClaimOf(const std::vector<Claim>& claims, std::size_t source, std::size_t sentence) {
  for (const Claim& c : claims) {
    const auto& held = c.sentences[source];
    if (std::find(held.begin(), held.end(), sentence) != held.end()) return c;
  }
  FAIL("sentence in no claim");
  return claims.front();
}

}  // namespace

TEST_CASE("multi claims: three agree, a fourth contradicts the majority", "[multi]") {
  // Sentence 0 of sources 0, 1, 2 agree; source 3's sentence 0 contradicts each of them.
  std::vector<ClaimLink> links = {Link(0, 0, 1, 0, 0.8),       Link(0, 0, 2, 0, 0.7),
                                  Link(1, 0, 2, 0, 0.75),      Link(0, 0, 3, 0, 0.6, true),
                                  Link(1, 0, 3, 0, 0.6, true), Link(2, 0, 3, 0, 0.6, true)};
  auto claims = BuildClaims(Sources(4, 2), links, 0.2);
  const Claim& c = ClaimOf(claims, 0, 0);
  CHECK(c.stance == std::vector<Stance>{Stance::kStates, Stance::kStates, Stance::kStates, Stance::kContradicts});
  CHECK(c.states == 3);
  CHECK(c.contradicts == 1);
  CHECK(c.links.size() == 6);
  // Contradicted claims come first; the other sentences are claims of one source each.
  CHECK(&claims.front() == &c);
  CHECK(claims.size() == 1 + 4);
}

TEST_CASE("multi claims: an even split marks every source as contradicting", "[multi]") {
  auto claims = BuildClaims(Sources(2, 1), {Link(0, 0, 1, 0, 0.5, true)}, 0.2);
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].stance == std::vector<Stance>{Stance::kContradicts, Stance::kContradicts});
  CHECK(claims[0].states == 0);
}

TEST_CASE("multi claims: a chain never puts two sentences of one source into a claim", "[multi]") {
  // 0:0 ~ 1:0 ~ 0:1 would make source 0 state one claim twice: the weaker link is refused.
  std::vector<ClaimLink> links = {Link(0, 0, 1, 0, 0.9), Link(0, 1, 1, 0, 0.4)};
  auto claims = BuildClaims(Sources(2, 2), links, 0.2);
  const Claim& c = ClaimOf(claims, 1, 0);
  CHECK(c.sentences[0] == std::vector<std::size_t>{0});
  CHECK(ClaimOf(claims, 0, 1).states == 1);
}

TEST_CASE("multi claims: a sentence an outlet split in two joins as one statement", "[multi]") {
  ClaimLink split = Link(0, 0, 1, 0, 0.6);
  split.b = {0, 1};
  auto claims = BuildClaims(Sources(2, 2), {split}, 0.2);
  CHECK(claims.size() == 2);  // source 0's second sentence stands alone
  CHECK(ClaimOf(claims, 1, 0).sentences[1] == std::vector<std::size_t>{0, 1});
  CHECK(ClaimOf(claims, 1, 0).states == 2);
}

TEST_CASE("multi claims: agreement below the bar leaves two claims", "[multi]") {
  auto claims = BuildClaims(Sources(2, 1), {Link(0, 0, 1, 0, 0.1)}, 0.2);
  CHECK(claims.size() == 2);
}

TEST_CASE("multi claims: the summary counts confirmed, contradicted and lone claims", "[multi]") {
  std::vector<ClaimLink> links = {Link(0, 0, 1, 0, 0.8), Link(0, 0, 2, 0, 0.6, true), Link(1, 0, 2, 0, 0.6, true),
                                  Link(0, 1, 1, 1, 0.8)};
  auto claims = BuildClaims(Sources(3, 3), links, 0.2);
  auto summary = claimdiff::SummarizeSources(3, claims);
  CHECK(summary[0].claims == 3);
  CHECK(summary[0].confirmed == 2);
  CHECK(summary[0].contradicted == 1);
  CHECK(summary[0].alone == 1);
  CHECK(summary[2].claims == 3);
  CHECK(summary[2].confirmed == 0);
  CHECK(summary[2].contradicted == 1);
  CHECK(summary[2].alone == 2);
}

TEST_CASE("multi claims: a headline no link placed joins the claim of its lead", "[multi]") {
  auto sources = Sources(2, 3);
  const char* texts[] = {"Eight die as storm ferry flips", "By A. Writer",
                         "Eight people died when the storm flipped the ferry."};
  for (std::size_t i = 0; i < 3; ++i) {
    sources[0].sentences[i].text = texts[i];
    sources[0].sentences[i].paragraph = i;
  }
  auto claims = BuildClaims(sources, {Link(0, 2, 1, 0, 0.5, true)}, 0.2);
  const Claim& c = ClaimOf(claims, 0, 2);
  CHECK(c.sentences[0] == std::vector<std::size_t>{0, 2});  // the byline shares no word with it
  CHECK(ClaimOf(claims, 0, 1).sentences[1].empty());
  // A headline ending like a sentence is not one.
  sources[0].sentences[0].text = "Eight die as storm ferry flips.";
  CHECK(ClaimOf(BuildClaims(sources, {Link(0, 2, 1, 0, 0.5, true)}, 0.2), 0, 0).sentences[0] ==
        std::vector<std::size_t>{0});
}
