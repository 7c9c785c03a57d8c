// WordBreaker: ICU's word segmentation of a UTF-8 text (UAX #29 with ICU's English rules), as a
// stream of segments with ICU's rule status, made fast for the common case.
//
// ICU's rule engine spends about 50 ns a segment, a sixth of segmenting a book. Most text holds
// only characters whose word-break class makes the UAX #29 rules simple (letters, digits, the
// mid-word marks, spaces, newlines, other punctuation); there the segments are found directly.
// Where a character needs more (combining marks, format controls, emoji sequences, Hebrew, kana,
// ideographs and the scripts ICU breaks by dictionary), the segments around it come from ICU
// itself, resumed at the last boundary that did not depend on that character. The result is
// ICU's, segment for segment and status for status (tests/word_breaker_test.cc checks this
// against ICU on random mixed text).
#ifndef CLAIMDIFF_NORMALIZE_WORD_BREAKER_H_
#define CLAIMDIFF_NORMALIZE_WORD_BREAKER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include <unicode/utypes.h>

#include "claimdiff/status.h"

struct UText;
U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace claimdiff {

struct WordSegment {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::int32_t status = 0;  // ICU's UWordBreak rule status: < 100 none, < 200 number, else a word
};

class WordBreaker {
 public:
  // `text` must outlive the breaker.
  explicit WordBreaker(std::string_view text);
  ~WordBreaker();
  WordBreaker(const WordBreaker&) = delete;
  WordBreaker& operator=(const WordBreaker&) = delete;

  // The next segment in text order; false at the end of the text or on an ICU error (see status()).
  bool Next(WordSegment* segment);
  const Status& status() const { return status_; }

 private:
  bool NextDirect(WordSegment* segment);  // false when the segment at pos_ needs ICU
  bool NextFromIcu(WordSegment* segment);
  bool StartIcu();

  std::string_view text_;
  std::size_t pos_ = 0;        // the next segment starts here: always a boundary
  std::size_t icu_until_ = 0;  // segments starting before this offset come from ICU
  UText* utext_ = nullptr;
  std::unique_ptr<icu::BreakIterator> icu_;
  Status status_ = Status::Ok();
};

}  // namespace claimdiff

#endif  // CLAIMDIFF_NORMALIZE_WORD_BREAKER_H_
