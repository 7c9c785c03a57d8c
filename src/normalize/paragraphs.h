// Prepares text for ICU sentence rules: joins hard-wrapped lines, keeps blank-line paragraph breaks.
#ifndef CLAIMDIFF_NORMALIZE_PARAGRAPHS_H_
#define CLAIMDIFF_NORMALIZE_PARAGRAPHS_H_

#include <string>
#include <string_view>

namespace claimdiff {

// Returns a copy of `text` of the same length in which the newline ending a line of prose
// (at least `min_wrapped_chars` characters, followed by another non-blank line) is a space.
// ICU treats every newline as a sentence break; this keeps hard-wrapped sentences whole, while
// headlines and short lines keep their own line. Byte offsets are unchanged.
std::string JoinWrappedLines(std::string_view text, std::size_t min_wrapped_chars = 40);

}  // namespace claimdiff

#endif  // CLAIMDIFF_NORMALIZE_PARAGRAPHS_H_
