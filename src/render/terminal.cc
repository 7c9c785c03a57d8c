// Terminal output: escaping of hostile characters, display width, wrapping and painting.
#include "render/terminal.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdio>

#include "claimdiff/render.h"

namespace claimdiff {
namespace {

bool IsBidiControl(UChar32 c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

int CharWidth(UChar32 c) {
  int category = u_charType(c);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || c == 0x200B) return 0;
  // Invisible format characters (zero-width joiner and non-joiner, word joiner, BOM) take no
  // column; the soft hyphen is shown as a hyphen by terminals.
  if (category == U_FORMAT_CHAR && c != 0x00AD) return 0;
  if (c >= 0x1F3FB && c <= 0x1F3FF) return 0;  // skin tone modifiers colour the emoji before them
  if (c >= 0x1160 && c <= 0x11FF) return 0;    // Hangul medial vowels and final consonants
  int east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH ? 2 : 1;
}

// Widths of a run of characters the way terminals draw emoji sequences: a character joined to
// the one before by U+200D adds nothing (a family is one emoji), and U+FE0F widens a text-style
// pictograph before it (❤ + U+FE0F) to an emoji's two columns.
class WidthCounter {
 public:
  int Next(UChar32 c) {
    int w;
    if (c < 0) {
      w = 1;
    } else if (after_joiner_) {
      w = 0;
    } else if (c == 0xFE0F && last_width_ == 1 && u_hasBinaryProperty(last_, UCHAR_EXTENDED_PICTOGRAPHIC)) {
      w = 1;
    } else {
      w = CharWidth(c);
    }
    after_joiner_ = c == 0x200D;
    if (c != 0x200D && c != 0xFE0F) {
      last_ = c;
      last_width_ = w;
    }
    return w;
  }

  // A printable ASCII character, counted by the caller as one column.
  void Plain(UChar32 c) {
    after_joiner_ = false;
    last_ = c;
    last_width_ = 1;
  }

 private:
  bool after_joiner_ = false;
  UChar32 last_ = 0;
  int last_width_ = 0;
};

const char* Open(Style style) {
  switch (style) {
    case Style::kDeleted:
      return "\x1b[31;9m";  // red, struck through
    case Style::kInserted:
      return "\x1b[32;4m";  // green, underlined: readable without colour too
    case Style::kDim:
      return "\x1b[2m";
    case Style::kBold:
      return "\x1b[1m";
    case Style::kConflict:
      return "\x1b[1;35m";
    case Style::kConflictWord:
      return "\x1b[1;7;35m";  // bold, reversed: stands out of a struck run
    case Style::kPlain:
      return "";
  }
  return "";
}

}  // namespace

std::string ShowControls(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    while (i < length && s[i] >= 0x20 && s[i] < 0x7F) ++i;  // printable ASCII runs go as they are
    if (i > start) {
      out.append(text, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    char buffer[16];
    if (c < 0) {
      std::snprintf(buffer, sizeof buffer, "\\x%02x", s[start]);
      out += buffer;
    } else if (c < 0x20 || c == 0x7F) {
      std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(c));
      out += buffer;
    } else if ((c >= 0x80 && c <= 0x9F) || IsBidiControl(c) || c == 0x2028 || c == 0x2029) {
      std::snprintf(buffer, sizeof buffer, "<U+%04X>", static_cast<unsigned>(c));
      out += buffer;
    } else {
      out.append(text, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
  }
  return out;
}

int DisplayWidth(std::string_view utf8) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t length = static_cast<int32_t>(utf8.size());
  int width = 0;
  WidthCounter counter;
  for (int32_t i = 0; i < length;) {
    if (s[i] >= 0x20 && s[i] < 0x7F) {  // printable ASCII, most text: one column, no lookup
      counter.Plain(s[i]);
      ++width;
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    width += counter.Next(c);
  }
  return width;
}

namespace {

// Splits `word` so that its first part fits in `room` columns (at least one character).
std::size_t FitPrefix(std::string_view word, int room) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  int32_t length = static_cast<int32_t>(word.size());
  int width = 0;
  int32_t i = 0;
  WidthCounter counter;
  while (i < length) {
    int32_t next = i;
    UChar32 c;
    U8_NEXT(s, next, length, c);
    int w = counter.Next(c);
    if (width + w > room && i > 0) break;
    width += w;
    i = next;
  }
  return static_cast<std::size_t>(i);
}

}  // namespace

std::vector<std::vector<Piece>> WrapPieces(const std::vector<Piece>& pieces, int width) {
  if (width < 1) width = 1;
  std::vector<std::vector<Piece>> lines(1);
  int used = 0;
  auto put = [&](std::string_view text, Style style) {
    std::vector<Piece>& line = lines.back();
    if (!line.empty() && line.back().style == style) {
      line.back().text.append(text);
    } else {
      line.push_back({std::string(text), style});
    }
    used += DisplayWidth(text);
  };
  for (const Piece& piece : pieces) {
    std::string_view rest = piece.text;
    while (!rest.empty()) {
      std::size_t space = rest.find(' ');
      std::string_view word = rest.substr(0, space);
      bool has_space = space != std::string_view::npos;
      rest = has_space ? rest.substr(space + 1) : std::string_view();
      while (!word.empty()) {
        int w = DisplayWidth(word);
        if (used > 0 && used + w > width) {
          lines.emplace_back();
          used = 0;
        }
        if (w <= width - used) {
          put(word, piece.style);
          word = {};
        } else {
          std::size_t cut = FitPrefix(word, width - used);
          put(word.substr(0, cut), piece.style);
          word.remove_prefix(cut);
          lines.emplace_back();
          used = 0;
        }
      }
      if (has_space && used > 0 && used < width) put(" ", piece.style == Style::kPlain ? Style::kPlain : piece.style);
    }
  }
  // Drop trailing spaces so padding is exact.
  for (auto& line : lines) {
    while (!line.empty() && !line.back().text.empty() && line.back().text.back() == ' ') {
      line.back().text.pop_back();
      if (line.back().text.empty()) line.pop_back();
    }
  }
  return lines;
}

std::string PaintLine(const std::vector<Piece>& line, bool color, int pad_to) {
  std::string out;
  int used = 0;
  for (const Piece& piece : line) {
    if (piece.text.empty()) continue;
    if (color && piece.style != Style::kPlain) {
      out += Open(piece.style);
      out += piece.text;
      out += "\x1b[0m";
    } else {
      out += piece.text;
    }
    used += DisplayWidth(piece.text);
  }
  if (used < pad_to) out.append(static_cast<std::size_t>(pad_to - used), ' ');
  return out;
}

}  // namespace claimdiff
