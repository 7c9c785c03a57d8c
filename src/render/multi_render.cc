// RenderMulti: picks the multi-source renderer for the requested format.
#include "claimdiff/multi.h"

namespace claimdiff {

void RenderMulti(const MultiReport& report, const RenderOptions& options, std::ostream& out) {
  switch (options.format) {
    case Format::kText:
      RenderMultiText(report, options, out);
      return;
    case Format::kJson:
      RenderMultiJson(report, options, out);
      return;
    case Format::kHtml:
      RenderMultiHtml(report, options, out);
      return;
  }
}

}  // namespace claimdiff
