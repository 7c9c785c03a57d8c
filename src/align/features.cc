// Feature extraction and IDF weighting shared by candidate search and scoring.
#include "align/features.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "common/both_sides.h"
#include "normalize/word_pool.h"

namespace claimdiff {
namespace {

constexpr double kBigramFactor = 1.0;  // a shared word pair is as strong a sign as a rare word
constexpr std::size_t kMinSentencesForThreads = 2000;  // below this a thread costs more than it saves

bool IsContent(const Token& token) {
  return token.kind == TokenKind::kWord && !token.stop() && token.stem().size() > 1;
}

// The hash key of a stem pair (bigram) from the ids of its two stems.
std::uint64_t PairKey(FeatureId first, FeatureId second) { return (static_cast<std::uint64_t>(first) << 32) | second; }

constexpr FeatureId kNoFeature = ~FeatureId{0};

// One document's features under ids of its own, numbered in order of first appearance, so that
// both documents can be read at once (one thread each) and merged after (see MergeIds).
struct LocalFeatures {
  struct Feature {
    std::string_view stem;                     // unigrams
    FeatureId first = kNoFeature, second = 0;  // bigrams: the local ids of their two stems
    bool plain = false;
  };
  std::vector<Feature> features;
  std::vector<SentenceFeatures> sentences;             // ids local, unsorted
  absl::flat_hash_map<std::uint64_t, FeatureId> bigrams;  // PairKey(first, second) -> local id
};

LocalFeatures ExtractLocal(const Segmentation& doc) {
  LocalFeatures local;
  local.sentences.resize(doc.sentences.size());
  // The document's stems are interned (Token::stem_id): a vector maps them to local ids.
  std::vector<FeatureId> unigram_of_stem(doc.words ? doc.words->size() : 0, kNoFeature);
  absl::flat_hash_map<std::uint64_t, FeatureId>& bigrams = local.bigrams;
  auto unigram = [&](const Token& token) {
    if (token.stem_id() >= unigram_of_stem.size()) unigram_of_stem.resize(token.stem_id() + 1, kNoFeature);
    FeatureId& id = unigram_of_stem[token.stem_id()];
    if (id == kNoFeature) {
      id = static_cast<FeatureId>(local.features.size());
      local.features.push_back({token.stem()});
    }
    return id;
  };
  auto bigram = [&](FeatureId first, FeatureId second) {
    auto [it, inserted] = bigrams.emplace(PairKey(first, second), static_cast<FeatureId>(local.features.size()));
    if (inserted) local.features.push_back({{}, first, second});
    return it->second;
  };
  for (const Sentence& sentence : doc.sentences) {
    if (sentence.boilerplate) continue;
    std::vector<FeatureId>& ids = local.sentences[sentence.index].ids;
    // A unigram per content word and a bigram per neighbouring pair: sized once, not regrown.
    std::size_t content = 0;
    for (const Token& token : sentence.tokens) content += IsContent(token);
    ids.reserve(content > 0 ? 2 * content - 1 : 0);
    FeatureId previous = kNoFeature;
    for (const Token& token : sentence.tokens) {
      if (!IsContent(token)) continue;
      FeatureId id = unigram(token);
      if (!token.capitalized) local.features[id].plain = true;
      ids.push_back(id);
      if (previous != kNoFeature) ids.push_back(bigram(previous, id));
      previous = id;
    }
  }
  return local;
}

// Global ids are those one vocabulary would give reading A, then B: A's local ids as they are,
// then B's features not in A, numbered in B's local order. Sets global_b (B's local -> global)
// and returns the vocabulary size.
FeatureId MergeIds(const LocalFeatures& a, const absl::flat_hash_map<std::string_view, FeatureId>& a_unigrams,
                   const LocalFeatures& b, std::vector<FeatureId>* global_b) {
  const auto a_size = static_cast<FeatureId>(a.features.size());
  FeatureId next = a_size;
  global_b->resize(b.features.size());
  for (std::size_t id = 0; id < b.features.size(); ++id) {
    const LocalFeatures::Feature& f = b.features[id];
    FeatureId found = kNoFeature;
    if (f.first == kNoFeature) {
      auto it = a_unigrams.find(f.stem);
      if (it != a_unigrams.end()) found = it->second;
    } else if ((*global_b)[f.first] < a_size && (*global_b)[f.second] < a_size) {  // else new to A
      auto it = a.bigrams.find(PairKey((*global_b)[f.first], (*global_b)[f.second]));
      if (it != a.bigrams.end()) found = it->second;
    }
    (*global_b)[id] = found != kNoFeature ? found : next++;
  }
  return next;
}

std::vector<SentenceFeatures> Translate(LocalFeatures&& local, const std::vector<FeatureId>& global) {
  std::vector<SentenceFeatures> out = std::move(local.sentences);
  for (SentenceFeatures& features : out) {
    for (FeatureId& id : features.ids) id = global[id];
    std::sort(features.ids.begin(), features.ids.end());
    features.ids.erase(std::unique(features.ids.begin(), features.ids.end()), features.ids.end());
    features.active = !features.ids.empty();
  }
  return out;
}

}  // namespace

double Norm(const std::vector<FeatureId>& ids, const std::vector<double>& weight) {
  double sum = 0;
  for (FeatureId id : ids) sum += weight[id] * weight[id];
  return std::sqrt(sum);
}

FeatureSpace BuildFeatures(const Segmentation& a, const Segmentation& b, unsigned threads) {
  const bool parallel = threads > 1 && a.sentences.size() + b.sentences.size() > kMinSentencesForThreads;
  LocalFeatures local[2];
  absl::flat_hash_map<std::string_view, FeatureId> a_unigrams;  // stem -> id, for B to look up
  ForBothSides(parallel, [&](int side) {
    local[side] = ExtractLocal(side == 0 ? a : b);
    if (side == 1) return;
    for (std::size_t id = 0; id < local[0].features.size(); ++id) {
      if (local[0].features[id].first == kNoFeature) a_unigrams.emplace(local[0].features[id].stem, id);
    }
  });
  std::vector<FeatureId> global[2];
  global[0].resize(local[0].features.size());
  std::iota(global[0].begin(), global[0].end(), FeatureId{0});
  const FeatureId vocabulary_size = MergeIds(local[0], a_unigrams, local[1], &global[1]);
  FeatureSpace space;
  space.weight.resize(vocabulary_size);
  space.plain_word.resize(vocabulary_size);
  std::vector<bool> is_bigram(vocabulary_size);
  for (int side : {0, 1}) {
    for (std::size_t id = 0; id < local[side].features.size(); ++id) {
      const LocalFeatures::Feature& f = local[side].features[id];
      is_bigram[global[side][id]] = f.first != kNoFeature;
      if (f.plain) space.plain_word[global[side][id]] = true;
    }
  }
  ForBothSides(parallel, [&](int side) { (side == 0 ? space.a : space.b) = Translate(std::move(local[side]), global[side]); });
  std::vector<std::uint32_t> df(vocabulary_size, 0);
  std::size_t documents = 0;
  for (const auto* side : {&space.a, &space.b}) {
    for (const SentenceFeatures& features : *side) {
      if (!features.active) continue;
      ++documents;
      for (FeatureId id : features.ids) ++df[id];
    }
  }
  for (FeatureId id = 0; id < vocabulary_size; ++id) {
    double idf = std::log(1.0 + static_cast<double>(documents) / df[id]);
    space.weight[id] = is_bigram[id] ? idf * kBigramFactor : idf;
  }
  for (auto* side : {&space.a, &space.b}) {
    for (SentenceFeatures& features : *side) features.norm = Norm(features.ids, space.weight);
  }
  return space;
}

namespace {

// Calls visit(id) for every id in both sorted lists, until it returns false.
template <typename Visit>
void ForEachShared(const std::vector<FeatureId>& x, const std::vector<FeatureId>& y, Visit visit) {
  auto i = x.begin(), j = y.begin();
  while (i != x.end() && j != y.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      if (!visit(*i)) return;
      ++i;
      ++j;
    }
  }
}

}  // namespace

double Cosine(const std::vector<FeatureId>& x, double norm_x, const std::vector<FeatureId>& y,
              double norm_y, const std::vector<double>& weight) {
  if (norm_x <= 0 || norm_y <= 0) return 0;
  double dot = 0;
  ForEachShared(x, y, [&](FeatureId id) {
    dot += weight[id] * weight[id];
    return true;
  });
  return dot / (norm_x * norm_y);
}

bool SharePlainWord(const std::vector<FeatureId>& x, const std::vector<FeatureId>& y,
                    const FeatureSpace& space) {
  bool found = false;
  ForEachShared(x, y, [&](FeatureId id) {
    found = space.plain_word[id];
    return !found;
  });
  return found;
}

std::vector<FeatureId> UnionIds(const std::vector<FeatureId>& x, const std::vector<FeatureId>& y) {
  std::vector<FeatureId> out;
  out.reserve(x.size() + y.size());
  std::set_union(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(out));
  return out;
}

}  // namespace claimdiff
