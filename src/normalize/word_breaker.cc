// WordBreaker: UAX #29 word segments found directly where the characters allow, by ICU elsewhere.
#include "normalize/word_breaker.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "normalize/icu_util.h"

namespace claimdiff {
namespace {

// Word_Break classes as ICU's English word rules use them. kHard: any character the direct path
// leaves to ICU (Extend, Format, ZWJ, Regional_Indicator, Hebrew_Letter, Katakana, emoji,
// ideographs, and the scripts broken by dictionary).
enum class Wb : std::uint8_t {
  kOther,
  kCR,
  kLF,
  kNewline,
  kSpace,
  kLetter,
  kNumeric,
  kExtendNumLet,
  kMidLetter,
  kMidNumLet,
  kSingleQuote,
  kMidNum,
  kHard,
};

constexpr std::array<Wb, 128> AsciiClasses() {
  std::array<Wb, 128> classes{};
  for (auto& c : classes) c = Wb::kOther;
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = Wb::kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) classes[c] = Wb::kLetter;
  for (int c = '0'; c <= '9'; ++c) classes[c] = Wb::kNumeric;
  classes['@'] = Wb::kLetter;  // ICU's rules add '@' to ALetter (e-mail addresses stay whole)
  classes['\r'] = Wb::kCR;
  classes['\n'] = Wb::kLF;
  classes['\v'] = Wb::kNewline;
  classes['\f'] = Wb::kNewline;
  classes[' '] = Wb::kSpace;
  classes['_'] = Wb::kExtendNumLet;
  classes['.'] = Wb::kMidNumLet;
  classes['\''] = Wb::kSingleQuote;
  classes[','] = Wb::kMidNum;
  classes[';'] = Wb::kMidNum;
  // ':' is MidLetter in UAX #29 but ICU's rules take it out (so "a:b" is three segments).
  return classes;
}
constexpr std::array<Wb, 128> kAsciiClasses = AsciiClasses();

// After a character only ICU handles, ICU goes on for this many bytes: text with such characters
// scattered through it (ideographs, combining marks) is not passed back and forth, each switch
// back to ICU costing it a search for its place.
constexpr std::size_t kIcuStretch = 16;

// Characters ICU breaks by dictionary or by rules the direct path does not implement.
bool NeedsIcu(UChar32 c) {
  if (c >= 0xAC00 && c <= 0xD7A3) return true;  // Hangul syllables
  if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) return true;
  if (u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT) return true;
  UErrorCode error = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &error);
  return U_FAILURE(error) || script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
}

Wb ClassifyNonAscii(UChar32 c) {
  if (c < 0 || NeedsIcu(c)) return Wb::kHard;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER:
      return Wb::kLetter;
    case U_WB_NUMERIC:
      return Wb::kNumeric;
    case U_WB_EXTENDNUMLET:
      return Wb::kExtendNumLet;
    case U_WB_MIDNUMLET:
      return Wb::kMidNumLet;
    case U_WB_MIDNUM:
      return Wb::kMidNum;
    case U_WB_MIDLETTER:
      return c == 0xFE55 || c == 0xFF1A ? Wb::kOther : Wb::kMidLetter;  // as ':'
    case U_WB_WSEGSPACE:
      return Wb::kSpace;
    case U_WB_NEWLINE:
      return Wb::kNewline;
    case U_WB_OTHER:
      return Wb::kOther;
    default:
      return Wb::kHard;
  }
}

struct Char {
  Wb wb;
  std::size_t size;  // bytes
};

// The class of the character at `pos`; kHard past the end never arises because callers check.
Char CharAt(std::string_view text, std::size_t pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return {kAsciiClasses[byte], 1};
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data() + pos);
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(4, text.size() - pos));
  std::int32_t i = 0;
  UChar32 c;
  U8_NEXT(s, i, length, c);
  return {ClassifyNonAscii(c), static_cast<std::size_t>(i)};
}

bool IsWordPart(Wb wb) { return wb == Wb::kLetter || wb == Wb::kNumeric || wb == Wb::kExtendNumLet; }

// WB6/7 and WB11/12: the marks that may join two letters, or two digits.
bool JoinsLetters(Wb wb) { return wb == Wb::kMidLetter || wb == Wb::kMidNumLet || wb == Wb::kSingleQuote; }
bool JoinsNumbers(Wb wb) { return wb == Wb::kMidNum || wb == Wb::kMidNumLet || wb == Wb::kSingleQuote; }

// ICU's status for a word ending in `last`, preceded in the word by `before` (kOther if none):
// the tag of the last rule matched in its chain.
std::int32_t WordStatus(Wb before, Wb last) {
  switch (last) {
    case Wb::kLetter:
      return UBRK_WORD_LETTER;
    case Wb::kNumeric:
      return UBRK_WORD_NUMBER;
    default:  // ExtendNumLet: "a_", "__" are letters, "1_" a number, a lone "_" nothing
      return before == Wb::kNumeric ? UBRK_WORD_NUMBER : before == Wb::kOther ? UBRK_WORD_NONE : UBRK_WORD_LETTER;
  }
}

}  // namespace

WordBreaker::WordBreaker(std::string_view text) : text_(text) {}

WordBreaker::~WordBreaker() {
  icu_.reset();
  if (utext_ != nullptr) utext_close(utext_);
}

bool WordBreaker::Next(WordSegment* segment) {
  if (pos_ >= text_.size() || !status_.ok()) return false;
  if (pos_ >= icu_until_ && NextDirect(segment)) {
    pos_ = segment->end;
    return true;
  }
  return NextFromIcu(segment);
}

// The UAX #29 rules over the simple classes. Every decision looks at most two characters past
// the segment; when one of those is kHard, ICU takes over from pos_ (a boundary already, since
// no earlier decision looked that far).
bool WordBreaker::NextDirect(WordSegment* segment) {
  const std::size_t size = text_.size();
  const Char first = CharAt(text_, pos_);
  std::size_t end = pos_ + first.size;
  std::int32_t status = UBRK_WORD_NONE;
  auto hard_at = [&](std::size_t at) {
    icu_until_ = at + kIcuStretch;
    return false;
  };
  switch (first.wb) {
    case Wb::kHard:
      return hard_at(pos_);
    case Wb::kCR:  // WB3: CR x LF; WB3a/3b: break around newlines whatever follows
      if (end < size && text_[end] == '\n') ++end;
      break;
    case Wb::kLF:
    case Wb::kNewline:
      break;
    default: {
      Wb before = Wb::kOther, last = first.wb;
      while (end < size) {
        const Char next = CharAt(text_, end);
        if (next.wb == Wb::kHard) return hard_at(end);  // WB4 and the rules left to ICU
        if (last == Wb::kSpace ? next.wb == Wb::kSpace : IsWordPart(last) && IsWordPart(next.wb)) {
          before = last;  // WB3d, WB5, WB8-10, WB13a/b
          last = next.wb;
          end += next.size;
          continue;
        }
        const bool letter_mid = last == Wb::kLetter && JoinsLetters(next.wb);
        const bool number_mid = last == Wb::kNumeric && JoinsNumbers(next.wb);
        if ((letter_mid || number_mid) && end + next.size < size) {  // WB6/7, WB11/12
          const Char after = CharAt(text_, end + next.size);
          if (after.wb == Wb::kHard) return hard_at(end + next.size);
          if (after.wb == last) {
            before = next.wb;
            end += next.size + after.size;
            continue;
          }
        }
        break;
      }
      if (IsWordPart(first.wb)) status = WordStatus(before, last);
    }
  }
  segment->begin = pos_;
  segment->end = end;
  segment->status = status;
  return true;
}

bool WordBreaker::StartIcu() {
  UErrorCode error = U_ZERO_ERROR;
  utext_ = utext_openUTF8(nullptr, text_.data(), static_cast<int64_t>(text_.size()), &error);
  if (U_SUCCESS(error)) icu_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), error));
  if (U_SUCCESS(error)) icu_->setText(utext_, error);
  status_ = IcuStatus(error, "word break iterator");
  return status_.ok();
}

bool WordBreaker::NextFromIcu(WordSegment* segment) {
  if (!icu_ && !StartIcu()) return false;
  const auto from = static_cast<std::int32_t>(pos_);
  const std::int32_t end = icu_->current() == from ? icu_->next() : icu_->following(from);
  if (end == icu::BreakIterator::DONE || end <= from) {
    status_ =
        Status::Error(Status::Code::kInternal, "word break iterator: no boundary after byte " + std::to_string(pos_));
    return false;
  }
  segment->begin = pos_;
  segment->end = static_cast<std::size_t>(end);
  segment->status = icu_->getRuleStatus();
  pos_ = segment->end;
  return true;
}

}  // namespace claimdiff
