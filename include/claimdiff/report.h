// Report: the one model every renderer reads; built once by the pipeline, never recomputed.
#ifndef CLAIMDIFF_REPORT_H_
#define CLAIMDIFF_REPORT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "claimdiff/compare.h"

namespace claimdiff {

enum class FindingKind { kShared, kConflict, kOnlyA, kOnlyB };

// "shared", "conflict", "only_a", "only_b" (the JSON names).
const char* FindingKindName(FindingKind kind);

struct SentenceInfo {
  std::size_t index = 0;
  std::size_t line = 1;
  std::size_t begin = 0;  // byte span in the source text
  std::size_t end = 0;
  std::size_t paragraph = 0;
  std::string text;       // whitespace-collapsed source text
  bool boilerplate = false;
  int finding = -1;       // index into Report::findings of its first finding, -1 for boilerplate
  // Every finding holding this sentence, ascending: more than one when it shares claims with
  // several sentences of the other report (see Finding::link).
  std::vector<int> findings;
};

struct SideInfo {
  std::string path;
  std::string label;
  std::vector<SentenceInfo> sentences;
  std::size_t boilerplate = 0;
};

struct Finding {
  FindingKind kind = FindingKind::kShared;
  std::vector<std::size_t> a;  // sentence indices into Report::a.sentences
  std::vector<std::size_t> b;
  double similarity = 0;       // 0 for only_a / only_b
  bool moved = false;          // aligned, but out of reading order
  // A further link between sentences that also stand in other findings: a sentence may share
  // claims with more than one sentence of the other side. "Only in A" means in no finding with B.
  bool link = false;
  std::vector<Reason> reasons;  // conflicts only
  std::vector<Reason> notes;
  std::vector<DiffOp> diff;     // aligned findings only
};

struct Summary {
  std::size_t shared = 0;
  std::size_t conflict = 0;
  std::size_t only_a = 0;
  std::size_t only_b = 0;
  std::size_t moved = 0;
};

struct Report {
  SideInfo a;
  SideInfo b;
  // Reading order: A's order, with B-only sentences placed after the finding holding the
  // B sentence before them.
  std::vector<Finding> findings;
  Summary summary;
  // Things a reader should know about how the report was made (e.g. a sentence was cut at
  // the length limit, a diff fell back to coarse mode). One line each.
  std::vector<std::string> warnings;

  // True when the two say the same thing: no conflicts and nothing only on one side.
  bool Same() const { return summary.conflict == 0 && summary.only_a == 0 && summary.only_b == 0; }
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_REPORT_H_
