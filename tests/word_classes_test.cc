// Tests of word classes: the detectors' word lists answered once per distinct word.
#include <catch2/catch.hpp>

#include <string>

#include "compare/pair.h"
#include "compare/word_classes.h"
#include "normalize/word_pool.h"
#include "test_util.h"

using namespace claimdiff;

namespace {

std::uint16_t ClassesOfWord(const std::string& word) {
  const Segmentation seg = testing::SegmentText(word + ".");
  REQUIRE(seg.sentences.size() == 1);
  REQUIRE(seg.sentences[0].tokens.size() == 1);
  return ClassesOf(*seg.sentences[0].tokens[0].forms);
}

// The classes from the lexicon's lists alone (many words also have a WordNet antonym).
std::uint16_t ListClasses(const std::string& word) { return ClassesOfWord(word) & ~kHasOpposite; }

}  // namespace

TEST_CASE("word classes come from the lexicon's lists and the antonym table", "[compare]") {
  CHECK(ListClasses("not") == kNegator);
  CHECK(ListClasses("Reportedly") == kStrongHedge);
  CHECK(ListClasses("might") == kWeakHedge);
  CHECK(ListClasses("Monday") == kWeekday);
  CHECK(ListClasses("December") == kMonth);
  CHECK(ListClasses("declined") == kImplicitNegator);
  CHECK(ListClasses("yet") == kNegationFiller);
  CHECK(ListClasses("officials") == kGenericSource);
  CHECK(ListClasses("confirmed") == (kCertaintyMarker | kAttributionVerb));
  CHECK((ClassesOfWord("denied") & kHasOpposite) != 0);  // by its lemma, "deny"
  CHECK((ClassesOfWord("guilty") & kHasOpposite) != 0);
  CHECK(ClassesOfWord("tree") == 0);
}

TEST_CASE("a document's class table holds every distinct word once, by its index", "[compare]") {
  const Segmentation seg = testing::SegmentText(testing::ReadFile(testing::Sample("sony-vice.txt")));
  REQUIRE(seg.words);
  const std::vector<std::uint16_t> table = ClassTable(*seg.words);
  REQUIRE(table.size() == seg.words->forms().size());
  std::size_t classified = 0;
  for (const Sentence& sentence : seg.sentences) {
    for (const Token& token : sentence.tokens) {
      REQUIRE(Pooled(*token.forms).index < table.size());
      REQUIRE(&seg.words->forms()[Pooled(*token.forms).index] == token.forms);
      CHECK(table[Pooled(*token.forms).index] == ClassesOf(*token.forms));
      classified += table[Pooled(*token.forms).index] != 0;
    }
  }
  CHECK(classified > 20);  // the article has negators, attribution verbs, hedges, dates
}

TEST_CASE("tokens answer the same with or without the class table", "[compare]") {
  const Document doc = testing::MakeDocument(testing::ReadFile(testing::Sample("sony-cnet.txt")));
  const Segmentation seg = testing::SegmentText(doc.text);
  const std::vector<std::uint16_t> table = ClassTable(*seg.words);
  SideView view{&doc.text, {}, {}};
  for (const Sentence& sentence : seg.sentences) view.sentences.push_back(&sentence);
  const PairTokens with = MakePairTokens(view, view, &table, &table);
  const PairTokens without = MakePairTokens(view, view);
  REQUIRE(with.a.tokens.size() > 100);
  for (std::size_t i = 0; i < with.a.tokens.size(); ++i) {
    for (std::uint16_t c = 1; c <= kHasOpposite; c <<= 1) {
      REQUIRE(with.a.Is(i, static_cast<WordClass>(c)) == without.a.Is(i, static_cast<WordClass>(c)));
    }
  }
}
