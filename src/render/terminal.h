// Terminal helpers for the text renderer: display width of UTF-8 text and line wrapping.
#ifndef CLAIMDIFF_RENDER_TERMINAL_H_
#define CLAIMDIFF_RENDER_TERMINAL_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimdiff {

// Columns the text occupies in a terminal: East Asian wide/fullwidth = 2, combining marks = 0.
int DisplayWidth(std::string_view utf8);

// kConflictWord: the words a conflict is about, inside a changed run.
enum class Style { kPlain, kDeleted, kInserted, kDim, kBold, kConflict, kConflictWord };

struct Piece {
  std::string text;  // already escaped for the terminal
  Style style = Style::kPlain;
};

// Wraps styled pieces into lines of at most `width` columns, breaking at spaces (or inside a
// word longer than a line). Each line is a list of pieces.
std::vector<std::vector<Piece>> WrapPieces(const std::vector<Piece>& pieces, int width);

// Writes pieces, with ANSI colour when `color`, padding with spaces to `pad_to` columns.
std::string PaintLine(const std::vector<Piece>& line, bool color, int pad_to);

}  // namespace claimdiff

#endif  // CLAIMDIFF_RENDER_TERMINAL_H_
