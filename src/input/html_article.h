// Finds the article in an HTML page: headline, standfirst and body paragraphs, in order.
#ifndef CLAIMDIFF_INPUT_HTML_ARTICLE_H_
#define CLAIMDIFF_INPUT_HTML_ARTICLE_H_

#include <gumbo.h>

#include <string>
#include <vector>

namespace claimdiff {

// The article's paragraphs: the headline (the page's main <h1>, else `fallback_title`), the
// standfirst, then the body's paragraphs, headings, quotes and list items in document order.
// Left out: navigation, menus, headers and footers, scripts and styles, ads, share buttons,
// "read more" links, related stories, comments, cookie banners, figures, captions and photo
// credits, bylines and datelines, hidden elements. The body is the element whose paragraphs
// carry the most prose (scored as Readability does), with the siblings that continue it.
std::vector<std::string> ExtractArticle(const GumboNode* root, const std::string& fallback_title);

}  // namespace claimdiff

#endif  // CLAIMDIFF_INPUT_HTML_ARTICLE_H_
