// Text renderer: summary, conflicts first, then the two documents side by side.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "claimdiff/render.h"
#include "render/blocks.h"
#include "render/conflict_words.h"
#include "render/plural.h"
#include "render/terminal.h"

namespace claimdiff {
namespace {

constexpr int kMinWidth = 40;

// Without colour, changed words carry wdiff-style markers so the change is still visible.
// The space after the words stays outside the markers. In colour, the words a conflict is
// about (`conflict_words`, may be null) stand out of the run.
void AddChanged(const std::string& text, Style style, bool color, const std::vector<std::string>* conflict_words,
                std::vector<Piece>* pieces) {
  std::string words = ShowControls(text);
  bool trailing_space = !words.empty() && words.back() == ' ';
  if (trailing_space) words.pop_back();
  if (color && conflict_words != nullptr) {
    for (const RunPart& part : SplitConflictWords(words, *conflict_words)) {
      pieces->push_back({part.text, part.conflict ? Style::kConflictWord : style});
    }
  } else if (color) {
    pieces->push_back({words, style});
  } else {
    pieces->push_back({style == Style::kDeleted ? "[-" + words + "-]" : "{+" + words + "+}", Style::kPlain});
  }
  if (trailing_space) pieces->push_back({" ", Style::kPlain});
}

// One side of a finding as styled pieces: from the diff for aligned findings, plain otherwise.
// `conflict_words`, when given, are marked where they stand in the changed runs.
std::vector<Piece> SidePieces(const Report& report, const Finding& f, bool side_a, bool color,
                              const std::vector<std::string>* conflict_words = nullptr) {
  std::vector<Piece> pieces;
  auto add_space = [&] {
    if (!pieces.empty()) pieces.push_back({" ", Style::kPlain});
  };
  if (!f.diff.empty()) {
    // The runs carry their own spacing: concatenated they are the sentence.
    for (const DiffOp& op : f.diff) {
      if (op.kind == DiffOp::Kind::kEqual) {
        pieces.push_back({ShowControls(side_a ? op.text : op.text_b), Style::kPlain});
      } else if ((op.kind == DiffOp::Kind::kDelete) == side_a) {
        AddChanged(op.text, side_a ? Style::kDeleted : Style::kInserted, color, conflict_words, &pieces);
      }
    }
    return pieces;
  }
  const SideInfo& side = side_a ? report.a : report.b;
  for (std::size_t i : side_a ? f.a : f.b) {
    add_space();
    pieces.push_back({ShowControls(side.sentences[i].text), Style::kPlain});
  }
  return pieces;
}

// The line (text) or paragraph and page (web pages, PDF, DOCX) of a finding's first sentence.
std::string LineNumbers(const SideInfo& side, const std::vector<std::size_t>& indices) {
  if (indices.empty()) return "";
  return SentencePosition(side, side.sentences[indices.front()]);
}

// Columns a position takes on screen ("¶" is two bytes, one column).
std::size_t Columns(const std::string& text) {
  std::size_t columns = 0;
  for (char c : text) columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return columns;
}

std::string PadLeft(const std::string& text, std::size_t columns) {
  std::size_t have = Columns(text);
  return (have < columns ? std::string(columns - have, ' ') : std::string()) + text;
}

// The widest position of either side, at least 4 columns (line numbers up to 9999).
std::size_t PositionColumns(const Report& report) {
  std::size_t widest = 4;
  for (const SideInfo* side : {&report.a, &report.b}) {
    if (side->kind == InputKind::kText || side->sentences.empty()) continue;
    widest = std::max(widest, Columns(SentencePosition(*side, side->sentences.back())));
  }
  return widest;
}

char Marker(const Finding& f) {
  switch (f.kind) {
    case FindingKind::kShared:
      return f.moved ? '~' : '=';
    case FindingKind::kConflict:
      return '!';
    case FindingKind::kOnlyA:
      return '<';
    case FindingKind::kOnlyB:
      return '>';
  }
  return ' ';
}

std::string Paint(const std::string& text, Style style, bool color) { return PaintLine({{text, style}}, color, 0); }

void RenderHeader(const Report& report, const RenderOptions& options, std::ostream& out) {
  const bool color = options.color;
  out << Paint("claimdiff", Style::kBold, color) << "  A: " << ShowControls(report.a.label) << " ("
      << Plural(report.a.sentences.size(), "sentence") << ")  B: " << ShowControls(report.b.label) << " ("
      << Plural(report.b.sentences.size(), "sentence") << ")\n";
  for (const SideInfo* side : {&report.a, &report.b}) {
    std::string description = SourceDescription(*side);
    if (description.empty()) continue;
    out << (side == &report.a ? "A: " : "B: ") << ShowControls(description) << "\n";
  }
  const Summary& s = report.summary;
  out << Paint(Plural(s.conflict, "conflict"), s.conflict ? Style::kConflict : Style::kPlain, color) << " · "
      << s.shared << " shared · " << s.only_a << " only in A · " << s.only_b << " only in B";
  if (s.moved) out << " · " << s.moved << " moved";
  out << "\n";
  for (const std::string& warning : report.warnings) {
    out << Paint("warning: " + ShowControls(warning), Style::kDim, color) << "\n";
  }
}

void RenderConflicts(const Report& report, const RenderOptions& options, std::ostream& out) {
  if (report.summary.conflict == 0) return;
  const bool color = options.color;
  const int width = std::max(options.width, kMinWidth);
  out << "\n" << Paint("Conflicts", Style::kBold, color) << "\n";
  for (const Finding& f : report.findings) {
    if (f.kind != FindingKind::kConflict) continue;
    for (const Reason& r : f.reasons) {
      out << Paint("! " + r.type(), Style::kConflict, color) << ": \"" << ShowControls(r.a) << "\" vs \""
          << ShowControls(r.b) << "\"\n";
    }
    for (const Reason& r : f.notes) {
      out << Paint("  ~ " + r.type(), Style::kDim, color) << ": \"" << ShowControls(r.a) << "\" vs \""
          << ShowControls(r.b) << "\"\n";
    }
    for (bool side_a : {true, false}) {
      std::string label =
          std::string(side_a ? "  A " : "  B ") + LineNumbers(side_a ? report.a : report.b, side_a ? f.a : f.b);
      label += std::string(Columns(label) < 9 ? 9 - Columns(label) : 1, ' ');
      const int text_width = width - static_cast<int>(Columns(label));
      const std::vector<std::string> conflict_words = ConflictWords(f, side_a);
      bool first = true;
      for (const auto& line : WrapPieces(SidePieces(report, f, side_a, color, &conflict_words), text_width)) {
        out << (first ? label : std::string(Columns(label), ' ')) << PaintLine(line, color, 0) << "\n";
        first = false;
      }
    }
    out << "\n";
  }
}

// One wrapped entry of the Figures or Notes list: a marker, a name, both sides' words and where
// they stand.
void ListEntry(const std::string& marker, Style marker_style, const std::string& name, const std::string& a,
               const std::string& b, const std::string& where, bool color, int width, std::ostream& out) {
  std::vector<Piece> pieces = {{marker + " " + ShowControls(name) + ":", marker_style},
                               {" \"" + ShowControls(a) + "\" vs \"" + ShowControls(b) + "\" " + where, Style::kPlain}};
  bool first = true;
  for (const auto& line : WrapPieces(pieces, width - 2)) {
    out << (first ? "" : "    ") << PaintLine(line, color, 0) << "\n";
    first = false;
  }
}

void RenderFigures(const Report& report, const RenderOptions& options, std::ostream& out) {
  if (report.figures.empty()) return;
  const bool color = options.color;
  const int width = std::max(options.width, kMinWidth);
  out << "\n" << Paint("Figures", Style::kBold, color) << "  (= both can be right  ! they differ)\n";
  for (const FigureRow& row : report.figures) {
    const std::string where = "(A " + SentencePosition(report.a, report.a.sentences[row.a]) + ", B " +
                              SentencePosition(report.b, report.b.sentences[row.b]) + ")";
    ListEntry(row.agree ? "=" : "!", row.agree ? Style::kDim : Style::kConflict, row.measure, row.a_value, row.b_value,
              ShowControls(where), color, width, out);
  }
}

// Softer differences inside claims both reports make (a hedge, a quote's wording): not
// conflicts, but a reader should see them. Conflicts show theirs in their cards.
void RenderNotes(const Report& report, const RenderOptions& options, std::ostream& out) {
  const bool color = options.color;
  const int width = std::max(options.width, kMinWidth);
  bool any = false;
  for (const Finding& f : report.findings) {
    if (f.kind != FindingKind::kShared || f.notes.empty()) continue;
    if (!any) out << "\n" << Paint("Notes", Style::kBold, color) << "  (differences that leave a claim shared)\n";
    any = true;
    const std::string where = "(A " + LineNumbers(report.a, f.a) + ", B " + LineNumbers(report.b, f.b) + ")";
    for (const Reason& r : f.notes)
      ListEntry("~", Style::kDim, r.type(), r.a, r.b, ShowControls(where), color, width, out);
  }
}

// The side-by-side lines of one finding.
void SideBySideRows(const Report& report, const Finding& f, bool color, int column, std::size_t position_columns,
                    std::string* out) {
  auto left =
      f.a.empty() ? std::vector<std::vector<Piece>>{{}} : WrapPieces(SidePieces(report, f, true, color), column);
  auto right =
      f.b.empty() ? std::vector<std::vector<Piece>>{{}} : WrapPieces(SidePieces(report, f, false, color), column);
  std::size_t rows = std::max(left.size(), right.size());
  const char marker = Marker(f);
  for (std::size_t r = 0; r < rows; ++r) {
    const std::string blank(position_columns + 1, ' ');
    const std::string numbers[2] = {r == 0 ? PadLeft(LineNumbers(report.a, f.a), position_columns) + ' ' : blank,
                                    r == 0 ? PadLeft(LineNumbers(report.b, f.b), position_columns) + ' ' : blank};
    std::string mark(1, r == 0 ? marker : (marker == '<' || marker == '>' ? marker : '|'));
    Style mark_style = f.kind == FindingKind::kConflict ? Style::kConflict : Style::kDim;
    std::string line = numbers[0] + PaintLine(r < left.size() ? left[r] : std::vector<Piece>{}, color, column) + ' ' +
                       Paint(mark, mark_style, color) + ' ' + numbers[1] +
                       PaintLine(r < right.size() ? right[r] : std::vector<Piece>{}, color, 0);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    *out += line;
    *out += '\n';
  }
}

void RenderSideBySide(const Report& report, const RenderOptions& options, std::ostream& out) {
  const bool color = options.color;
  const int width = std::max(options.width, kMinWidth);
  const std::size_t position_columns = PositionColumns(report);
  const int number_width = static_cast<int>(position_columns) + 1;
  const int column = (width - 3 - 2 * number_width) / 2;  // "nnnn A-text | m B-text"
  out << "\n"
      << Paint("Side by side", Style::kBold, color) << "  (= shared  ! conflict  ~ moved  < only A  > only B)\n";
  RenderInBlocks(report.findings.size(), out, [&](std::size_t begin, std::size_t end, std::string* text) {
    for (std::size_t k = begin; k < end; ++k)
      SideBySideRows(report, report.findings[k], color, column, position_columns, text);
  });
}

}  // namespace

void RenderText(const Report& report, const RenderOptions& options, std::ostream& out) {
  RenderHeader(report, options, out);
  RenderConflicts(report, options, out);
  RenderFigures(report, options, out);
  RenderNotes(report, options, out);
  RenderSideBySide(report, options, out);
}

}  // namespace claimdiff
