// Tests of the normalize stage: sentence and word segmentation, spans, normal forms, boilerplate.
#include <catch2/catch.hpp>

#include "claimdiff/normalize.h"
#include "normalize/word_pool.h"
#include "test_util.h"

using namespace claimdiff;
using claimdiff::testing::SegmentText;

namespace {

std::vector<std::string> Texts(const Segmentation& seg) {
  std::vector<std::string> out;
  for (const Sentence& s : seg.sentences) out.push_back(s.text);
  return out;
}

}  // namespace

TEST_CASE("segmenter keeps a clock time with a time zone inside its sentence", "[normalize]") {
  Segmentation seg = SegmentText(
      "Update, 2:42 p.m. PT: The US government announced Saturday afternoon that it stands by its claim. "
      "Officials said so.");
  CHECK(Texts(seg) ==
        std::vector<std::string>{"Update, 2:42 p.m. PT: The US government announced Saturday afternoon that it "
                                 "stands by its claim.",
                                 "Officials said so."});
}

TEST_CASE("segmenter does not end sentences at titles and initials", "[normalize]") {
  Segmentation seg = SegmentText("Gen. Smith met Mr. Jones and J. Edgar Hoover. They talked.");
  CHECK(Texts(seg) == std::vector<std::string>{"Gen. Smith met Mr. Jones and J. Edgar Hoover.", "They talked."});
}

TEST_CASE("segmenter makes headlines and short lines their own sentences", "[normalize]") {
  Segmentation seg = SegmentText("North Korea denies it hacked Sony\n\n3 min read\n\nThe country said no.\n");
  REQUIRE(seg.sentences.size() == 3);
  CHECK(seg.sentences[0].text == "North Korea denies it hacked Sony");
  CHECK(seg.sentences[1].boilerplate);
  CHECK(seg.sentences[2].paragraph == 2);
  CHECK(seg.boilerplate_count == 1);
}

TEST_CASE("segmenter joins hard-wrapped lines of one sentence", "[normalize]") {
  Segmentation seg = SegmentText(
      "The foreign ministry of the country threatened grave consequences if\n"
      "the United States did not agree to a joint investigation.\nShort line\nAnother.");
  REQUIRE(seg.sentences.size() == 3);
  CHECK(seg.sentences[0].text ==
        "The foreign ministry of the country threatened grave consequences if the United States did "
        "not agree to a joint investigation.");
  CHECK(seg.sentences[1].text == "Short line");
  CHECK(seg.sentences[1].line == 3);
}

TEST_CASE("segmenter keeps byte spans, line numbers and collapsed text", "[normalize]") {
  const std::string text = "First  one.\n\nSecond\tone is here.";
  Segmentation seg = SegmentText(text);
  REQUIRE(seg.sentences.size() == 2);
  const Sentence& second = seg.sentences[1];
  CHECK(text.substr(second.begin, second.end - second.begin) == "Second\tone is here.");
  CHECK(second.text == "Second one is here.");
  CHECK(second.line == 3);
  CHECK(seg.sentences[0].text == "First one.");
}

TEST_CASE("segmenter cuts an overlong sentence at word boundaries", "[normalize]") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "word ";
  Segmentation seg;
  NormalizeOptions options;
  options.max_sentence_bytes = 1000;
  REQUIRE(Segment(claimdiff::testing::MakeDocument(text), options, &seg).ok());
  CHECK(seg.sentences.size() >= 15);
  CHECK(seg.cut_sentences == seg.sentences.size() - 1);
  for (const Sentence& s : seg.sentences) {
    CHECK(s.end - s.begin <= 1000);
    CHECK(s.text.substr(0, 4) == "word");
  }
}

TEST_CASE("tokens carry normalized forms, stems and stop-word marks", "[normalize]") {
  Segmentation seg =
      SegmentText("North Korea\xE2\x80\x99s officials don\xE2\x80\x99t like investigations of 1,200 hackers.");
  REQUIRE(seg.sentences.size() == 1);
  const auto& tokens = seg.sentences[0].tokens;
  REQUIRE(tokens.size() == 9);
  CHECK(tokens[1].norm() == "korea's");
  CHECK(tokens[1].stem() == "korea");
  CHECK(tokens[1].capitalized);
  CHECK(tokens[3].norm() == "don't");
  CHECK_FALSE(tokens[3].stop());  // negation is never a stop word
  CHECK(tokens[5].stem() == "investig");
  CHECK(tokens[6].stop());
  CHECK(tokens[7].kind == TokenKind::kNumber);
  CHECK(tokens[7].norm() == "1,200");
}

TEST_CASE("tokens of one word share its forms; copies of a segmentation keep them", "[normalize]") {
  Segmentation copy;
  {
    Segmentation seg = SegmentText("Hackers hacked the hackers. The Hackers knew it.");
    copy = seg;  // the original goes out of scope: the copy's tokens must stay readable
  }
  REQUIRE(copy.sentences.size() == 2);
  const auto& first = copy.sentences[0].tokens;
  const auto& second = copy.sentences[1].tokens;
  REQUIRE(first.size() == 4);
  REQUIRE(second.size() == 4);
  CHECK(first[0].forms == first[3].forms);   // "Hackers", "hackers": one normal form
  CHECK(first[0].forms == second[1].forms);  // across sentences too
  CHECK(first[0].capitalized);
  CHECK_FALSE(first[3].capitalized);  // capitalization stays with the token
  auto stem_id = [](const Token& token) { return Pooled(*token.forms).stem_id; };
  CHECK((stem_id(first[0]) == stem_id(first[1])) == (first[0].stem() == first[1].stem()));
  CHECK(stem_id(first[0]) == stem_id(first[3]));
  CHECK(first[0].stem() == "hacker");
  CHECK(second[2].norm() == "knew");
  CHECK(second[2].lemma() == Stem("know"));  // WordNet's exception list undoes "knew"
  CHECK(second[2].stem() == "knew");
  CHECK(first[1].lemma() == first[1].stem());  // a regular form is its own base
}

TEST_CASE("hyphenated words are one token", "[normalize]") {
  Segmentation seg = SegmentText("Kim Jong-un ran a state-owned agency.");
  REQUIRE(seg.sentences.size() == 1);
  const auto& tokens = seg.sentences[0].tokens;
  REQUIRE(tokens.size() == 6);
  CHECK(tokens[1].norm() == "jong-un");
  CHECK(tokens[4].norm() == "state-owned");
  CHECK(tokens[5].norm() == "agency");
}

TEST_CASE("NormalizeText folds case, compatibility forms, quotes and dashes", "[normalize]") {
  CHECK(NormalizeText("\xE2\x80\x9C"
                      "Don\xE2\x80\x99t\xE2\x80\x9D") == "\"don't\"");
  CHECK(NormalizeText("A\xE2\x80\x94"
                      "B  \t C") == "a-b c");
  CHECK(NormalizeText("\xEF\xBC\xA6\xEF\xBC\xA2\xEF\xBC\xA9") == "fbi");  // fullwidth FBI
  CHECK(NormalizeText("Stra\xC3\x9F"
                      "e") == "strasse");
}

TEST_CASE("boilerplate lines are marked and news sentences are not", "[normalize]") {
  Segmentation seg = SegmentText(
      "Photo via Flickr\n\nThis story is over 5 years old.\n\nRead more here.\n\n"
      "Follow Jane Doe on Twitter: @jane\n\nThe photo was taken via a drone, officials said.\n");
  REQUIRE(seg.sentences.size() == 5);
  for (int i = 0; i < 4; ++i) CHECK(seg.sentences[i].boilerplate);
  CHECK_FALSE(seg.sentences[4].boilerplate);
}

TEST_CASE("empty and whitespace-only documents have no sentences", "[normalize]") {
  CHECK(SegmentText("").sentences.empty());
  CHECK(SegmentText(" \n\n\t \n").sentences.empty());
}

TEST_CASE("segmenter keeps dotted initialisms before a name inside the sentence", "[normalize]") {
  Segmentation seg = SegmentText(
      "The U.S. Justice Department denied it. A U.K. Foreign Office aide agreed. It happened in the U.S. "
      "The next day was calm.");
  CHECK(Texts(seg) == std::vector<std::string>{"The U.S. Justice Department denied it.",
                                               "A U.K. Foreign Office aide agreed.", "It happened in the U.S.",
                                               "The next day was calm."});
}

TEST_CASE("segmenter marks a dateline as no part of the claim", "[normalize]") {
  Segmentation seg = SegmentText(
      "LISBON, Portugal (AP) \xE2\x80\x94 A fire broke out.\n\nKYIV, Nov 10 (Reuters) - Officials said five died.\n\n"
      "(Meridian News) - Talks ended.\n\nNATO leaders met on Friday - and agreed.\n");
  REQUIRE(seg.sentences.size() == 4);
  CHECK(seg.sentences[0].dateline_tokens == 3);  // LISBON Portugal AP
  CHECK(seg.sentences[0].tokens[seg.sentences[0].dateline_tokens].norm() == "a");
  CHECK(seg.sentences[1].dateline_tokens == 4);  // KYIV Nov 10 Reuters
  CHECK(seg.sentences[2].dateline_tokens == 2);  // Meridian News
  CHECK(seg.sentences[3].dateline_tokens == 0);  // a dash inside a sentence about NATO is no dateline
}
