// Annotated claim clusters of a multi-source event (tests/multi/events/*/truth.txt) and the
// scores of a MultiReport against them.
#ifndef CLAIMDIFF_TESTS_MULTI_MULTI_TRUTH_H_
#define CLAIMDIFF_TESTS_MULTI_MULTI_TRUTH_H_

#include <string>
#include <vector>

#include "claimdiff/multi.h"

namespace claimdiff::testing {

struct TruthMention {
  std::size_t source = 0;
  bool contradicts = false;  // '!' in the file, '=' states
  std::string phrase;        // names the source's sentence that contains it (case and spacing ignored)
};

struct TruthClaim {
  std::string name;
  std::vector<TruthMention> mentions;
};

struct EventTruth {
  std::vector<std::string> sources;  // file names, in the order claimdiff is given them
  std::vector<TruthClaim> claims;
};

// Parses a truth file; on a malformed line returns false with `error` naming file and line.
bool ParseTruth(const std::string& path, EventTruth* truth, std::string* error);

// Counts behind the three scores, to sum over events.
struct TruthScore {
  std::size_t pairs = 0, pairs_joined = 0;                   // cluster recall
  std::size_t contradictions = 0, contradictions_found = 0;  // contradiction recall
  std::size_t marked = 0, marked_right = 0;                  // contradiction precision
  std::size_t apart = 0, apart_joined = 0;                   // annotated sentences of different clusters in one claim
  std::vector<std::string> misses;                           // what was missed or wrongly marked

  double ClusterRecall() const { return pairs ? double(pairs_joined) / pairs : 1; }
  double ContradictionRecall() const { return contradictions ? double(contradictions_found) / contradictions : 1; }
  double ContradictionPrecision() const { return marked ? double(marked_right) / marked : 1; }
  // Pairs of sentences the truth puts in different clusters that the grid keeps apart.
  double ClusterSeparation() const { return apart ? 1 - double(apart_joined) / apart : 1; }
  void Add(const TruthScore& other);
};

// Scores `report` against `truth` (see README, "More than two reports"). Fails (false, `error`)
// when a phrase names no sentence of its source or more than one.
bool ScoreAgainstTruth(const MultiReport& report, const EventTruth& truth, TruthScore* score, std::string* error);

}  // namespace claimdiff::testing

#endif  // CLAIMDIFF_TESTS_MULTI_MULTI_TRUTH_H_
