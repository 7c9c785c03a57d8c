// The base form of an irregularly inflected English word ("knew" -> "know", "worse" -> "bad").
#ifndef CLAIMDIFF_NORMALIZE_BASE_FORMS_H_
#define CLAIMDIFF_NORMALIZE_BASE_FORMS_H_

#include <string_view>

namespace claimdiff {

// The base form from WordNet's verb and adjective exception lists, or the word itself when it
// has none (or the lists are missing). Thread-safe; the lists load on first use.
std::string_view BaseForm(std::string_view normalized_word);

}  // namespace claimdiff

#endif  // CLAIMDIFF_NORMALIZE_BASE_FORMS_H_
