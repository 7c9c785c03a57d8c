// Feature extraction and IDF weighting shared by candidate search and scoring.
#include "align/features.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <string_view>

#include <deque>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "common/both_sides.h"
#include "lexicon/number_words.h"
#include "normalize/word_pool.h"

namespace claimdiff {
namespace {

constexpr double kBigramFactor = 1.0;  // a shared word pair is as strong a sign as a rare word
constexpr std::size_t kMinSentencesForThreads = 2000;
constexpr double kFigureStep = 1.25;  // below this a thread costs more than it saves

bool IsContent(const Token& token) {
  return token.kind == TokenKind::kWord && (token.all_caps || (!token.stop() && token.stem().size() > 1));
}

// The hash key of a stem pair (bigram) from the ids of its two stems.
std::uint64_t PairKey(FeatureId first, FeatureId second) { return (static_cast<std::uint64_t>(first) << 32) | second; }

constexpr FeatureId kNoFeature = ~FeatureId{0};

// One document's features under ids of its own, numbered in order of first appearance, so that
// both documents can be read at once (one thread each) and merged after (see MergeIds).
struct LocalFeatures {
  struct Feature {
    std::string_view key;                      // unigrams: the concept key
    FeatureId first = kNoFeature, second = 0;  // bigrams: the local ids of their two stems
    bool plain = false;                        // unigrams: written lower-case somewhere; bigrams: both words, somewhere
    bool small_number = false;
  };
  std::vector<Feature> features;
  std::vector<SentenceFeatures> sentences;                    // ids local, unsorted
  absl::flat_hash_map<std::uint64_t, FeatureId> bigrams;      // PairKey(first, second) -> local id
  absl::flat_hash_map<std::string_view, FeatureId> unigrams;  // key -> local id
  std::deque<std::string> keys;  // keys made here (figures, names), for `key` to point into
};

// The value a figure starting at token i stands for ("12,500", "4.2 billion", "eight"), and how
// many tokens it spans; 0 tokens when there is none.
std::pair<std::optional<double>, std::size_t> FigureAt(const std::vector<Token>& tokens, std::size_t i) {
  const Token& token = tokens[i];
  std::optional<double> value = NumeralValue(token.norm());
  if (!value) {
    value = NumberWordValue(token.norm());
    // "one" and "two" are pronouns and idioms as often as figures ("one of the", "the two").
    if (!value || *value < 3) return {std::nullopt, 0};
  }
  if (i + 1 < tokens.size()) {
    if (auto scale = ScaleWordValue(tokens[i + 1].norm())) return {*value * *scale, 2};
  }
  return {value, 1};
}

LocalFeatures ExtractLocal(const Segmentation& doc, const ConceptMap& concepts) {
  LocalFeatures local;
  local.sentences.resize(doc.sentences.size());
  // The document's stems are interned (PooledWord::stem_id): a vector maps them to local ids, so the
  // concept lookup runs once per distinct stem.
  std::vector<FeatureId> unigram_of_stem(doc.words ? doc.words->size() : 0, kNoFeature);
  absl::flat_hash_map<std::uint64_t, FeatureId>& bigrams = local.bigrams;
  auto by_key = [&](std::string_view key) {
    auto [it, inserted] = local.unigrams.emplace(key, static_cast<FeatureId>(local.features.size()));
    if (inserted) local.features.push_back({key});
    return it->second;
  };
  auto unigram = [&](const Token& token) {
    if (Pooled(*token.forms).stem_id >= unigram_of_stem.size())
      unigram_of_stem.resize(Pooled(*token.forms).stem_id + 1, kNoFeature);
    FeatureId& id = unigram_of_stem[Pooled(*token.forms).stem_id];
    if (id == kNoFeature && !token.all_caps) id = by_key(concepts.Key(token.stem()));
    return token.all_caps ? by_key(concepts.Key(OwnKey(token))) : id;
  };
  auto made_key = [&](std::string key) {
    auto found = local.unigrams.find(key);
    if (found != local.unigrams.end()) return found->second;
    local.keys.push_back(std::move(key));
    return by_key(local.keys.back());
  };
  // Whether a word may start a figure, worked out once per distinct word: most are not.
  std::vector<std::int8_t> number_word(doc.words ? doc.words->size() : 0, -1);
  auto may_be_figure = [&](const Token& token) {
    const char first = token.norm().empty() ? ' ' : token.norm()[0];
    if ((first >= '0' && first <= '9') || first == '$') return true;
    if (Pooled(*token.forms).index >= number_word.size()) number_word.resize(Pooled(*token.forms).index + 1, -1);
    std::int8_t& known = number_word[Pooled(*token.forms).index];
    if (known < 0) known = NumberWordValue(token.norm()).has_value();
    return known == 1;
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
    bool previous_plain = false;
    const std::vector<Token>& tokens = sentence.tokens;
    for (std::size_t i = sentence.dateline_tokens; i < tokens.size(); ++i) {
      const Token& token = tokens[i];
      FeatureId id = kNoFeature;
      auto [figure, span] =
          may_be_figure(token) ? FigureAt(tokens, i) : std::pair<std::optional<double>, std::size_t>{};
      if (figure) {
        // A figure is the same fact however it is written: "12,500", "eight", "$4.2bn".
        id = made_key("#" + ValueKey(*figure));
        local.features[id].plain = true;
        local.features[id].small_number = *figure < 10 && *figure == static_cast<int>(*figure);
        i += span - 1;
        // Near figures are one fact reported apart ("more than 140" rescued, 143; a toll of 11
        // or 13): a value also falls in the two buckets nearest it on a scale of steps of 25%,
        // so that values within 25% of each other share one. Years and small counts excepted.
        if (*figure >= 10 && !(*figure >= 1800 && *figure <= 2100 && *figure == static_cast<int>(*figure))) {
          const double position = std::log(*figure) / std::log(kFigureStep);
          const long bucket = std::lround(position);
          const long neighbour = position < bucket ? bucket - 1 : bucket + 1;
          for (long b : {bucket, neighbour}) ids.push_back(made_key("~" + std::to_string(b)));
        }
      } else if (token.norm() == "%" || (token.norm() == "cent" && i > 0 && tokens[i - 1].norm() == "per")) {
        // "8%", "8 per cent" and "8 percent" say the same.
        id = by_key(concepts.Key("percent"));
      } else if (IsContent(token)) {
        id = unigram(token);
        if (!token.capitalized) local.features[id].plain = true;
      } else {
        continue;
      }
      ids.push_back(id);
      const bool plain = local.features[id].plain && !token.capitalized;
      if (previous != kNoFeature) {
        const FeatureId pair = bigram(previous, id);
        ids.push_back(pair);
        if (previous_plain && plain) local.features[pair].plain = true;
      }
      previous = id;
      previous_plain = plain;
    }
    // A name written out ("United Nations") is also the concept its abbreviation stands for.
    for (const NamePhrase& name : FindNamePhrases(sentence))
      ids.push_back(made_key(std::string(concepts.Key(name.key))));
  }
  return local;
}

// Global ids are those one vocabulary would give reading A, then B: A's local ids as they are,
// then B's features not in A, numbered in B's local order. Sets global_b (B's local -> global)
// and returns the vocabulary size.
FeatureId MergeIds(const LocalFeatures& a, const LocalFeatures& b, std::vector<FeatureId>* global_b) {
  const auto a_size = static_cast<FeatureId>(a.features.size());
  FeatureId next = a_size;
  global_b->resize(b.features.size());
  for (std::size_t id = 0; id < b.features.size(); ++id) {
    const LocalFeatures::Feature& f = b.features[id];
    FeatureId found = kNoFeature;
    if (f.first == kNoFeature) {
      auto it = a.unigrams.find(f.key);
      if (it != a.unigrams.end()) found = it->second;
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

FeatureSpace BuildFeatures(const Segmentation& a, const Segmentation& b, const ConceptMap& concepts, unsigned threads) {
  const bool parallel = threads > 1 && a.sentences.size() + b.sentences.size() > kMinSentencesForThreads;
  LocalFeatures local[2];
  ForBothSides(parallel, [&](int side) { local[side] = ExtractLocal(side == 0 ? a : b, concepts); });
  std::vector<FeatureId> global[2];
  global[0].resize(local[0].features.size());
  std::iota(global[0].begin(), global[0].end(), FeatureId{0});
  const FeatureId vocabulary_size = MergeIds(local[0], local[1], &global[1]);
  FeatureSpace space;
  space.weight.resize(vocabulary_size);
  space.plain_word.resize(vocabulary_size);
  space.plain_pair.resize(vocabulary_size);
  space.small_number.resize(vocabulary_size);
  std::vector<bool> is_bigram(vocabulary_size);
  space.unigram.resize(vocabulary_size);
  for (int side : {0, 1}) {
    for (std::size_t id = 0; id < local[side].features.size(); ++id) {
      const LocalFeatures::Feature& f = local[side].features[id];
      is_bigram[global[side][id]] = f.first != kNoFeature;
      space.unigram[global[side][id]] = f.first == kNoFeature;
      if (f.plain) (f.first == kNoFeature ? space.plain_word : space.plain_pair)[global[side][id]] = true;
      if (f.small_number) space.small_number[global[side][id]] = true;
    }
  }
  ForBothSides(parallel,
               [&](int side) { (side == 0 ? space.a : space.b) = Translate(std::move(local[side]), global[side]); });
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
  space.sentences_with = std::move(df);
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

double Cosine(const std::vector<FeatureId>& x, double norm_x, const std::vector<FeatureId>& y, double norm_y,
              const std::vector<double>& weight) {
  if (norm_x <= 0 || norm_y <= 0) return 0;
  double dot = 0;
  ForEachShared(x, y, [&](FeatureId id) {
    dot += weight[id] * weight[id];
    return true;
  });
  return dot / (norm_x * norm_y);
}

bool SharePlainWord(const std::vector<FeatureId>& x, const std::vector<FeatureId>& y, const FeatureSpace& space) {
  bool found = false;
  ForEachShared(x, y, [&](FeatureId id) {
    found = space.plain_word[id];
    return !found;
  });
  return found;
}

bool ShareExclusiveEvidence(const std::vector<FeatureId>& x, const std::vector<FeatureId>& y,
                            const FeatureSpace& space) {
  std::size_t shared = 0, plain = 0;
  ForEachShared(x, y, [&](FeatureId id) {
    if (space.sentences_with[id] != 2 || space.small_number[id]) return true;
    ++shared;
    plain += space.plain_word[id] || space.plain_pair[id];
    return true;
  });
  return shared >= 2 && plain >= 1;
}

std::size_t SharedUnigrams(const std::vector<FeatureId>& x, const std::vector<FeatureId>& y,
                           const FeatureSpace& space) {
  std::size_t shared = 0;
  ForEachShared(x, y, [&](FeatureId id) {
    shared += space.unigram[id];
    return true;
  });
  return shared;
}

std::vector<FeatureId> UnionIds(const std::vector<FeatureId>& x, const std::vector<FeatureId>& y) {
  std::vector<FeatureId> out;
  out.reserve(x.size() + y.size());
  std::set_union(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(out));
  return out;
}

}  // namespace claimdiff
