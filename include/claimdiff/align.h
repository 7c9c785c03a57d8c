// Align: pair the sentences of two documents by content, across reordering, splits and merges.
#ifndef CLAIMDIFF_ALIGN_H_
#define CLAIMDIFF_ALIGN_H_

#include <cstddef>
#include <vector>

#include "claimdiff/normalize.h"

namespace claimdiff {

// Sentences of A and B that say the same thing: usually one each; two on one side when an
// outlet split or merged a sentence. Indices are Sentence::index values, ascending.
struct AlignedGroup {
  std::vector<std::size_t> a;
  std::vector<std::size_t> b;
  // 0..1: cosine of the IDF-weighted sets of content stems and stem pairs of the two sides.
  double similarity = 0;
  bool moved = false;     // out of reading order relative to the other aligned groups
};

struct Alignment {
  std::vector<AlignedGroup> groups;      // ordered by first A sentence
  std::vector<std::size_t> unmatched_a;  // non-boilerplate sentences with no counterpart
  std::vector<std::size_t> unmatched_b;
};

struct AlignOptions {
  // Pairs scoring below this are not aligned. Default: 0.12.
  double min_similarity = 0.12;
  // A second sentence joins a group (split/merge) only if the group's score rises by at least
  // this much. Default: 0.05.
  double min_merge_gain = 0.05;
  // Stems found in more than this many sentences of a side are not used to find candidates
  // (they still count in the score). Keeps the inverted index sparse. Default: 200.
  std::size_t max_posting = 200;
  // Threads for the candidate search. The alignment does not depend on it. Default: 1.
  unsigned threads = 1;
};

// Aligns non-boilerplate sentences of `a` and `b`. Deterministic; near-linear in input size.
Alignment Align(const Segmentation& a, const Segmentation& b, const AlignOptions& options);

}  // namespace claimdiff

#endif  // CLAIMDIFF_ALIGN_H_
