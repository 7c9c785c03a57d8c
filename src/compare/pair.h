// The two sides of an aligned group flattened to tokens: what every conflict detector reads.
#ifndef CLAIMDIFF_COMPARE_PAIR_H_
#define CLAIMDIFF_COMPARE_PAIR_H_

#include <cstddef>
#include <string>
#include <vector>

#include "claimdiff/compare.h"
#include "compare/word_classes.h"
#include "normalize/word_pool.h"

namespace claimdiff {

struct SideTokens {
  const std::string* text = nullptr;         // Document::text the spans point into
  std::vector<const Token*> tokens;          // every token of the side's sentences, in reading order
  std::vector<bool> sentence_end;            // sentence_end[i]: tokens[i] is the last of its sentence
  std::vector<const Sentence*> sentence_of;  // sentence_of[i]: the sentence holding tokens[i]
  // The classes of the document's words by PooledWord::index (see ClassTable); when null they
  // are worked out at each question.
  const std::vector<std::uint16_t>* classes = nullptr;
  std::string published;  // SideView::published

  // True when tokens[i] is of class `c`.
  bool Is(std::size_t i, WordClass c) const {
    const WordForms& forms = *tokens[i]->forms;
    return ((classes != nullptr ? (*classes)[Pooled(forms).index] : ClassesOf(forms)) & c) != 0;
  }

  // Source text from the start of tokens[first] to the end of tokens[last - 1], with quotes and
  // punctuation attached to those ends. For naming the words involved in a reason.
  std::string Source(std::size_t first, std::size_t last) const;
  // The text a diff run stands for: like Source, but also everything up to the next token (or
  // the sentence's end) and, for a sentence's first token, from the sentence's start, so the runs
  // of a side, concatenated, are its sentences' text. Whitespace runs collapsed to one space,
  // which stays at the end of a run that stops mid-sentence.
  std::string Covering(std::size_t first, std::size_t last) const;
  // True when punctuation that ends a clause (, ; : . ! ? quotes, dashes, brackets) or a sentence
  // boundary stands between tokens[i] and tokens[i + 1].
  bool ClauseBreakAfter(std::size_t i) const;
};

// True when punctuation that ends a clause stands between two tokens of `text` (see
// SideTokens::ClauseBreakAfter).
bool ClauseBreakBetween(const std::string& text, const Token& left, const Token& right);

struct PairTokens {
  SideTokens a;
  SideTokens b;
};

// True when a negator stands within the two tokens before tokens[i] in its clause ("not guilty").
bool NegatedAt(const SideTokens& side, std::size_t i);

// `classes_a` and `classes_b`, when given, are the ClassTable()s of the two documents.
PairTokens MakePairTokens(const SideView& a, const SideView& b, const std::vector<std::uint16_t>* classes_a = nullptr,
                          const std::vector<std::uint16_t>* classes_b = nullptr);

// DiffWords and Classify over sides already flattened, for callers that need both.
std::vector<DiffOp> DiffTokens(const PairTokens& pair, std::size_t max_tokens);
Verdict ClassifyTokens(const PairTokens& pair);

// Each detector appends hard disagreements to verdict->reasons and soft ones to verdict->notes.
// True when `reasons` already hold `reason`: the same kind, on the same words of either side.
bool HasReason(const std::vector<Reason>& reasons, const Reason& reason);

void DetectNegation(const PairTokens& pair, Verdict* verdict);
void DetectNumbers(const PairTokens& pair, Verdict* verdict);
void DetectAntonyms(const PairTokens& pair, Verdict* verdict);
// DetectAntonyms for sentences not aligned: the opposites must also be said of one thing, the
// noun nearest before each ("the deficit will fall" / "the deficit will rise", not "the health
// budget will rise").
void DetectAntonymsOfOneSubject(const PairTokens& pair, Verdict* verdict);
void DetectDates(const PairTokens& pair, Verdict* verdict);
void DetectAttribution(const PairTokens& pair, Verdict* verdict);
void DetectQuoteWording(const PairTokens& pair, Verdict* verdict);
void DetectModality(const PairTokens& pair, Verdict* verdict);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_PAIR_H_
