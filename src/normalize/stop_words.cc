// IsStopWord: English function words (the Snowball stop list without its negators).
#include <string>
#include <string_view>
#include <unordered_set>

#include "claimdiff/normalize.h"

namespace claimdiff {
namespace {

// The Snowball project's English stop word list (snowballstem.org/algorithms/english/stop.txt),
// minus "no", "nor", "not" and the n't contractions: negation is a claim, not a function word.
// libstemmer ships no stop lists, so the list lives here.
const std::unordered_set<std::string_view>& StopWords() {
  static const std::unordered_set<std::string_view> words = {
      "i",       "me",        "my",         "myself",   "we",         "us",      "our",    "ours",    "ourselves",
      "you",     "your",      "yours",      "yourself", "yourselves", "he",      "him",    "his",     "himself",
      "she",     "her",       "hers",       "herself",  "it",         "its",     "itself", "they",    "them",
      "their",   "theirs",    "themselves", "what",     "which",      "who",     "whom",   "this",    "that",
      "these",   "those",     "am",         "is",       "are",        "was",     "were",   "be",      "been",
      "being",   "have",      "has",        "had",      "having",     "do",      "does",   "did",     "doing",
      "would",   "should",    "could",      "ought",    "i'm",        "you're",  "he's",   "she's",   "it's",
      "we're",   "they're",   "i've",       "you've",   "we've",      "they've", "i'd",    "you'd",   "he'd",
      "she'd",   "we'd",      "they'd",     "i'll",     "you'll",     "he'll",   "she'll", "we'll",   "they'll",
      "let's",   "that's",    "who's",      "what's",   "here's",     "there's", "when's", "where's", "why's",
      "how's",   "a",         "an",         "the",      "and",        "but",     "if",     "or",      "because",
      "as",      "until",     "while",      "of",       "at",         "by",      "for",    "with",    "about",
      "against", "between",   "into",       "through",  "during",     "before",  "after",  "above",   "below",
      "to",      "from",      "up",         "down",     "in",         "out",     "on",     "off",     "over",
      "under",   "again",     "further",    "then",     "once",       "here",    "there",  "when",    "where",
      "why",     "how",       "all",        "any",      "both",       "each",    "few",    "more",    "most",
      "other",   "some",      "such",       "only",     "own",        "same",    "so",     "than",    "too",
      "very",    "s",         "t",          "can",      "will",       "just",    "also",   "said",    "says",
      "say",     "according", "one",        "like",     "mr",         "ms",      "mrs"};
  return words;
}

}  // namespace

bool IsStopWord(std::string_view normalized_word) { return StopWords().count(normalized_word) != 0; }

}  // namespace claimdiff
