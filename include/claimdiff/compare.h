// Compare: word diff of aligned sentences and the verdict shared / conflict, with reasons.
#ifndef CLAIMDIFF_COMPARE_H_
#define CLAIMDIFF_COMPARE_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimdiff/normalize.h"

namespace claimdiff {

// One step of a word diff. `text` is the source text of the run with the punctuation and one
// space after it, so that a side's runs concatenated give back its sentence text exactly.
struct DiffOp {
  enum class Kind { kEqual, kDelete, kInsert };  // delete = only in A, insert = only in B
  Kind kind = Kind::kEqual;
  std::string text;    // A's text for equal and deleted runs, B's for inserted runs
  std::string text_b;  // equal runs only: the same words as B writes them (case, punctuation)
};

// What kind of difference a reason names.
enum class ReasonKind { kNegation, kAntonym, kNumber, kTime, kDate, kAttribution, kQuote, kModality };

// "negation", "antonym", "number", "time", "date", "attribution", "quote", "modality": the
// names reports and expectation files use.
const char* ReasonKindName(ReasonKind kind);

// The kind `name` names (as ReasonKindName writes it), if any.
std::optional<ReasonKind> ParseReasonKind(std::string_view name);

// Why two aligned sentences disagree (a conflict reason) or differ softly (a note). `a` and
// `b` are the words involved on each side, as they read in the source.
struct Reason {
  Reason() = default;
  Reason(ReasonKind kind, std::string a, std::string b, std::string measure = {})
      : kind(kind), a(std::move(a)), b(std::move(b)), measure(std::move(measure)) {}

  // Its kind's name ("negation"), as reports write it.
  std::string type() const { return ReasonKindName(kind); }

  ReasonKind kind = ReasonKind::kNegation;
  std::string a;
  std::string b;
  std::string measure;  // number and time: what the two values measure ("homes", "percent")
};

// The sentences of one side of an aligned group, in order, as a flat token view.
struct SideView {
  const std::string* text = nullptr;  // Document::text
  std::vector<const Sentence*> sentences;
  // The day the report was published, "YYYY-MM-DD", or empty when unknown: when both sides
  // have one, relative dates ("yesterday", "on Tuesday") are resolved against it.
  std::string published;
};

// Word diff (dtl) over the normalized tokens of the two sides. Falls back to a coarse
// delete-all/insert-all diff when the sides exceed `max_tokens` tokens together.
std::vector<DiffOp> DiffWords(const SideView& a, const SideView& b, std::size_t max_tokens = 4000);

struct Verdict {
  std::vector<Reason> reasons;  // non-empty = conflict
  std::vector<Reason> notes;    // softer differences that leave the claim shared
};

// Looks for contradictions between two aligned sides: negation flips, differing numbers, ...
Verdict Classify(const SideView& a, const SideView& b);

}  // namespace claimdiff

#endif  // CLAIMDIFF_COMPARE_H_
