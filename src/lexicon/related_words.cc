// Walks WordNet from a word's commonest senses to the words that may replace it in a report.
#include "lexicon/related_words.h"

#include <algorithm>
#include <limits>

namespace claimdiff {
namespace {

// Rarer senses of a word mostly name other things ("court" as courtship): only the commonest
// few are followed.
constexpr std::size_t SensesFollowed(PartOfSpeech pos) { return pos == PartOfSpeech::kVerb ? 3 : 2; }
// The broader term of a specific word (capsize -> overturn, investigation -> inquiry) names the
// same event; that of a word of many meanings (die -> change state) names almost anything.
constexpr std::size_t kMaxSensesForBroader = 3;
// A verb of very many senses ("get", "make", "take") shares one with almost any action.
constexpr std::size_t kMaxSensesForSynonyms = 16;

class Collector {
 public:
  Collector(std::size_t limit) : limit_(limit) {}
  void Add(const std::string& lemma) {
    if (out_.size() < limit_ && std::find(out_.begin(), out_.end(), lemma) == out_.end()) out_.push_back(lemma);
  }
  std::vector<std::string> Take() { return std::move(out_); }

 private:
  std::size_t limit_;
  std::vector<std::string> out_;
};

}  // namespace

std::vector<std::string> RelatedWords(const WordNetDb& db, std::string_view word, std::size_t limit) {
  Collector related(limit);
  if (!db.loaded()) return related.Take();
  struct Sense {
    PartOfSpeech pos;
    std::uint32_t offset;
    std::string lemma;
    std::size_t rank;
    std::size_t senses;  // how many the lemma has as `pos`
  };
  std::vector<Sense> senses;
  for (PartOfSpeech pos : kPartsOfSpeech) {
    for (const std::string& lemma : db.BaseForms(word, pos)) {
      related.Add(lemma);
      std::vector<std::uint32_t> offsets = db.Senses(lemma, pos);
      for (std::size_t k = 0; k < offsets.size() && k < SensesFollowed(pos); ++k) {
        senses.push_back({pos, offsets[k], lemma, k, offsets.size()});
      }
    }
  }
  std::vector<std::pair<PartOfSpeech, std::uint32_t>> broader;
  for (const Sense& sense : senses) {
    Synset synset = db.ReadSynset(sense.pos, sense.offset);
    for (const std::string& member : synset.words) related.Add(member);
    int position = 0;  // the lemma's place in the synset, for its own lexical pointers
    for (std::size_t w = 0; w < synset.words.size(); ++w) {
      if (synset.words[w] == sense.lemma) position = static_cast<int>(w) + 1;
    }
    for (const SynsetPointer& pointer : synset.pointers) {
      const bool mine = pointer.source == 0 || pointer.source == position;
      if ((pointer.symbol == "+" || pointer.symbol == "\\") && mine) {
        Synset target = db.ReadSynset(pointer.pos, pointer.offset);
        if (pointer.target > 0 && pointer.target <= static_cast<int>(target.words.size())) {
          related.Add(target.words[static_cast<std::size_t>(pointer.target - 1)]);
        }
      } else if (pointer.symbol == "@" && sense.rank == 0 && sense.senses <= kMaxSensesForBroader &&
                 (sense.pos == PartOfSpeech::kNoun || sense.pos == PartOfSpeech::kVerb)) {
        broader.push_back({pointer.pos, pointer.offset});
      }
    }
  }
  for (const auto& [pos, offset] : broader) {
    for (const std::string& member : db.ReadSynset(pos, offset).words) related.Add(member);
  }
  return related.Take();
}

std::vector<std::string> VerbSynonyms(const WordNetDb& db, std::string_view word) {
  Collector synonyms(std::numeric_limits<std::size_t>::max());
  if (!db.loaded()) return synonyms.Take();
  for (const std::string& lemma : db.BaseForms(word, PartOfSpeech::kVerb)) {
    std::vector<std::uint32_t> offsets = db.Senses(lemma, PartOfSpeech::kVerb);
    if (offsets.size() > kMaxSensesForSynonyms) continue;
    synonyms.Add(lemma);
    for (std::size_t k = 0; k < offsets.size() && k < SensesFollowed(PartOfSpeech::kVerb); ++k) {
      for (const std::string& member : db.ReadSynset(PartOfSpeech::kVerb, offsets[k]).words) {
        if (member.find('_') == std::string::npos) synonyms.Add(member);
      }
    }
  }
  return synonyms.Take();
}

}  // namespace claimdiff
