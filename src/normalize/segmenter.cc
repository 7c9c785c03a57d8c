// Segment: ICU sentence and word segmentation over UTF-8 text, with spans, lines and normal forms.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimdiff/normalize.h"
#include "common/whitespace.h"
#include "normalize/boilerplate.h"
#include "normalize/dateline.h"
#include "normalize/icu_util.h"
#include "normalize/paragraphs.h"
#include "normalize/sentence_fixes.h"
#include "normalize/word_breaker.h"
#include "normalize/word_pool.h"

namespace claimdiff {
namespace {

struct Span {
  std::size_t begin;
  std::size_t end;
};

Span Trim(const std::string& text, Span span) {
  while (span.begin < span.end && IsSpace(text[span.begin])) ++span.begin;
  while (span.end > span.begin && IsSpace(text[span.end - 1])) --span.end;
  return span;
}

// Owns a UText over a UTF-8 buffer so ICU iterators report byte offsets directly.
class Utf8Text {
 public:
  Utf8Text(const std::string& text, UErrorCode* error)
      : text_(utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), error)) {}
  ~Utf8Text() {
    if (text_ != nullptr) utext_close(text_);
  }
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;
  UText* get() { return text_; }

 private:
  UText* text_;
};

Status SentenceSpans(const std::string& text, std::vector<Span>* spans) {
  // ICU's rules break at every newline; joining wrapped lines first keeps prose sentences whole.
  const std::string joined = JoinWrappedLines(text);
  UErrorCode error = U_ZERO_ERROR;
  Utf8Text utext(joined, &error);
  // "ss=standard" turns on ICU's abbreviation suppressions (Mr., Dr., U.S. ...).
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), error));
  if (U_FAILURE(error)) return IcuStatus(error, "sentence break iterator");
  sentences->setText(utext.get(), error);
  if (U_FAILURE(error)) return IcuStatus(error, "sentence break iterator");
  std::vector<Span> raw;
  int32_t start = sentences->first();
  for (int32_t end = sentences->next(); end != icu::BreakIterator::DONE; end = sentences->next()) {
    Span span = Trim(text, {static_cast<std::size_t>(start), static_cast<std::size_t>(end)});
    if (span.begin < span.end) raw.push_back(span);
    start = end;
  }
  *spans = MergeWrongBreaks(joined, raw);
  return Status::Ok();
}

// Cuts spans longer than `limit` bytes at the last space (or character boundary) before it.
std::vector<Span> CutLongSpans(const std::string& text, const std::vector<Span>& spans, std::size_t limit,
                               std::size_t* cuts) {
  std::vector<Span> out;
  for (Span span : spans) {
    while (span.end - span.begin > limit) {
      std::size_t cut = span.begin + limit;
      // Only the second half of the span is searched: an unbounded rfind would scan back to the
      // start of the text at every cut of a long run without spaces, quadratic in its length.
      const std::size_t low = span.begin + limit / 2 + 1;
      std::size_t space = std::string_view(text).substr(low, cut + 1 - low).rfind(' ');
      if (space != std::string_view::npos) {
        cut = low + space;
      } else {
        while (cut > span.begin && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      }
      out.push_back(Trim(text, {span.begin, cut}));
      span = Trim(text, {cut, span.end});
      ++*cuts;
    }
    if (span.begin < span.end) out.push_back(span);
  }
  return out;
}

std::string CollapseWhitespace(const std::string& text, Span span) {
  std::string out;
  out.reserve(span.end - span.begin);
  AppendCollapsed(std::string_view(text).substr(span.begin, span.end - span.begin), &out);
  return out;
}

// Newlines in text[begin, end), found with memchr: lines are long next to the bytes scanned.
std::size_t CountNewlines(const std::string& text, std::size_t begin, std::size_t end) {
  std::size_t count = 0;
  const char* p = text.data() + begin;
  const char* stop = text.data() + end;
  while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(stop - p)))) != nullptr) {
    ++count;
    ++p;
  }
  return count;
}

bool StartsUpperCase(const std::string& text, std::size_t begin, std::size_t end) {
  const auto first = static_cast<unsigned char>(text[begin]);
  if (first < 0x80) return first >= 'A' && first <= 'Z';
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(begin);
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(end), c);
  return c >= 0 && u_isupper(c);
}

// ASCII letters only: abbreviations that matter for matching are written in them.
bool AllUpperCase(const std::string& text, std::size_t begin, std::size_t end) {
  std::size_t letters = 0;
  for (std::size_t i = begin; i < end; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 0x80) return false;
    letters += c >= 'A' && c <= 'Z';
  }
  return letters >= 2;
}

Status Tokenize(const std::string& text, std::vector<Sentence>* sentences, WordPool* pool) {
  WordBreaker words(text);
  // Each sentence's tokens are gathered here and copied once, at their final size.
  std::vector<Token> tokens;
  std::size_t s = 0;
  auto finish_sentence = [&] {
    (*sentences)[s].tokens.assign(tokens.begin(), tokens.end());
    tokens.clear();
    ++s;
  };
  for (WordSegment word; words.Next(&word);) {
    // Spaces and punctuation are no tokens, but for a percent sign after a figure: "8%" and
    // "8 percent" say the same.
    const bool percent = word.end == word.begin + 1 && text[word.begin] == '%' && !tokens.empty() &&
                         tokens.back().end == word.begin && tokens.back().kind == TokenKind::kNumber;
    if (word.status < UBRK_WORD_NONE_LIMIT && !percent) continue;
    const std::size_t begin = word.begin;
    while (s < sentences->size() && (*sentences)[s].end <= begin) finish_sentence();
    if (s == sentences->size()) break;
    const Sentence& sentence = (*sentences)[s];
    if (begin < sentence.begin) continue;
    const auto end = static_cast<std::uint32_t>(std::min(word.end, sentence.end));
    // ICU splits at hyphens; "Jong-un" and "state-owned" are one word to a reader.
    if (!tokens.empty() && tokens.back().end + 1 == begin && text[begin - 1] == '-' &&
        tokens.back().kind == TokenKind::kWord && word.status >= UBRK_WORD_LETTER) {
      Token& joined = tokens.back();
      joined.end = end;
      pool->Fill(NormalizeText(std::string_view(text).substr(joined.begin, joined.end - joined.begin)), &joined);
      continue;
    }
    Token& token = tokens.emplace_back();
    token.begin = static_cast<std::uint32_t>(begin);
    token.end = end;
    token.kind = word.status < UBRK_WORD_NUMBER_LIMIT && !percent ? TokenKind::kNumber : TokenKind::kWord;
    pool->Fill(NormalizeText(std::string_view(text).substr(token.begin, token.end - token.begin)), &token);
    token.capitalized = StartsUpperCase(text, token.begin, token.end);
    token.all_caps = token.capitalized && AllUpperCase(text, token.begin, token.end);
  }
  if (s < sentences->size()) finish_sentence();
  return words.status();
}

// Marks every sentence lying on a boilerplate line: from the start of the line where it begins
// to the end of the line where it ends. Sentences come in text order, so both bounds are found
// scanning forward only, and sentences sharing a line share its verdict.
std::size_t MarkBoilerplate(const std::string& text, std::vector<Sentence>* sentences) {
  std::size_t marked = 0;
  std::size_t scanned = 0, line_begin = 0;  // line_begin: just after the last '\n' before `scanned`
  std::size_t next_newline = 0;             // the first '\n' (or the end) at or after the last query
  std::size_t judged_begin = std::string::npos, judged_end = 0;
  bool boilerplate = false;
  for (Sentence& sentence : *sentences) {
    if (scanned < sentence.begin) {
      const void* last = ::memrchr(text.data() + scanned, '\n', sentence.begin - scanned);
      if (last != nullptr) line_begin = static_cast<std::size_t>(static_cast<const char*>(last) - text.data()) + 1;
      scanned = sentence.begin;
    }
    if (sentence.end > next_newline || next_newline == 0) {
      next_newline = text.find('\n', sentence.end);
      if (next_newline == std::string::npos) next_newline = text.size();
    }
    const std::size_t line_end = next_newline;
    if (line_begin != judged_begin || line_end != judged_end) {
      judged_begin = line_begin;
      judged_end = line_end;
      boilerplate = line_end - line_begin <= 240 &&
                    IsBoilerplateLine(NormalizeText(std::string_view(text).substr(line_begin, line_end - line_begin)));
    }
    if (boilerplate) {
      sentence.boilerplate = true;
      ++marked;
    }
  }
  return marked;
}

}  // namespace

Status Segment(const Document& doc, const NormalizeOptions& options, Segmentation* out) {
  const std::string& text = doc.text;
  if (text.size() > UINT32_MAX) {  // Token spans are 32-bit
    return Status::Error(Status::Code::kTooLarge, doc.label + ": larger than 4 GiB, which no segmentation takes");
  }
  std::vector<Span> spans;
  Status status = SentenceSpans(text, &spans);
  if (!status.ok()) return status;
  std::size_t cuts = 0;
  spans = CutLongSpans(text, spans, std::max<std::size_t>(options.max_sentence_bytes, 16), &cuts);
  if (spans.size() > options.max_sentences) {
    return Status::Error(Status::Code::kTooLarge, doc.label + ": " + std::to_string(spans.size()) +
                                                      " sentences, more than the limit of " +
                                                      std::to_string(options.max_sentences));
  }

  out->sentences.clear();
  out->sentences.reserve(spans.size());
  std::size_t line = 1, paragraph = 0, scanned = 0;
  bool seen_text = false;
  for (const Span& span : spans) {
    // Count newlines since the previous sentence; a blank line starts a new paragraph.
    std::size_t newlines_in_gap = 0;
    for (std::size_t i = scanned; i < span.begin; ++i) {
      if (text[i] == '\n') {
        ++line;
        ++newlines_in_gap;
      } else if (!IsSpace(text[i])) {
        newlines_in_gap = 0;
      }
    }
    if (seen_text && newlines_in_gap >= 2) ++paragraph;
    seen_text = true;
    Sentence sentence;
    sentence.index = out->sentences.size();
    sentence.begin = span.begin;
    sentence.end = span.end;
    sentence.line = line;
    sentence.paragraph = paragraph;
    sentence.text = CollapseWhitespace(text, span);
    out->sentences.push_back(std::move(sentence));
    line += CountNewlines(text, span.begin, span.end);
    scanned = span.end;
  }
  auto pool = std::make_shared<WordPool>();
  status = Tokenize(text, &out->sentences, pool.get());
  out->words = std::move(pool);
  if (!status.ok()) return status;
  for (Sentence& sentence : out->sentences) sentence.dateline_tokens = DatelineTokens(text, sentence);
  out->boilerplate_count = options.mark_boilerplate ? MarkBoilerplate(text, &out->sentences) : 0;
  out->cut_sentences = cuts;
  return Status::Ok();
}

}  // namespace claimdiff
