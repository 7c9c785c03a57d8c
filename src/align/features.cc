// Feature extraction and IDF weighting shared by candidate search and scoring.
#include "align/features.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "normalize/word_pool.h"

namespace claimdiff {
namespace {

constexpr double kBigramFactor = 1.0;  // a shared word pair is as strong a sign as a rare word

bool IsContent(const Token& token) {
  return token.kind == TokenKind::kWord && !token.stop && token.stem.size() > 1;
}

// Feature ids shared by both documents: one per distinct stem, one per distinct stem pair.
class Vocabulary {
 public:
  FeatureId Unigram(std::string_view stem) {
    auto [it, inserted] = unigrams_.emplace(stem, static_cast<FeatureId>(is_bigram_.size()));
    if (inserted) Add(false);
    return it->second;
  }
  FeatureId Bigram(FeatureId first, FeatureId second) {
    std::uint64_t key = (static_cast<std::uint64_t>(first) << 32) | second;
    auto [it, inserted] = bigrams_.emplace(key, static_cast<FeatureId>(is_bigram_.size()));
    if (inserted) Add(true);
    return it->second;
  }
  void MarkPlain(FeatureId id) { plain_[id] = true; }
  bool plain(FeatureId id) const { return plain_[id]; }
  std::size_t size() const { return is_bigram_.size(); }
  bool is_bigram(FeatureId id) const { return is_bigram_[id]; }

 private:
  void Add(bool bigram) {
    is_bigram_.push_back(bigram);
    plain_.push_back(false);
  }
  absl::flat_hash_map<std::string_view, FeatureId> unigrams_;  // views into the segmentations
  absl::flat_hash_map<std::uint64_t, FeatureId> bigrams_;
  std::vector<bool> is_bigram_;
  std::vector<bool> plain_;
};

constexpr FeatureId kNoFeature = ~FeatureId{0};

std::vector<SentenceFeatures> Extract(const Segmentation& doc, Vocabulary* vocabulary) {
  std::vector<SentenceFeatures> out(doc.sentences.size());
  // The document's stems are interned (Token::stem_id): look each up in the vocabulary once.
  std::vector<FeatureId> unigram_of_stem(doc.words ? doc.words->size() : 0, kNoFeature);
  auto unigram = [&](const Token& token) {
    if (token.stem_id >= unigram_of_stem.size()) unigram_of_stem.resize(token.stem_id + 1, kNoFeature);
    FeatureId& id = unigram_of_stem[token.stem_id];
    if (id == kNoFeature) id = vocabulary->Unigram(token.stem);
    return id;
  };
  for (const Sentence& sentence : doc.sentences) {
    if (sentence.boilerplate) continue;
    SentenceFeatures& features = out[sentence.index];
    FeatureId previous = kNoFeature;
    for (const Token& token : sentence.tokens) {
      if (!IsContent(token)) continue;
      FeatureId id = unigram(token);
      if (!token.capitalized) vocabulary->MarkPlain(id);
      features.ids.push_back(id);
      if (previous != kNoFeature) features.ids.push_back(vocabulary->Bigram(previous, id));
      previous = id;
    }
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

FeatureSpace BuildFeatures(const Segmentation& a, const Segmentation& b) {
  Vocabulary vocabulary;
  FeatureSpace space;
  space.a = Extract(a, &vocabulary);
  space.b = Extract(b, &vocabulary);
  std::vector<std::uint32_t> df(vocabulary.size(), 0);
  std::size_t documents = 0;
  for (const auto* side : {&space.a, &space.b}) {
    for (const SentenceFeatures& features : *side) {
      if (!features.active) continue;
      ++documents;
      for (FeatureId id : features.ids) ++df[id];
    }
  }
  space.weight.resize(vocabulary.size());
  space.plain_word.resize(vocabulary.size());
  for (FeatureId id = 0; id < vocabulary.size(); ++id) {
    double idf = std::log(1.0 + static_cast<double>(documents) / df[id]);
    space.weight[id] = vocabulary.is_bigram(id) ? idf * kBigramFactor : idf;
    space.plain_word[id] = vocabulary.plain(id);
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
