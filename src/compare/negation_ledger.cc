// Finds negation flips between sentences of two whole documents that share enough words.
#include "compare/negation_ledger.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string_view>

#include "common/ascii.h"
#include "compare/absence_ledger.h"
#include "compare/lexicon.h"
#include "compare/pair.h"
#include "compare/word_classes.h"
#include "lexicon/wordnet_db.h"
#include "normalize/headline.h"
#include "normalize/word_pool.h"

namespace claimdiff {
namespace {

// A token's position and the clause it stands in, counted from the sentence's start.
struct Place {
  std::size_t token = 0;
  std::size_t clause = 0;
};

struct SentenceWords {
  std::vector<std::string_view> content;               // distinct lemmas of its content words, sorted
  std::vector<std::pair<std::string_view, Place>> at;  // each content word and where it stands
  std::vector<Place> negators;                         // where its negators stand
  bool negates = false;                                // it holds a negator
  bool opposable = false;                              // it holds a word with an opposite
  std::vector<std::string_view> days;                  // the weekdays it names
  std::vector<std::string_view> names;                 // lemmas of the names it holds
};

SentenceWords Words(const std::string& text, const Sentence& sentence, const std::vector<std::uint16_t>* classes) {
  SentenceWords out;
  std::size_t clause = 0;
  for (std::size_t k = sentence.dateline_tokens; k < sentence.tokens.size(); ++k) {
    const Token& token = sentence.tokens[k];
    if (k > sentence.dateline_tokens && ClauseBreakBetween(text, sentence.tokens[k - 1], token)) ++clause;
    const std::uint16_t word_classes =
        classes != nullptr ? (*classes)[Pooled(*token.forms).index] : ClassesOf(*token.forms);
    if ((word_classes & (kNegator | kImplicitNegator)) != 0) {
      out.negates = true;
      out.negators.push_back({k, clause});
    }
    if ((word_classes & kHasOpposite) != 0 && !token.stop()) out.opposable = true;
    if ((word_classes & kWeekday) != 0) out.days.push_back(WeekdayName(token.norm()));
    if (token.kind == TokenKind::kWord && !token.stop() && token.lemma().size() > 1) {
      // A capital opening the sentence marks a name only for a word WordNet does not list.
      if (token.capitalized && (k > sentence.dateline_tokens || !MayBeNoun(token.norm()))) {
        out.names.push_back(token.lemma());
      }
      out.content.push_back(token.lemma());
      out.at.emplace_back(token.lemma(), Place{k, clause});
    }
  }
  std::sort(out.content.begin(), out.content.end());
  out.content.erase(std::unique(out.content.begin(), out.content.end()), out.content.end());
  return out;
}

// Sentences that tell of one thing share a good part of their words, not three of thirty.
constexpr std::size_t kCandidates = 3;  // sentences of the other side checked per negating one
constexpr double kMinSharedShare = 0.25;
// Two words in common are enough where they are the negated clause itself, close to the negator
// and close together on the other side ("had not received a ransom demand" / "had received a
// demand"), not two words of a long sentence far apart or across a comma ("movie theaters, and
// not the studio").
constexpr std::size_t kMinSharedNear = 2;
constexpr std::size_t kNear = 4;  // tokens between a word and its negator, or the two words

bool Near(Place x, Place y) {
  return x.clause == y.clause && (x.token > y.token ? x.token - y.token : y.token - x.token) <= kNear;
}

// Whether every word of `shared` is near one negator of `negating`, and near each other in
// `affirming`. A name may stand further off in the negating sentence, past a clause set off by
// commas ("Lenz, who was seeking a second term, has not conceded"), where some other shared word
// is near the negator.
bool SharedClose(const std::vector<std::string_view>& shared, const SentenceWords& negating,
                 const SentenceWords& affirming) {
  auto named = [&](std::string_view word) {
    return std::find(negating.names.begin(), negating.names.end(), word) != negating.names.end() &&
           std::find(affirming.names.begin(), affirming.names.end(), word) != affirming.names.end();
  };
  auto near_negator = [&](Place negator) {
    auto near = [&](std::string_view word) {
      return std::any_of(negating.at.begin(), negating.at.end(),
                         [&](const auto& w) { return w.first == word && Near(w.second, negator); });
    };
    return std::any_of(shared.begin(), shared.end(), near) &&
           std::all_of(shared.begin(), shared.end(), [&](std::string_view word) { return near(word) || named(word); });
  };
  if (std::none_of(negating.negators.begin(), negating.negators.end(), near_negator)) return false;
  // Some occurrence of the first word with every other word near it.
  for (const auto& [word, place] : affirming.at) {
    if (word != shared.front()) continue;
    const Place first = place;  // a plain name: the lambda below captures it
    if (std::all_of(shared.begin() + 1, shared.end(), [&](std::string_view other) {
          return std::any_of(affirming.at.begin(), affirming.at.end(),
                             [&](const auto& w) { return w.first == other && Near(w.second, first); });
        })) {
      return true;
    }
  }
  return false;
}

bool EndsWithNegator(std::string_view phrase) {
  while (!phrase.empty() && !std::isalpha(static_cast<unsigned char>(phrase.back()))) phrase.remove_suffix(1);
  const std::size_t space = phrase.rfind(' ');
  std::string_view last = space == std::string_view::npos ? phrase : phrase.substr(space + 1);
  for (std::string_view negator :
       {"not", "no", "never", "nothing", "none", "nobody", "nowhere", "neither", "nor", "cannot"}) {
    if (last == negator) return true;
  }
  auto ends_with = [&](std::string_view end) {
    return last.size() > end.size() && last.substr(last.size() - end.size()) == end;
  };
  return ends_with("n't") || ends_with("n\u2019t");
}

// True when a word of the phrase, as written in the source ("No oil", "hadn\u2019t"), is one the
// detectors negate with: the phrase is the negated side of a flip.
bool NamesNegator(std::string_view phrase) {
  std::string words = AsciiLower(phrase);
  for (std::size_t at = words.find("\u2019"); at != std::string::npos; at = words.find("\u2019", at)) {
    words.replace(at, std::string_view("\u2019").size(), "'");
  }
  for (std::string_view rest = words; !rest.empty();) {
    const std::size_t space = rest.find(' ');
    std::string_view word = rest.substr(0, space);
    while (!word.empty() && !std::isalpha(static_cast<unsigned char>(word.back()))) word.remove_suffix(1);
    if (IsNegator(word) || IsImplicitNegator(word)) return true;
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return false;
}

// A headline restates a sentence of its report's body: where both flip against one sentence of
// the other report ("Thalassa says no oil spilled" and "no oil had leaked" against "small oil
// leak detected"), the body sentence flips against what the headline flips against too, the
// other report's headline included; flips of one kind only (a negation, or opposites), which the
// crossed entry keeps. `entries` are checked and extended.
void CrossHeadline(std::size_t headline, bool headline_is_a, std::vector<NegationEntry>* entries) {
  if (headline == SIZE_MAX) return;
  auto mine = [&](const NegationEntry& e) { return headline_is_a ? e.a_sentence : e.b_sentence; };
  auto theirs = [&](const NegationEntry& e) { return headline_is_a ? e.b_sentence : e.a_sentence; };
  auto negated_mine = [&](const NegationEntry& e) { return NamesNegator(headline_is_a ? e.reason.a : e.reason.b); };
  auto known = [&](std::size_t m, std::size_t t) {
    return std::any_of(entries->begin(), entries->end(),
                       [&](const NegationEntry& e) { return mine(e) == m && theirs(e) == t; });
  };
  const std::vector<NegationEntry> found = *entries;
  for (const NegationEntry& told : found) {
    if (mine(told) != headline) continue;
    for (const NegationEntry& shared : found) {
      if (mine(shared) != headline || theirs(shared) == theirs(told) || shared.reason.kind != told.reason.kind) {
        continue;
      }
      for (const NegationEntry& body : found) {
        if (mine(body) == headline || theirs(body) != theirs(shared) || body.reason.kind != told.reason.kind) continue;
        if (negated_mine(body) != negated_mine(told) || known(mine(body), theirs(told))) continue;
        NegationEntry crossed;
        crossed.a_sentence = headline_is_a ? mine(body) : theirs(told);
        crossed.b_sentence = headline_is_a ? theirs(told) : mine(body);
        crossed.reason = Reason(told.reason.kind, headline_is_a ? body.reason.a : told.reason.a,
                                headline_is_a ? told.reason.b : body.reason.b);
        entries->push_back(std::move(crossed));
      }
    }
  }
}

std::vector<std::string_view> Shared(const std::vector<std::string_view>& x, const std::vector<std::string_view>& y) {
  std::vector<std::string_view> shared;
  for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      shared.push_back(*i);
      ++i;
      ++j;
    }
  }
  return shared;
}

}  // namespace

std::vector<NegationEntry> LedgerNegations(const std::string& text_a, const Segmentation& a, const std::string& text_b,
                                           const Segmentation& b, const std::vector<std::uint16_t>* classes_a,
                                           const std::vector<std::uint16_t>* classes_b, std::size_t min_shared,
                                           std::size_t max_sentences) {
  std::vector<NegationEntry> entries;
  if (a.sentences.size() > max_sentences || b.sentences.size() > max_sentences) return entries;
  std::vector<SentenceWords> words_a, words_b;
  for (const Sentence& s : a.sentences) words_a.push_back(Words(text_a, s, classes_a));
  for (const Sentence& s : b.sentences) words_b.push_back(Words(text_b, s, classes_b));
  // Each sentence with a negator is checked against the few sentences of the other document
  // that share the most words with it: a document of repeats stays linear.
  std::vector<std::pair<std::size_t, std::size_t>> candidates;
  auto closest = [&](const std::vector<SentenceWords>& mine, const Segmentation& my_seg,
                     const std::vector<SentenceWords>& theirs, const Segmentation& their_seg, bool mine_is_a) {
    // The other report's headline restates its lead in a few words, which share fewer with a
    // long sentence than the body does: it is checked whenever it qualifies.
    const std::size_t their_headline = Headline(their_seg);
    for (std::size_t i = 0; i < mine.size(); ++i) {
      if (!mine[i].negates || my_seg.sentences[i].boilerplate) continue;
      std::vector<std::pair<std::size_t, std::size_t>> scored;  // (shared, j)
      for (std::size_t j = 0; j < theirs.size(); ++j) {
        if (their_seg.sentences[j].boilerplate) continue;
        const std::vector<std::string_view> words = Shared(mine[i].content, theirs[j].content);
        const std::size_t shared = words.size();
        const std::size_t smaller = std::min(mine[i].content.size(), theirs[j].content.size());
        if ((shared >= min_shared && shared >= kMinSharedShare * smaller) ||
            (shared >= kMinSharedNear && shared < min_shared && SharedClose(words, mine[i], theirs[j]))) {
          scored.emplace_back(shared, j);
        }
      }
      std::stable_sort(scored.begin(), scored.end(), [](const auto& l, const auto& r) { return l.first > r.first; });
      for (std::size_t k = 0; k < scored.size(); ++k) {
        if (k < kCandidates || scored[k].second == their_headline) {
          candidates.emplace_back(mine_is_a ? i : scored[k].second, mine_is_a ? scored[k].second : i);
        }
      }
    }
  };
  closest(words_a, a, words_b, b, true);
  closest(words_b, b, words_a, a, false);
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (const auto& [i, j] : candidates) {
    SideView view_a{&text_a, {&a.sentences[i]}, {}};
    SideView view_b{&text_b, {&b.sentences[j]}, {}};
    Verdict verdict;
    DetectNegation(MakePairTokens(view_a, view_b, classes_a, classes_b), &verdict);
    if (verdict.reasons.empty()) continue;
    // A negator after its word ("news reports they don't like") negates what follows it in the
    // clause, which sentences this far apart do not share.
    const Reason& reason = verdict.reasons.front();
    if (EndsWithNegator(words_a[i].negates && !words_b[j].negates ? reason.a : reason.b)) continue;
    entries.push_back({i, j, reason});
  }
  // Opposites ("the museum will remain closed" / "the museum would reopen on Saturday") between
  // sentences that share enough words, on the same day where they name one.
  for (std::size_t i = 0; i < words_a.size(); ++i) {
    if (!words_a[i].opposable || a.sentences[i].boilerplate) continue;
    for (std::size_t j = 0; j < words_b.size(); ++j) {
      if (!words_b[j].opposable || b.sentences[j].boilerplate) continue;
      const std::size_t shared = Shared(words_a[i].content, words_b[j].content).size();
      const std::size_t smaller = std::min(words_a[i].content.size(), words_b[j].content.size());
      if (shared < kMinSharedNear || shared < kMinSharedShare * smaller) continue;
      if (!words_a[i].days.empty() && !words_b[j].days.empty() && words_a[i].days != words_b[j].days) continue;
      SideView view_a{&text_a, {&a.sentences[i]}, {}};
      SideView view_b{&text_b, {&b.sentences[j]}, {}};
      Verdict verdict;
      DetectAntonymsOfOneSubject(MakePairTokens(view_a, view_b, classes_a, classes_b), &verdict);
      if (!verdict.reasons.empty()) entries.push_back({i, j, verdict.reasons.front()});
    }
  }
  // Things one report denies and the other tells of; a pair the flips above hold already is theirs.
  for (NegationEntry& absence : LedgerAbsences(text_a, a, text_b, b, classes_a, classes_b)) {
    if (std::none_of(entries.begin(), entries.end(), [&](const NegationEntry& e) {
          return e.a_sentence == absence.a_sentence && e.b_sentence == absence.b_sentence;
        })) {
      entries.push_back(std::move(absence));
    }
  }
  CrossHeadline(Headline(a), true, &entries);
  CrossHeadline(Headline(b), false, &entries);
  return entries;
}

}  // namespace claimdiff
