// Render: picks the renderer for the requested format.
#include "claimdiff/render.h"

namespace claimdiff {

void Render(const Report& report, const RenderOptions& options, std::ostream& out) {
  if (options.format == Format::kJson) {
    RenderJson(report, options, out);
  } else {
    RenderText(report, options, out);
  }
}

}  // namespace claimdiff
