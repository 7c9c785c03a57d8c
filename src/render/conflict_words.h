// Conflict words: the parts of a changed diff run that a conflict is about (the figure, the
// negator, the date), so that in a card they stand out from the other word changes.
#ifndef CLAIMDIFF_RENDER_CONFLICT_WORDS_H_
#define CLAIMDIFF_RENDER_CONFLICT_WORDS_H_

#include <string>
#include <vector>

#include "claimdiff/report.h"

namespace claimdiff {

struct RunPart {
  std::string text;
  bool conflict = false;  // part of the words a reason names
};

// The words the reasons of `f` name on one side ("at least 11 people", "have no means").
std::vector<std::string> ConflictWords(const Finding& f, bool side_a);

// `run` cut into parts, those that are (or lie within) one of `words` marked. A whole run lies
// within a reason's words when it is one of them ("no" in "have no means"); a longer run has
// the reason's words marked where they stand in it as whole words ("13" in "stood at 13").
std::vector<RunPart> SplitConflictWords(const std::string& run, const std::vector<std::string>& words);

}  // namespace claimdiff

#endif  // CLAIMDIFF_RENDER_CONFLICT_WORDS_H_
