// Numbers as written in news: numerals with separators and scales, and number words.
#ifndef CLAIMDIFF_LEXICON_NUMBER_WORDS_H_
#define CLAIMDIFF_LEXICON_NUMBER_WORDS_H_

#include <optional>
#include <string>
#include <string_view>

namespace claimdiff {

// The value of a normalized numeral: "12,500" -> 12500, "4.2" -> 4.2, "4.2bn" -> 4.2e9,
// "$3m" -> 3e6 ("$" and other leading currency signs are ignored); nullopt for anything else.
std::optional<double> NumeralValue(std::string_view norm);

// The value of a number word: "eight" -> 8, "twenty-one" -> 21, "dozen" -> 12; nullopt otherwise.
std::optional<double> NumberWordValue(std::string_view norm);

// The value of an ordinal word: "first" -> 1, "fourth" -> 4, "twentieth" -> 20, "twenty-first"
// -> 21; nullopt otherwise.
std::optional<double> OrdinalValue(std::string_view norm);

// The factor of a scale word: "billion"/"bn" -> 1e9, "million"/"mn" -> 1e6, "thousand" -> 1e3,
// "hundred" -> 100, "trillion" -> 1e12; nullopt otherwise.
std::optional<double> ScaleWordValue(std::string_view norm);

// A short stable spelling of a value, the same for equal values: 4200000000 -> "4.2e+09".
std::string ValueKey(double value);

}  // namespace claimdiff

#endif  // CLAIMDIFF_LEXICON_NUMBER_WORDS_H_
