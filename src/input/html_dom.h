// Small questions asked of gumbo's parse tree by the HTML reader.
#ifndef CLAIMDIFF_INPUT_HTML_DOM_H_
#define CLAIMDIFF_INPUT_HTML_DOM_H_

#include <gumbo.h>

#include <functional>
#include <string>
#include <string_view>

namespace claimdiff {

// Owns one gumbo parse.
class HtmlTree {
 public:
  explicit HtmlTree(std::string_view utf8);
  ~HtmlTree();
  HtmlTree(const HtmlTree&) = delete;
  HtmlTree& operator=(const HtmlTree&) = delete;
  const GumboNode* root() const { return output_->root; }

 private:
  GumboOutput* output_;
};

bool IsElement(const GumboNode* node);
// Lower-case tag name, also for tags gumbo does not know ("amp-img").
std::string TagName(const GumboNode* node);
// The attribute's value, or "" when absent.
std::string_view Attr(const GumboNode* node, const char* name);
bool HasAttr(const GumboNode* node, const char* name);
// All text below `node`, whitespace collapsed (scripts, styles and templates left out).
std::string TextOf(const GumboNode* node);
// Calls `visit` on `node` and every element below it in document order; `visit` returns false
// to skip an element's children.
void ForEachElement(const GumboNode* node, const std::function<bool(const GumboNode*)>& visit);
// The children of an element (or document) node.
const GumboVector* Children(const GumboNode* node);

}  // namespace claimdiff

#endif  // CLAIMDIFF_INPUT_HTML_DOM_H_
