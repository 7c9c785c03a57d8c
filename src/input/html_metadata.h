// What an HTML page says about itself: title, byline, outlet and publication date.
#ifndef CLAIMDIFF_INPUT_HTML_METADATA_H_
#define CLAIMDIFF_INPUT_HTML_METADATA_H_

#include <gumbo.h>

#include "claimdiff/document.h"

namespace claimdiff {

// Reads, first found wins: Open Graph and article: <meta> properties, JSON-LD (Article,
// NewsArticle, BlogPosting ..., also inside @graph), <meta name=author/date ...>, microdata
// (itemprop), <time datetime>, rel=author links and byline elements, then <title> and <h1>.
// The date is ISO "YYYY-MM-DD". `url` is left as it is.
void ReadHtmlMetadata(const GumboNode* root, DocumentMetadata* out);

}  // namespace claimdiff

#endif  // CLAIMDIFF_INPUT_HTML_METADATA_H_
