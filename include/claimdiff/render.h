// Render: turn a Report into text (side by side), JSON or HTML; renderers only read the report.
#ifndef CLAIMDIFF_RENDER_H_
#define CLAIMDIFF_RENDER_H_

#include <ostream>
#include <string>

#include "claimdiff/report.h"

namespace claimdiff {

enum class Format { kText, kJson, kHtml };

struct RenderOptions {
  Format format = Format::kText;
  // Total width of the text report in terminal columns. Default: 100; minimum 40.
  int width = 100;
  // ANSI colour in the text report. Default: false (the CLI decides from --color, NO_COLOR, tty).
  bool color = false;
};

// Writes the report in the chosen format to `out`.
void Render(const Report& report, const RenderOptions& options, std::ostream& out);

void RenderText(const Report& report, const RenderOptions& options, std::ostream& out);
void RenderJson(const Report& report, const RenderOptions& options, std::ostream& out);
void RenderHtml(const Report& report, const RenderOptions& options, std::ostream& out);

// Makes the controls in untrusted text visible, for a terminal, an HTML page or an error message:
// C0/C1 controls, DEL, ANSI escapes and bidi controls become escapes ("\x1b", "<U+202E>");
// everything else is kept.
std::string ShowControls(const std::string& text);

}  // namespace claimdiff

#endif  // CLAIMDIFF_RENDER_H_
