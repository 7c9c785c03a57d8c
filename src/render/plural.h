// Counts as the reports write them: "1 conflict", "3 conflicts".
#ifndef CLAIMDIFF_RENDER_PLURAL_H_
#define CLAIMDIFF_RENDER_PLURAL_H_

#include <cstddef>
#include <string>

namespace claimdiff {

// English nouns that take an "s" (every noun the reports count).
inline std::string Plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace claimdiff

#endif  // CLAIMDIFF_RENDER_PLURAL_H_
