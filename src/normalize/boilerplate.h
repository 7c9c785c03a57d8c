// Recognizes lines that carry no claim: reading times, photo credits, "Read more here." teasers.
#ifndef CLAIMDIFF_NORMALIZE_BOILERPLATE_H_
#define CLAIMDIFF_NORMALIZE_BOILERPLATE_H_

#include <string_view>

namespace claimdiff {

// `normalized_line` is one whole source line after NormalizeText.
bool IsBoilerplateLine(std::string_view normalized_line);

}  // namespace claimdiff

#endif  // CLAIMDIFF_NORMALIZE_BOILERPLATE_H_
