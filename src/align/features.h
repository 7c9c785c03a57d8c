// Sentence feature vectors for alignment: content stems and stem bigrams weighted by rarity (IDF).
#ifndef CLAIMDIFF_ALIGN_FEATURES_H_
#define CLAIMDIFF_ALIGN_FEATURES_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "align/concepts.h"
#include "claimdiff/normalize.h"

namespace claimdiff {

using FeatureId = std::uint32_t;

// Sorted, unique feature ids of one sentence and the Euclidean norm of its weight vector.
struct SentenceFeatures {
  std::vector<FeatureId> ids;
  double norm = 0;
  bool active = false;  // false for boilerplate and for sentences with no content words
};

struct FeatureSpace {
  std::vector<double> weight;  // weight[id] = idf
  // plain_word[id]: a unigram written lower-case somewhere, so more than a name. Two sentences
  // sharing only names ("Kim Jong-un") do not make the same claim.
  std::vector<bool> plain_word;
  // plain_pair[id]: a pair of neighbouring plain words ("inducing panic"), more than a name too.
  std::vector<bool> plain_pair;
  std::vector<bool> unigram;  // unigram[id]: a word's concept, a figure or a name, not a pair
  // small_number[id]: a whole number under 10, which counts too many things to tie two claims.
  std::vector<bool> small_number;
  std::vector<std::uint32_t> sentences_with;  // sentences_with[id]: the sentences of both sides holding it
  std::vector<SentenceFeatures> a;
  std::vector<SentenceFeatures> b;
};

// Builds the features of both documents in one space so the weights are comparable: a unigram
// per content word's concept (see concepts.h) and per figure's value, a bigram per neighbouring
// pair, and one per multi-word name. With `threads` > 1 the two documents are read in parallel;
// the result is the same.
FeatureSpace BuildFeatures(const Segmentation& a, const Segmentation& b, const ConceptMap& concepts,
                           unsigned threads = 1);

// Cosine similarity of two binary feature vectors under `weight`.
double Cosine(const std::vector<FeatureId>& x, double norm_x, const std::vector<FeatureId>& y, double norm_y,
              const std::vector<double>& weight);

// True when the sorted id lists share at least one plain word (see FeatureSpace::plain_word).
bool SharePlainWord(const std::vector<FeatureId>& x, const std::vector<FeatureId>& y, const FeatureSpace& space);

// True when the sorted id lists share two features (words, word pairs, figures; small numbers
// aside) that no other sentence of either document holds, one of them a plain word or a figure:
// names alone ("President Barack Obama") are shared by every sentence about their bearer.
bool ShareExclusiveEvidence(const std::vector<FeatureId>& x, const std::vector<FeatureId>& y,
                            const FeatureSpace& space);

// How many unigrams (see FeatureSpace::unigram) the sorted id lists share.
std::size_t SharedUnigrams(const std::vector<FeatureId>& x, const std::vector<FeatureId>& y, const FeatureSpace& space);

// Union of sorted id lists and the norm of the union, for split/merge groups.
std::vector<FeatureId> UnionIds(const std::vector<FeatureId>& x, const std::vector<FeatureId>& y);
double Norm(const std::vector<FeatureId>& ids, const std::vector<double>& weight);

}  // namespace claimdiff

#endif  // CLAIMDIFF_ALIGN_FEATURES_H_
