// Expectations: a hand-written list of known findings, checked against a report (--expect).
#ifndef CLAIMDIFF_EXPECT_H_
#define CLAIMDIFF_EXPECT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/report.h"
#include "claimdiff/status.h"

namespace claimdiff {

// One line of an expectations file, e.g.
//   conflict negation "we have means to prove" | "we have no means to prove"
//   shared   "grave consequences" | "grave consequences"
//   aligned  "Sony had made a mistake" | "Sony made a mistake"
//   only-a   "We have not caved"
//   only-b   "Wired magazine"
// Phrases identify sentences: a phrase matches a sentence of its side that contains it after
// the tool's normalization (NormalizeText: case, quote style, dashes), ignoring all spacing.
struct Expectation {
  enum class Kind { kConflict, kShared, kAligned, kOnlyA, kOnlyB };
  Kind kind = Kind::kShared;
  std::vector<std::string> reasons;  // conflict only: reason types that must all be present
  std::string phrase_a;              // empty for only-b
  std::string phrase_b;              // empty for only-a
  std::size_t line = 0;              // 1-based line in the file
  std::string text;                  // the line as written, trimmed
};

// The word an expectations file uses for `kind`: "conflict", "shared", "aligned", "only-a", "only-b".
const char* ExpectationKindName(Expectation::Kind kind);

struct ExpectationFile {
  std::string path;
  std::vector<Expectation> items;
};

// Parses the text of an expectations file; errors read "path:line: what is wrong".
Status ParseExpectations(std::string_view text, const std::string& path, ExpectationFile* out);
Status ReadExpectations(const std::string& path, ExpectationFile* out);

struct ExpectationOutcome {
  enum class State {
    kHeld,      // listed and still so
    kResolved,  // a listed discrepancy (conflict, only-a, only-b) is gone
    kFailed,    // a listed agreement (shared, aligned) no longer holds
    kStale,     // a phrase matches no sentence: the expectation no longer identifies anything
  };
  State state = State::kHeld;
  std::string found;  // what was found instead, for failures: "found shared (similarity 0.91)"
  // A caution for any state: a phrase naming several sentences ("\"Sony\" matches 9 sentences of
  // A: A:3, A:5, ..."), where the expectation holds if any of them fits.
  std::string note;
  int finding = -1;  // the finding the expectation was matched to, if any
};

struct ExpectationCheck {
  std::vector<ExpectationOutcome> outcomes;  // one per ExpectationFile::items entry
  std::vector<std::size_t> new_conflicts;    // Report::findings indices no expectation names
  std::size_t Count(ExpectationOutcome::State state) const;
  // True when every expectation held (and, when `strict`, no conflict is unlisted).
  bool Passed(bool strict) const;
};

ExpectationCheck CheckExpectations(const ExpectationFile& file, const Report& report);

// The ledger a person reads: expected, resolved, failed, stale and new findings with
// file:line references, then a one-line result.
std::string FormatLedger(const ExpectationFile& file, const ExpectationCheck& check, const Report& report, bool strict);

// A snapshot of the report as an expectations file for a person to trim: every conflict, shared
// claims the two word differently and the most substantial one-sided claims as lines; the rest
// (identical sentences, captions, short lines) as commented-out lines. Each sentence is named by a
// short phrase found in no other sentence of its side, so CheckExpectations on the same report holds.
std::string WriteExpectations(const Report& report);

}  // namespace claimdiff

#endif  // CLAIMDIFF_EXPECT_H_
