// The claim grid scored end to end on the annotated events of tests/multi/events (truth.txt).
#include <catch2/catch.hpp>

#include <filesystem>
#include <iostream>

#include "multi/multi_truth.h"

namespace {

const std::string kEvents = std::string(CLAIMDIFF_SOURCE_DIR) + "/tests/multi/events";

// At least 0.85, or today's figure where that is higher (a change that loses claims or
// contradictions fails here).
constexpr double kMinClusterRecall = 0.94;
constexpr double kMinContradictionRecall = 0.90;
constexpr double kMinContradictionPrecision = 0.85;

}  // namespace

TEST_CASE("multi sources: claims and contradictions keep their scores on the annotated events", "[multi]") {
  claimdiff::testing::TruthScore total;
  std::size_t events = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kEvents)) {
    claimdiff::testing::EventTruth truth;
    std::string error;
    REQUIRE(claimdiff::testing::ParseTruth(entry.path().string() + "/truth.txt", &truth, &error));
    INFO(error);
    REQUIRE(truth.sources.size() >= 3);
    std::vector<claimdiff::Document> docs(truth.sources.size());
    for (std::size_t s = 0; s < docs.size(); ++s) {
      REQUIRE(claimdiff::ReadDocument(entry.path().string() + "/" + truth.sources[s], {}, &docs[s]).ok());
    }
    claimdiff::MultiReport report;
    REQUIRE(claimdiff::CompareSources(docs, {}, &report).ok());
    claimdiff::testing::TruthScore score;
    bool scored = claimdiff::testing::ScoreAgainstTruth(report, truth, &score, &error);
    INFO(entry.path().filename().string() + ": " + error);
    REQUIRE(scored);
    std::cout << entry.path().filename().string() << ": cluster recall " << score.ClusterRecall()
              << ", contradiction recall " << score.ContradictionRecall() << ", precision "
              << score.ContradictionPrecision() << "\n";
    for (const std::string& miss : score.misses) std::cout << "  " << miss << "\n";
    total.Add(score);
    ++events;
  }
  std::cout << events << " events: cluster recall " << total.ClusterRecall() << " (" << total.pairs_joined << "/"
            << total.pairs << "), contradiction recall " << total.ContradictionRecall() << " ("
            << total.contradictions_found << "/" << total.contradictions << "), precision "
            << total.ContradictionPrecision() << " (" << total.marked_right << "/" << total.marked
            << "), cluster separation " << total.ClusterSeparation() << " (" << total.apart - total.apart_joined << "/"
            << total.apart << ")\n";
  CHECK(events >= 4);
  CHECK(total.ClusterRecall() >= kMinClusterRecall);
  CHECK(total.ContradictionRecall() >= kMinContradictionRecall);
  CHECK(total.ContradictionPrecision() >= kMinContradictionPrecision);
}
