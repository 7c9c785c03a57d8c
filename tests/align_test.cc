// Tests of the align stage: reordering, moves, splits and merges, unmatched sentences.
#include <catch2/catch.hpp>

#include <algorithm>

#include "align/features.h"
#include "claimdiff/align.h"
#include "test_util.h"

using namespace claimdiff;
using claimdiff::testing::SegmentText;

namespace {

const char* kParagraphs[] = {
    "The storm reached the northern coast on Monday night with heavy rain.",
    "Rescue teams evacuated three villages near the flooded river valley.",
    "The governor declared a state of emergency for the whole province.",
    "Electricity was cut for most households in the capital until Wednesday.",
    "Farmers said the harvest of rice would be lost in the lowland districts.",
};

std::string Join(const std::vector<int>& order) {
  std::string out;
  for (int i : order) out += std::string(kParagraphs[i]) + "\n\n";
  return out;
}

}  // namespace

TEST_CASE("aligner pairs shuffled paragraphs and marks the moved ones", "[align]") {
  Segmentation a = SegmentText(Join({0, 1, 2, 3, 4}));
  Segmentation b = SegmentText(Join({0, 3, 1, 2, 4}));
  Alignment alignment = Align(a, b, {});
  REQUIRE(alignment.groups.size() == 5);
  CHECK(alignment.unmatched_a.empty());
  CHECK(alignment.unmatched_b.empty());
  const std::size_t expected_b[] = {0, 2, 3, 1, 4};
  std::size_t moved = 0;
  for (const AlignedGroup& g : alignment.groups) {
    REQUIRE(g.a.size() == 1);
    REQUIRE(g.b.size() == 1);
    CHECK(g.b[0] == expected_b[g.a[0]]);
    CHECK(g.similarity > 0.99);
    moved += g.moved;
  }
  CHECK(moved == 1);  // only the paragraph that jumped ahead is out of order
  CHECK(alignment.groups[3].moved);
}

TEST_CASE("aligner leaves sentences with no counterpart unmatched", "[align]") {
  Segmentation a = SegmentText(Join({0, 1, 2}));
  Segmentation b = SegmentText(Join({0, 2, 4}));
  Alignment alignment = Align(a, b, {});
  CHECK(alignment.groups.size() == 2);
  CHECK(alignment.unmatched_a == std::vector<std::size_t>{1});
  CHECK(alignment.unmatched_b == std::vector<std::size_t>{2});
}

TEST_CASE("aligner groups a sentence split in two with its source", "[align]") {
  Segmentation a = SegmentText(
      "The mayor opened the new bridge across the harbour on Friday and promised cheaper ferry "
      "tickets for pensioners next spring.");
  Segmentation b = SegmentText(
      "The mayor opened the new bridge across the harbour on Friday. She also promised cheaper "
      "ferry tickets for pensioners next spring.");
  Alignment alignment = Align(a, b, {});
  REQUIRE(alignment.groups.size() == 1);
  CHECK(alignment.groups[0].a == std::vector<std::size_t>{0});
  CHECK(alignment.groups[0].b == std::vector<std::size_t>{0, 1});
  CHECK(alignment.unmatched_b.empty());
}

TEST_CASE("aligner does not pair sentences that share only a name", "[align]") {
  Segmentation a = SegmentText("Kim Jong-un inspected a missile factory near the border.");
  Segmentation b = SegmentText("Crossed Kim Jong-un off my Christmas list.");
  Alignment alignment = Align(a, b, {});
  CHECK(alignment.groups.empty());
  CHECK(alignment.unmatched_a.size() == 1);
  CHECK(alignment.unmatched_b.size() == 1);
}

TEST_CASE("aligner ignores boilerplate sentences", "[align]") {
  Segmentation a = SegmentText("3 min read\n\nThe bridge opened on Friday.");
  Segmentation b = SegmentText("Photo via Flickr\n\nThe bridge opened on Friday.");
  Alignment alignment = Align(a, b, {});
  REQUIRE(alignment.groups.size() == 1);
  CHECK(alignment.groups[0].a == std::vector<std::size_t>{1});
  CHECK(alignment.unmatched_a.empty());
  CHECK(alignment.unmatched_b.empty());
}

TEST_CASE("aligner links two reports' headlines when they share a word at all", "[align]") {
  auto linked = [](const std::string& a_text, const std::string& b_text) {
    Alignment alignment = Align(SegmentText(a_text), SegmentText(b_text), {});
    return std::any_of(alignment.groups.begin(), alignment.groups.end(),
                       [](const AlignedGroup& g) { return g.a.front() == 0 && g.b.front() == 0; });
  };
  const std::string body_a = "\n\nHeavy rain washed away two roads on Monday, officials said.\n";
  const std::string body_b = "\n\nThe army sent helicopters with food and blankets on Tuesday.\n";
  CHECK(linked("Floods cut off mountain villages" + body_a, "Rescuers reach isolated villages after storm" + body_b));
  // Headlines with nothing in common, and first sentences that are no headlines, are left to
  // the words.
  CHECK_FALSE(linked("Markets slide on rate fears" + body_a, "Rescuers reach isolated villages after storm" + body_b));
  CHECK_FALSE(linked("Floods cut off mountain villages." + body_a,
                     "Rescuers reach isolated villages after the storm." + body_b));
}

TEST_CASE("aligner links two sentences that alone of both reports share two words", "[align]") {
  // A's long first sentence carries three claims; B tells the rescue in a sentence of its own,
  // with other words around it, so the two are barely alike as wholes.
  const std::string a =
      "The river burst its banks at Ellerby early on Saturday, flooding about 200 homes and cutting power to "
      "the railway station, and council workers closed the main bridge after a lorry driver had to be pulled "
      "from his cab by the fire brigade.\n\n"
      "Volunteers filled sandbags at the town hall through the night.\n";
  auto b = [](const std::string& rescue) {
    return "About 200 homes in Ellerby were flooded on Saturday after the river rose, and the railway station "
           "lost power.\n\n" +
           rescue + "\n\nSandbags were handed out at the town hall.\n";
  };
  auto linked = [&](const std::string& rescue) {
    Alignment alignment = Align(SegmentText(a), SegmentText(b(rescue)), {});
    return std::any_of(alignment.groups.begin(), alignment.groups.end(),
                       [](const AlignedGroup& g) { return g.a.front() == 0 && g.b.front() == 1; });
  };
  // "lorry driver" and "cab": no other sentence of either report holds them.
  CHECK(linked("Crews freed a lorry driver from his cab as the water rose, and he was treated for hypothermia."));
  // One such word ("cab") is not enough at so low a score.
  CHECK_FALSE(linked("Crews freed a motorist from his cab as the water rose, and he was treated for hypothermia."));
}

TEST_CASE("exclusive evidence: a phrase of plain words two sentences alone hold", "[align]") {
  // Each word of "volunteers cleared fallen trees" is in a third sentence too, so no word ties the
  // two; the phrase does: its word pairs are in these two sentences only, written lower-case.
  auto exclusive = [](const std::string& phrase_a, const std::string& phrase_b) {
    const Segmentation a = SegmentText(
        "The river burst its banks at Ellerby early on Saturday, flooding about 200 "
        "homes, and " +
        phrase_a +
        " from the main road.\n\n"
        "Sandbags were filled at the town hall through the night.\n");
    const Segmentation b = SegmentText(phrase_b +
                                       " near the school.\n\nTrees had fallen on the town hall roof, which "
                                       "volunteers later cleared by noon.\n");
    const FeatureSpace space = BuildFeatures(a, b, LinkConcepts(a, b, false));
    return ShareExclusiveEvidence(space.a[0].ids, space.b[0].ids, space);
  };
  CHECK(exclusive("volunteers cleared fallen trees", "Volunteers cleared fallen trees"));
  // The same words in another order share one pair ("fallen trees").
  CHECK_FALSE(exclusive("volunteers cleared fallen trees", "Fallen trees were cleared by volunteers"));
  // A name's words are no plain phrase: every sentence about its bearer holds them.
  CHECK_FALSE(exclusive("Volunteers Cleared Fallen Trees helped", "Volunteers Cleared Fallen Trees worked"));
}
