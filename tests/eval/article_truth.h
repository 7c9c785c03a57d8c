// The annotations of one article pair (truth.txt, see articles/README.md), anchored to the
// sentences of a report.
#ifndef CLAIMDIFF_TESTS_EVAL_ARTICLE_TRUTH_H_
#define CLAIMDIFF_TESTS_EVAL_ARTICLE_TRUTH_H_

#include <cstddef>
#include <string>
#include <vector>

namespace claimdiff::eval {

enum class Label { kShared, kConflict, kOnlyA, kOnlyB };

struct Annotation {
  Label label = Label::kShared;
  std::string kind;  // conflicts: figure, date, negation, attribution, quote, contrary
  std::string a;     // the anchor phrase in A (empty for only-b)
  std::string b;     // the anchor phrase in B (empty for only-a)
  int line = 0;      // in truth.txt
};

struct Truth {
  std::string event;
  std::string style;
  std::string date_a;  // YYYY-MM-DD or empty
  std::string date_b;
  std::vector<Annotation> annotations;
};

// Parses truth.txt. On a malformed line returns false with `error` naming the line.
bool ParseTruth(const std::string& text, Truth* truth, std::string* error);

// The byte span [begin, end) of `phrase` in `text`, where any run of white space in either
// matches any other; false when the phrase is absent or occurs more than once.
bool FindPhrase(const std::string& text, const std::string& phrase, std::size_t* begin, std::size_t* end,
                std::string* error);

}  // namespace claimdiff::eval

#endif  // CLAIMDIFF_TESTS_EVAL_ARTICLE_TRUTH_H_
