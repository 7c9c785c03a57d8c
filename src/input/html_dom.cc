// gumbo tree helpers.
#include "input/html_dom.h"

#include <cctype>

#include "input/paragraph_text.h"

namespace claimdiff {

HtmlTree::HtmlTree(std::string_view utf8)
    : output_(gumbo_parse_with_options(&kGumboDefaultOptions, utf8.data(), utf8.size())) {}

HtmlTree::~HtmlTree() { gumbo_destroy_output(&kGumboDefaultOptions, output_); }

bool IsElement(const GumboNode* node) {
  return node != nullptr && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

std::string TagName(const GumboNode* node) {
  if (!IsElement(node)) return "";
  const GumboElement& element = node->v.element;
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  GumboStringPiece piece = element.original_tag;
  gumbo_tag_from_original_text(&piece);
  std::string name(piece.data, piece.length);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

std::string_view Attr(const GumboNode* node, const char* name) {
  if (!IsElement(node)) return {};
  const GumboAttribute* attribute = gumbo_get_attribute(&node->v.element.attributes, name);
  return attribute == nullptr ? std::string_view{} : std::string_view(attribute->value);
}

bool HasAttr(const GumboNode* node, const char* name) {
  return IsElement(node) && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

const GumboVector* Children(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (IsElement(node)) return &node->v.element.children;
  return nullptr;
}

namespace {

void AppendText(const GumboNode* node, std::string* out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
    *out += node->v.text.text;
    return;
  }
  if (!IsElement(node)) return;
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_NOSCRIPT) {
    return;
  }
  if (tag == GUMBO_TAG_BR) *out += ' ';
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    AppendText(static_cast<const GumboNode*>(children.data[i]), out);
  }
}

}  // namespace

std::string TextOf(const GumboNode* node) {
  std::string text;
  AppendText(node, &text);
  return CollapseSpaces(text);
}

void ForEachElement(const GumboNode* node, const std::function<bool(const GumboNode*)>& visit) {
  if (IsElement(node) && !visit(node)) return;
  const GumboVector* children = Children(node);
  if (children == nullptr) return;
  for (unsigned i = 0; i < children->length; ++i) {
    ForEachElement(static_cast<const GumboNode*>(children->data[i]), visit);
  }
}

}  // namespace claimdiff
