// WordNetDb: read-only lookups in WordNet's database files (wndb(5)), mapped into memory and
// searched in place, so that a lookup costs a binary search and nothing is loaded up front.
#ifndef CLAIMDIFF_LEXICON_WORDNET_DB_H_
#define CLAIMDIFF_LEXICON_WORDNET_DB_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff {

enum class PartOfSpeech : std::uint8_t { kNoun, kVerb, kAdjective, kAdverb };
inline constexpr PartOfSpeech kPartsOfSpeech[] = {PartOfSpeech::kNoun, PartOfSpeech::kVerb, PartOfSpeech::kAdjective,
                                                  PartOfSpeech::kAdverb};

struct SynsetPointer {
  std::string_view symbol;  // "@" hypernym, "+" derivationally related, "\\" pertainym, "&" similar ...
  std::uint32_t offset = 0;
  PartOfSpeech pos = PartOfSpeech::kNoun;
  int source = 0;  // 1-based word of this synset the pointer starts from; 0 = the whole synset
  int target = 0;  // 1-based word of the target synset; 0 = the whole synset
};

struct Synset {
  int lexicographer_file = -1;     // lexnames(5WN): 18 = noun.person, 14 = noun.group, ...
  std::vector<std::string> words;  // lower case, multi-word lemmas joined with '_'
  std::vector<bool> names;         // names[i]: words[i] is written with a capital, a name ("Crane")
  std::vector<SynsetPointer> pointers;
};

class WordNetDb {
 public:
  // Maps the files of `dir` (index.*, data.*, *.exc). A missing folder gives an empty database.
  explicit WordNetDb(const std::string& dir);
  ~WordNetDb();
  WordNetDb(const WordNetDb&) = delete;
  WordNetDb& operator=(const WordNetDb&) = delete;

  // The shared database of the folder FindWordNet() names (thread-safe, mapped on first use).
  static const WordNetDb& Default();

  bool loaded() const { return loaded_; }

  // The synsets of `lemma` (lower case, '_' between words) as `pos`, most frequent sense first.
  std::vector<std::uint32_t> Senses(std::string_view lemma, PartOfSpeech pos) const;

  // The lemmas an inflected `word` may come from as `pos`, found in the index: WordNet's
  // exception lists, then its suffix rules (morphy(7WN)); the word itself when it is a lemma.
  std::vector<std::string> BaseForms(std::string_view word, PartOfSpeech pos) const;

  Synset ReadSynset(PartOfSpeech pos, std::uint32_t offset) const;

 private:
  struct Mapped {
    const char* data = nullptr;
    std::size_t size = 0;
  };
  static Mapped Map(const std::string& path);
  // The line of a sorted file whose first field is `key`, or empty.
  static std::string_view FindLine(const Mapped& file, std::string_view key);

  Mapped index_[4], data_[4], exceptions_[4];
  bool loaded_ = false;
};

// The word itself, then its base forms in every part of speech from WordNetDb::Default()
// ("fell": fell, fall, ...), remembered per thread; the reference stays valid on its thread.
const std::vector<std::string>& WordAndBaseForms(const std::string& word);

// True when the word (lower case, any inflection) has a noun among its base forms in
// WordNetDb::Default(), remembered per thread.
bool MayBeNoun(std::string_view word);

// True when the synset of `pos` at `offset` is one of `targets`, or reaches one within
// `max_steps` steps up its broader senses (hypernyms, and for a name the class it is one of).
bool ReachesBroader(const WordNetDb& db, PartOfSpeech pos, std::uint32_t offset,
                    const std::vector<std::uint32_t>& targets, int max_steps);

}  // namespace claimdiff

#endif  // CLAIMDIFF_LEXICON_WORDNET_DB_H_
