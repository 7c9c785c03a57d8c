// Limits that keep the pipeline bounded on hostile input, checked through the library API.
#include <catch2/catch.hpp>

#include <string>

#include "claimdiff/claimdiff.h"
#include "test_util.h"

using namespace claimdiff;
using claimdiff::testing::MakeDocument;

namespace {

// A distinct word of letters only for each number ("wa", "wb" ...): words with digits do not
// count as shared plain words for alignment.
std::string LetterWord(int n) {
  std::string word = "w";
  do {
    word += static_cast<char>('a' + n % 26);
    n /= 26;
  } while (n > 0);
  return word;
}

}  // namespace

TEST_CASE("segmenter refuses a document with more sentences than the limit, naming it", "[hostile][normalize]") {
  NormalizeOptions options;
  options.max_sentences = 3;
  Segmentation seg;
  REQUIRE(Segment(MakeDocument("One. Two. Three.", "three.txt"), options, &seg).ok());
  CHECK(seg.sentences.size() == 3);
  Status status = Segment(MakeDocument("One. Two. Three. Four.", "four.txt"), options, &seg);
  REQUIRE_FALSE(status.ok());
  CHECK(status.code() == Status::Code::kTooLarge);
  CHECK(status.message() == "four.txt: 4 sentences, more than the limit of 3");
}

TEST_CASE("comparison reports the sentence limit of either side as its status", "[hostile][normalize]") {
  Options options;
  options.normalize.max_sentences = 2;
  Report report;
  Status status =
      CompareDocuments(MakeDocument("A b. C d.", "a.txt"), MakeDocument("A b. C d. E f.", "b.txt"), options, &report);
  CHECK(status.code() == Status::Code::kTooLarge);
  CHECK(status.message() == "b.txt: 3 sentences, more than the limit of 2");
}

TEST_CASE("a megabyte sentence is cut at the byte limit and every piece stays within it", "[hostile][normalize]") {
  std::string line;
  while (line.size() < (1u << 20)) line += "word" + std::to_string(line.size() % 977) + " ";
  NormalizeOptions options;
  options.max_sentence_bytes = 4096;
  Segmentation seg;
  REQUIRE(Segment(MakeDocument(line), options, &seg).ok());
  CHECK(seg.cut_sentences > 200);
  for (const Sentence& s : seg.sentences) CHECK(s.end - s.begin <= 4096);
}

TEST_CASE("a word diff over the token limit falls back to replaced-whole and the report says so",
          "[hostile][compare]") {
  std::string a, b;
  for (int i = 0; i < 3000; ++i) {
    a += LetterWord(i) + " ";
    b += (i == 1500 ? std::string("changed ") : LetterWord(i) + " ");
  }
  Options options;
  options.normalize.max_sentence_bytes = 1 << 20;  // keep the long line whole
  Report report = claimdiff::testing::CompareTexts(a, b, options);
  REQUIRE(report.findings.size() == 1);
  const Finding& f = report.findings[0];
  REQUIRE(f.diff.size() == 2);
  CHECK(f.diff[0].kind == DiffOp::Kind::kDelete);
  CHECK(f.diff[1].kind == DiffOp::Kind::kInsert);
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0].find("too long for a word diff") != std::string::npos);
}
