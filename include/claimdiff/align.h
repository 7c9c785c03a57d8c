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
  // 0..1: cosine of the IDF-weighted sets of content concepts and concept pairs of the two sides.
  double similarity = 0;
  bool moved = false;  // out of reading order relative to the other aligned groups
  // A further link of sentences that are (or one of which is) also in another group: a sentence
  // may share claims with several sentences of the other side (a headline and a body sentence
  // restating one fact; a long sentence carrying what the other report says in two places).
  bool link = false;
};

struct Alignment {
  // Ordered by first A sentence, then B. A sentence is in at most one group that is not a link,
  // and in any number of links.
  std::vector<AlignedGroup> groups;
  std::vector<std::size_t> unmatched_a;  // non-boilerplate sentences in no group at all
  std::vector<std::size_t> unmatched_b;
};

struct AlignOptions {
  // Pairs scoring below this are not aligned. Default: 0.12.
  double min_similarity = 0.12;
  // Pairs below `min_similarity` but at least this alike still align when each is the other's
  // best candidate and they share two words or figures. Default: 0.08.
  double min_mutual_similarity = 0.08;
  // A second sentence joins a group (split/merge) only if the group's score rises by at least
  // this much. Default: 0.05.
  double min_merge_gain = 0.05;
  // Stems found in more than this many sentences of a side are not used to find candidates
  // (they still count in the score). Keeps the inverted index sparse. Default: 200.
  std::size_t max_posting = 200;
  // A sentence already paired is also linked to another sentence that shares a claim with it
  // when the two score at least this. Default: 0.2.
  double min_link_similarity = 0.2;
  // Links one sentence may have beyond its group. Default: 2.
  std::size_t max_links = 2;
  // Threads for the candidate search. The alignment does not depend on it. Default: 1.
  unsigned threads = 1;
};

// Aligns non-boilerplate sentences of `a` and `b`. Deterministic; near-linear in input size.
Alignment Align(const Segmentation& a, const Segmentation& b, const AlignOptions& options);

}  // namespace claimdiff

#endif  // CLAIMDIFF_ALIGN_H_
