// VerbSynonyms (src/lexicon/related_words.h): the verbs that name one action, from WordNet.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "lexicon/related_words.h"

using namespace claimdiff;

namespace {

bool Has(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

TEST_CASE("verb synonyms are the members of the verb's commonest senses", "[lexicon]") {
  const WordNetDb& db = WordNetDb::Default();
  REQUIRE(db.loaded());
  const std::vector<std::string> shut = VerbSynonyms(db, "shutting");
  REQUIRE_FALSE(shut.empty());
  CHECK(shut.front() == "shut");  // its own base form first
  CHECK(Has(shut, "close"));
  CHECK(Has(VerbSynonyms(db, "discovered"), "find"));
  // No derived forms and no broader terms: those name other things.
  CHECK_FALSE(Has(shut, "closure"));
  CHECK_FALSE(Has(shut, "move"));
  // A verb of very many senses has no synonyms to offer, nor a word that is no verb.
  CHECK(VerbSynonyms(db, "take").empty());
  CHECK(VerbSynonyms(db, "yesterday").empty());
}
