// Builds the text of a non-text input: one paragraph per block, separated by one blank line.
#ifndef CLAIMDIFF_INPUT_PARAGRAPH_TEXT_H_
#define CLAIMDIFF_INPUT_PARAGRAPH_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace claimdiff {

// Positions in reports count paragraphs as the segmenter does (blank lines), so every reader
// writes paragraphs through this: whitespace (including no-break spaces and line breaks) inside
// a paragraph becomes one space, and empty paragraphs are never written. A '\n' in a paragraph
// is a line break (HTML's <br>): kept as one, so that a headline and a dateline written on two
// lines stay two sentences, as they do in plain text.
class ParagraphText {
 public:
  // Appends `paragraph` as the next paragraph; returns false when it holds no visible text.
  bool Add(std::string_view paragraph);
  std::size_t paragraphs() const { return paragraphs_; }
  std::size_t size() const { return text_.size(); }
  // The offset at which the next paragraph will begin.
  std::size_t NextBegin() const { return text_.empty() ? 0 : text_.size() + 2; }
  std::string Take() { return std::move(text_); }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
  std::size_t paragraphs_ = 0;
};

// `text` with every run of whitespace (ASCII, U+00A0, U+2000..U+200A, U+202F, U+3000) made one
// space and none at either end; NUL bytes are dropped.
std::string CollapseSpaces(std::string_view text);

}  // namespace claimdiff

#endif  // CLAIMDIFF_INPUT_PARAGRAPH_TEXT_H_
