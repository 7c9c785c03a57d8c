// The detectors' word lists, kept in one place so they are reviewed together.
#include "compare/lexicon.h"

#include <initializer_list>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"

namespace claimdiff {
namespace {

// A fixed word list. Asked once per distinct word of a document (see ClassTable), so a plain
// hash set is as fast as anything in front of it.
class WordList {
 public:
  WordList(std::initializer_list<std::string_view> words) : words_(words) {}
  bool Contains(std::string_view word) const { return words_.contains(word); }

 private:
  absl::flat_hash_set<std::string_view> words_;
};

}  // namespace

bool IsPossessive(std::string_view norm) { return norm.size() > 2 && norm.substr(norm.size() - 2) == "'s"; }

std::string_view WeekdayName(std::string_view word) {
  static const WordList words = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  // "Sunday's election" names the day as "on Sunday" does.
  if (IsPossessive(word)) word.remove_suffix(2);
  return words.Contains(word) ? word : std::string_view();
}

bool IsWeekday(std::string_view word) { return !WeekdayName(word).empty(); }

int MonthNumber(std::string_view word) {
  static const absl::flat_hash_map<std::string_view, int> months = {
      {"january", 1}, {"february", 2}, {"march", 3},     {"april", 4},    {"may", 5},       {"june", 6},
      {"july", 7},    {"august", 8},   {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
      {"jan", 1},     {"feb", 2},      {"mar", 3},       {"apr", 4},      {"jun", 6},       {"jul", 7},
      {"aug", 8},     {"sep", 9},      {"sept", 9},      {"oct", 10},     {"nov", 11},      {"dec", 12}};
  auto found = months.find(word);
  return found == months.end() ? 0 : found->second;
}

bool IsNegator(std::string_view word) {
  static const WordList words = {"no",      "not", "never",   "none",   "nothing", "nobody", "nowhere",
                                 "neither", "nor", "without", "cannot", "no-one",  "noone"};
  if (words.Contains(word)) return true;
  return word.size() > 3 && word.substr(word.size() - 3) == "n't";
}

bool IsStrongHedge(std::string_view word) {
  static const WordList words = {"reportedly", "allegedly", "alleged",  "purportedly", "supposedly", "unconfirmed",
                                 "suspected",  "rumored",   "rumoured", "unverified",  "claimed"};
  return words.Contains(word);
}

bool IsWeakHedge(std::string_view word) {
  static const WordList words = {"may",        "might",     "could", "possibly", "perhaps",  "probably", "likely",
                                 "apparently", "seemingly", "seems", "appears",  "believed", "expected", "maybe"};
  return words.Contains(word);
}

bool IsCertaintyMarker(std::string_view word) {
  static const WordList words = {"confirmed", "confirms", "confirm", "definitely",  "certainly",   "officially", "will",
                                 "proved",    "proven",   "proves",  "established", "undoubtedly", "verified"};
  return words.Contains(word);
}

bool IsAttributionVerb(std::string_view word) {
  static const WordList words = {
      "said",         "says",      "say",      "told",      "tells",    "reported",  "reports",  "report",
      "announced",    "announces", "stated",   "states",    "wrote",    "writes",    "added",    "claimed",
      "claims",       "insisted",  "insists",  "confirmed", "tweeted",  "posted",    "quoted",   "acknowledged",
      "acknowledges", "admitted",  "admits",   "warned",    "warns",    "explained", "explains", "argued",
      "argues",       "disclosed", "revealed", "testified", "predicted"};
  return words.Contains(word);
}

bool IsGenericSource(std::string_view word) {
  static const WordList words = {
      "officials",   "official",     "police",    "authorities", "sources", "source",    "experts",
      "analysts",    "witnesses",    "residents", "people",      "critics", "observers", "spokesman",
      "spokeswoman", "spokesperson", "he",        "she",         "they",    "it",        "we",
      "i",           "the",          "a",         "an",          "this",    "that"};
  return words.Contains(word);
}

const std::vector<std::pair<std::string_view, std::string_view>>& NewsAntonymWords() {
  static const std::vector<std::pair<std::string_view, std::string_view>> pairs = {
      {"deny", "confirm"},      {"deny", "admit"},      {"reject", "accept"},   {"reject", "approve"},
      {"increase", "decrease"}, {"rise", "fall"},       {"win", "lose"},        {"guilty", "innocent"},
      {"acquit", "convict"},    {"alive", "dead"},      {"open", "close"},      {"open", "shut"},
      {"support", "oppose"},    {"allow", "ban"},       {"allow", "forbid"},    {"legal", "illegal"},
      {"agree", "disagree"},    {"succeed", "fail"},    {"success", "failure"}, {"true", "false"},
      {"confirm", "refute"},    {"uphold", "overturn"}, {"grant", "deny"},      {"gain", "lose"},
      {"surge", "plunge"},      {"resume", "suspend"},  {"lift", "impose"},     {"arrive", "depart"},
      {"release", "detain"},    {"accept", "decline"},  {"safe", "dangerous"},  {"start", "end"},
      {"higher", "lower"},      {"raise", "lower"},     {"profit", "loss"},     {"victory", "defeat"},
      {"include", "exclude"},   {"genuine", "fake"},    {"authentic", "fake"},  {"strong", "weak"},
      {"expand", "shrink"},     {"hire", "fire"},       {"approve", "veto"},    {"guilty", "acquitted"}};
  return pairs;
}

bool IsImplicitNegator(std::string_view word) {
  static const WordList words = {"declined", "declines", "decline", "refused", "refuses", "refuse",
                                 "failed",   "fails",    "fail",    "unable",  "ceased",  "stopped"};
  return words.Contains(word);
}

bool IsNegationFiller(std::string_view word) {
  static const WordList words = {"yet",      "even",        "ever",        "always",   "really",
                                 "still",    "necessarily", "immediately", "actually", "fully",
                                 "directly", "officially",  "publicly",    "formally"};
  return words.Contains(word);
}

}  // namespace claimdiff
