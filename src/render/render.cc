// Render: picks the renderer for the requested format.
#include "claimdiff/render.h"

namespace claimdiff {

void Render(const Report& report, const RenderOptions& options, std::ostream& out) {
  switch (options.format) {
    case Format::kText:
      RenderText(report, options, out);
      return;
    case Format::kJson:
      RenderJson(report, options, out);
      return;
    case Format::kHtml:
      RenderHtml(report, options, out);
      return;
  }
}

}  // namespace claimdiff
