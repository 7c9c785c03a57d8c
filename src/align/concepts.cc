// Linking one-sided words to the other side's words through WordNet.
#include "align/concepts.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "common/both_sides.h"
#include "lexicon/related_words.h"
#include "lexicon/wordnet_db.h"

namespace claimdiff {
namespace {

constexpr std::size_t kMaxConcept = 6;       // words in one concept at most
constexpr std::size_t kMaxLinksPerWord = 4;  // other-side words one word may link to
constexpr std::size_t kMaxNameWords = 4;
constexpr std::size_t kLongDocumentSentences = 4000;

bool IsWordKey(const Token& token) {
  return token.kind == TokenKind::kWord && (token.all_caps || (!token.stop() && token.stem().size() > 2));
}

// What one side holds: the keys of its content words and names, and for each key a word to
// ask WordNet about (its first spelling seen).
struct SideWords {
  absl::flat_hash_set<std::string> keys;
  std::vector<std::pair<std::string, std::string>> lookups;  // (key, word), in order of first sight
};

SideWords Collect(const Segmentation& seg) {
  SideWords side;
  for (const Sentence& sentence : seg.sentences) {
    if (sentence.boilerplate) continue;
    for (const Token& token : sentence.tokens) {
      if (!IsWordKey(token)) continue;
      std::string key(OwnKey(token));
      if (side.keys.insert(key).second) {
        std::string word(token.norm());
        // "U.S" is how the word breaker leaves "U.S."; WordNet has the dotted form.
        if (word.find('.') != std::string::npos) word += '.';
        side.lookups.push_back({key, word});
      }
    }
    for (const NamePhrase& name : FindNamePhrases(sentence)) {
      if (side.keys.insert(name.key).second) side.lookups.push_back({name.key, name.key});
    }
  }
  return side;
}

struct Relations {
  std::string key;
  std::vector<std::string> targets;  // keys of the other side its related words stand for
};

// For each key of `mine`, the keys of `theirs` its related words stand for. With `one_sided_only`
// (long documents, where most words stand on both sides) only the keys `theirs` lacks.
// The keys a word's WordNet relatives stand for, remembered per thread: comparing many reports
// of one event asks about the same words once for every pair of reports.
const std::vector<std::string>& RelatedKeys(const WordNetDb& db, const std::string& word) {
  thread_local absl::flat_hash_map<std::string, std::vector<std::string>> known;
  auto [it, inserted] = known.try_emplace(word);
  if (inserted) {
    for (const std::string& lemma : RelatedWords(db, word)) {
      it->second.push_back(lemma.find('_') != std::string::npos ? lemma : Stem(lemma));
    }
  }
  return it->second;
}

std::vector<Relations> Related(const SideWords& mine, const SideWords& theirs, bool one_sided_only) {
  std::vector<Relations> out;
  const WordNetDb& db = WordNetDb::Default();
  for (const auto& [key, word] : mine.lookups) {
    if (one_sided_only && theirs.keys.contains(key)) continue;
    std::vector<std::string> targets;
    for (const std::string& target : RelatedKeys(db, word)) {
      if (target != key && theirs.keys.contains(target) &&
          std::find(targets.begin(), targets.end(), target) == targets.end()) {
        targets.push_back(target);
        if (targets.size() == kMaxLinksPerWord) break;
      }
    }
    if (!targets.empty()) out.push_back({key, std::move(targets)});
  }
  return out;
}

bool Capitalized(const Token& token) { return token.kind == TokenKind::kWord && token.capitalized; }

// WordNet's answer for a name, remembered per thread: a long text names the same few people and
// places thousands of times.
bool IsNounLemma(const WordNetDb& db, const std::string& key) {
  thread_local absl::flat_hash_map<std::string, bool> known;
  auto [it, inserted] = known.try_emplace(key, false);
  if (inserted) it->second = !db.Senses(key, PartOfSpeech::kNoun).empty();
  return it->second;
}

}  // namespace

std::string_view OwnKey(const Token& token) { return token.all_caps ? token.norm() : token.stem(); }

std::vector<NamePhrase> FindNamePhrases(const Sentence& sentence) {
  std::vector<NamePhrase> names;
  const WordNetDb& db = WordNetDb::Default();
  const std::vector<Token>& tokens = sentence.tokens;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    // Names start with a capitalized content word: "And God", "The Lord" are no names.
    if (!Capitalized(tokens[i]) || tokens[i].stop() || !Capitalized(tokens[i + 1])) continue;
    // The longest run from i that WordNet knows ("United States of America" is in it too, but
    // "of" is not capitalized: runs may hold lower-case function words between names).
    std::string key(tokens[i].norm());
    std::size_t best = 0;
    std::string best_key;
    for (std::size_t n = 1; n < kMaxNameWords && i + n < tokens.size(); ++n) {
      const Token& next = tokens[i + n];
      if (next.kind != TokenKind::kWord || (!next.capitalized && !next.stop())) break;
      if (next.begin > tokens[i + n - 1].end + 1) break;  // punctuation between them
      key += '_';
      key += next.norm();
      if (next.capitalized && IsNounLemma(db, key)) {
        best = n + 1;
        best_key = key;
      }
    }
    if (best > 0) {
      names.push_back({i, best, best_key});
      i += best - 1;
    }
  }
  return names;
}

void ConceptMap::Link(const std::string& x, const std::string& y) {
  auto cx = cluster_of_.find(x), cy = cluster_of_.find(y);
  if (cx != cluster_of_.end() && cy != cluster_of_.end()) {
    if (cx->second == cy->second) return;
    std::vector<std::string>& into = clusters_[cx->second];
    std::vector<std::string>& from = clusters_[cy->second];
    if (into.size() + from.size() > kMaxConcept) return;
    const std::size_t target = cx->second;
    for (std::string& key : from) {
      cluster_of_[key] = target;
      into.push_back(std::move(key));
    }
    from.clear();
    return;
  }
  if (cx == cluster_of_.end() && cy == cluster_of_.end()) {
    cluster_of_[x] = cluster_of_[y] = clusters_.size();
    clusters_.push_back({x, y});
    return;
  }
  const bool x_known = cx != cluster_of_.end();
  const std::size_t c = x_known ? cx->second : cy->second;
  if (clusters_[c].size() >= kMaxConcept) return;
  const std::string& added = x_known ? y : x;
  cluster_of_[added] = c;
  clusters_[c].push_back(added);
}

void ConceptMap::Finish() {
  for (const std::vector<std::string>& cluster : clusters_) {
    if (cluster.empty()) continue;
    const std::string& smallest = *std::min_element(cluster.begin(), cluster.end());
    for (const std::string& key : cluster) {
      if (key != smallest) canonical_[key] = smallest;
    }
  }
}

ConceptMap LinkConcepts(const Segmentation& a, const Segmentation& b, bool parallel) {
  SideWords words[2];
  ForBothSides(parallel, [&](int side) { words[side] = Collect(side == 0 ? a : b); });
  std::vector<Relations> related[2];
  // A word both sides use may still stand for another word of the other side (A says
  // "investigation" twice, B "investigation" once and "inquiry" once); in a book, looking up
  // every word would cost more than it finds.
  const bool long_documents = a.sentences.size() + b.sentences.size() > kLongDocumentSentences;
  ForBothSides(parallel, [&](int side) { related[side] = Related(words[side], words[1 - side], long_documents); });
  ConceptMap concepts;
  for (int side : {0, 1}) {
    for (const Relations& r : related[side]) {
      for (const std::string& target : r.targets) concepts.Link(r.key, target);
    }
  }
  concepts.Finish();
  return concepts;
}

}  // namespace claimdiff
