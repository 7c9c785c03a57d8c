// Finds things one report says there were none of and the other tells of.
#include "compare/absence_ledger.h"

#include <algorithm>
#include <string_view>

#include "absl/container/flat_hash_map.h"

#include "compare/lexicon.h"
#include "compare/pair.h"
#include "compare/word_classes.h"
#include "lexicon/number_words.h"
#include "lexicon/wordnet_db.h"
#include "normalize/word_pool.h"

namespace claimdiff {
namespace {

// Sentences of the other report that may tell of a denied thing: more, and it is what the
// story is about ("fire" in a fire story), which a single denial does not contradict.
constexpr std::size_t kMaxTellings = 3;
constexpr std::size_t kMaxNounRun = 3;  // "no tear gas", "no major safety defects"

struct Denial {
  std::string_view lemma;
  std::string noun;    // the denied noun, normalized ("deaths")
  std::string phrase;  // "no tear gas", as written
};

struct Telling {
  std::string_view lemma;
  std::string phrase;  // the word as written
};

struct SentenceThings {
  std::vector<Denial> denials;
  std::vector<Telling> tellings;        // things named outside a negated clause
  std::vector<std::string_view> named;  // every noun's lemma, however it stands
  std::vector<Telling> acts;            // other content words outside a negated clause
};

std::string Written(const std::string& text, const Token& first, const Token& last) {
  return text.substr(first.begin, last.end - first.begin);
}

// True when the commonest sense of `word` as a noun is a physical thing or a happening ("smoke",
// "fire", "violations"), not an abstraction ("evidence", "plans", "talks"): a denial of an
// abstraction is about what follows it ("no evidence that data was copied"). Remembered per
// thread.
bool IsConcrete(std::string_view word) {
  thread_local absl::flat_hash_map<std::string, bool> known;
  auto [it, inserted] = known.try_emplace(std::string(word), false);
  if (!inserted) return it->second;
  const WordNetDb& db = WordNetDb::Default();
  std::vector<std::uint32_t> roots;
  for (const char* root : {"physical_entity", "event"}) {
    const std::vector<std::uint32_t> senses = db.Senses(root, PartOfSpeech::kNoun);
    if (!senses.empty()) roots.push_back(senses.front());
  }
  constexpr int kMaxDepth = 20;
  for (const std::string& base : db.BaseForms(word, PartOfSpeech::kNoun)) {
    const std::vector<std::uint32_t> senses = db.Senses(base, PartOfSpeech::kNoun);
    if (senses.empty()) continue;
    // The commonest base form only.
    return it->second = ReachesBroader(db, PartOfSpeech::kNoun, senses.front(), roots, kMaxDepth);
  }
  return false;
}

// The verbs WordNet derives the commonest senses of a noun from, or that derive from them
// ("deaths": die; "arrests": arrest; "flames": flame), sorted. Remembered per thread.
const std::vector<std::string>& DerivedVerbs(const std::string& noun) {
  thread_local absl::flat_hash_map<std::string, std::vector<std::string>> known;
  auto [it, inserted] = known.try_emplace(noun);
  if (!inserted) return it->second;
  const WordNetDb& db = WordNetDb::Default();
  constexpr std::size_t kCommonest = 2;
  std::vector<std::string>& verbs = it->second;
  for (const std::string& base : db.BaseForms(noun, PartOfSpeech::kNoun)) {
    const std::vector<std::uint32_t> senses = db.Senses(base, PartOfSpeech::kNoun);
    for (std::size_t k = 0; k < senses.size() && k < kCommonest; ++k) {
      const Synset synset = db.ReadSynset(PartOfSpeech::kNoun, senses[k]);
      for (const SynsetPointer& pointer : synset.pointers) {
        // The word the noun itself derives from, not the verb's synonyms ("die", not "go").
        if (pointer.symbol != "+" || pointer.pos != PartOfSpeech::kVerb || pointer.target == 0) continue;
        const std::size_t source = static_cast<std::size_t>(pointer.source);
        if (source == 0 || source > synset.words.size() || synset.words[source - 1] != base) continue;
        const std::vector<std::string> words = db.ReadSynset(PartOfSpeech::kVerb, pointer.offset).words;
        const std::size_t target = static_cast<std::size_t>(pointer.target);
        if (target <= words.size()) verbs.push_back(words[target - 1]);
      }
    }
  }
  std::sort(verbs.begin(), verbs.end());
  verbs.erase(std::unique(verbs.begin(), verbs.end()), verbs.end());
  return verbs;
}

// True when the word as written is a form of one of `verbs` ("died" of "die").
bool FormOf(const std::string& word, const std::vector<std::string>& verbs) {
  if (verbs.empty()) return false;
  for (const std::string& base : WordNetDb::Default().BaseForms(word, PartOfSpeech::kVerb)) {
    if (std::binary_search(verbs.begin(), verbs.end(), base)) return true;
  }
  return false;
}

bool IsThing(const Token& token) {
  return token.kind == TokenKind::kWord && !token.stop() && token.lemma().size() > 2 &&
         !NumberWordValue(token.norm()) && MayBeNoun(token.norm());
}

// "No" that opens an idiom, not a denial of a thing: "no longer", "no doubt", "no matter".
bool IdiomAfterNo(std::string_view word) {
  for (std::string_view idiom : {"longer", "doubt", "matter", "sooner", "less", "more", "one", "way"}) {
    if (word == idiom) return true;
  }
  return false;
}

SentenceThings Things(const std::string& text, const Sentence& sentence, const std::vector<std::uint16_t>* classes) {
  SentenceThings out;
  const std::vector<Token>& tokens = sentence.tokens;
  const std::size_t first = sentence.dateline_tokens;
  // Clause of each token, and whether the clause holds a negator or a condition.
  std::vector<std::size_t> clause(tokens.size(), 0);
  std::vector<bool> negated_clause(1, false), conditional_clause(1, false);
  for (std::size_t k = first; k < tokens.size(); ++k) {
    if (k > first && ClauseBreakBetween(text, tokens[k - 1], tokens[k])) {
      negated_clause.push_back(false);
      conditional_clause.push_back(false);
    }
    clause[k] = negated_clause.size() - 1;
    const std::uint16_t word_classes =
        classes != nullptr ? (*classes)[Pooled(*tokens[k].forms).index] : ClassesOf(*tokens[k].forms);
    const std::string_view norm = tokens[k].norm();
    const bool condition = norm == "if" || norm == "whether" || norm == "unless";
    if ((word_classes & (kNegator | kImplicitNegator)) != 0 || condition) negated_clause.back() = true;
    if (condition) conditional_clause.back() = true;
  }
  for (std::size_t k = first; k < tokens.size(); ++k) {
    if (tokens[k].norm() == "no" && k + 1 < tokens.size() && !IdiomAfterNo(tokens[k + 1].norm())) {
      // The thing denied is the last of the nouns right after "no": "no safety violations".
      std::size_t end = k + 1;
      std::size_t thing = 0;
      while (end < tokens.size() && end - k <= kMaxNounRun && tokens[end].kind == TokenKind::kWord &&
             !tokens[end].stop() && clause[end] == clause[k]) {
        if (!IsThing(tokens[end])) break;  // a verb after the noun: "no oil spilled"
        thing = end++;
      }
      // "No new talks" denies more of them, not that there were any; "only if no candidate
      // wins" denies nothing.
      if (thing != 0 && !conditional_clause[clause[k]] && IsConcrete(tokens[thing].norm()))
        out.denials.push_back(
            {tokens[thing].lemma(), std::string(tokens[thing].norm()), Written(text, tokens[k], tokens[thing])});
      continue;
    }
    if (!IsThing(tokens[k])) {
      const Token& token = tokens[k];
      if (token.kind == TokenKind::kWord && !token.stop() && !negated_clause[clause[k]]) {
        out.acts.push_back({token.lemma(), std::string(token.norm())});
      }
      continue;
    }
    out.named.push_back(tokens[k].lemma());
    if (negated_clause[clause[k]]) continue;
    // A noun before another noun names the other ("fire crews", "oil prices").
    if (k + 1 < tokens.size() && clause[k + 1] == clause[k] && IsThing(tokens[k + 1])) continue;
    out.tellings.push_back({tokens[k].lemma(), Written(text, tokens[k], tokens[k])});
  }
  return out;
}

}  // namespace

std::vector<NegationEntry> LedgerAbsences(const std::string& text_a, const Segmentation& a, const std::string& text_b,
                                          const Segmentation& b, const std::vector<std::uint16_t>* classes_a,
                                          const std::vector<std::uint16_t>* classes_b) {
  std::vector<SentenceThings> things_a, things_b;
  for (const Sentence& s : a.sentences) things_a.push_back(Things(text_a, s, classes_a));
  for (const Sentence& s : b.sentences) things_b.push_back(Things(text_b, s, classes_b));
  std::vector<NegationEntry> entries;
  auto against = [&](const std::vector<SentenceThings>& deniers, const Segmentation& denying,
                     const std::vector<SentenceThings>& tellers, const Segmentation& telling, bool denier_is_a) {
    for (std::size_t i = 0; i < deniers.size(); ++i) {
      if (denying.sentences[i].boilerplate) continue;
      for (const Denial& denial : deniers[i].denials) {
        std::vector<std::pair<std::size_t, const Telling*>> told;  // each sentence once
        std::size_t naming = 0;
        for (std::size_t j = 0; j < tellers.size(); ++j) {
          if (telling.sentences[j].boilerplate) continue;
          const std::vector<std::string_view>& named = tellers[j].named;
          naming += std::find(named.begin(), named.end(), denial.lemma) != named.end();
          const Telling* match = nullptr;
          for (const Telling& t : tellers[j].tellings) {
            if (t.lemma == denial.lemma) {
              match = &t;
              break;
            }
          }
          // Or told as what happened: "no deaths" / "a worker died".
          const std::vector<std::string>& verbs = DerivedVerbs(denial.noun);
          for (std::size_t m = 0; match == nullptr && m < tellers[j].acts.size(); ++m) {
            if (FormOf(tellers[j].acts[m].phrase, verbs)) match = &tellers[j].acts[m];
          }
          if (match != nullptr) {
            told.emplace_back(j, match);
            naming += std::find(named.begin(), named.end(), denial.lemma) == named.end();
          }
        }
        if (told.empty() || naming > kMaxTellings) continue;
        for (const auto& [j, t] : told) {
          NegationEntry entry;
          entry.a_sentence = denier_is_a ? i : j;
          entry.b_sentence = denier_is_a ? j : i;
          entry.reason = denier_is_a ? Reason(ReasonKind::kNegation, denial.phrase, t->phrase)
                                     : Reason(ReasonKind::kNegation, t->phrase, denial.phrase);
          entries.push_back(std::move(entry));
        }
      }
    }
  };
  against(things_a, a, things_b, b, true);
  against(things_b, b, things_a, a, false);
  return entries;
}

}  // namespace claimdiff
