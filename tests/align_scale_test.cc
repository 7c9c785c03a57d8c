// The aligner on book-length inputs: reworded translations, swapped halves, a formula repeated in
// every chapter, split sentences, and the same result on any number of threads.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "claimdiff/align.h"
#include "test_util.h"

using namespace claimdiff;
using claimdiff::testing::SegmentText;

namespace {

// A seeded generator, so that every run builds the same book.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::size_t Below(std::size_t n) {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>(state_ >> 33) % n;
  }

 private:
  std::uint64_t state_;
};

// Made-up words of two or three syllables: a vocabulary of about two thousand.
std::string Word(std::size_t n) {
  static const char* kSyllables[] = {"ka", "lo", "mi", "ren", "tas", "vo", "pel", "dor", "sin", "ru", "bam", "gel"};
  std::string word = std::string(kSyllables[n % 12]) + kSyllables[(n / 12) % 12];
  if (n >= 144) word += kSyllables[(n / 144) % 12];
  return word;
}

using Words = std::vector<std::string>;  // one sentence
using Chapter = std::vector<Words>;

std::vector<Chapter> MakeBook(std::size_t chapters, std::size_t sentences_per_chapter, std::uint64_t seed) {
  Random random(seed);
  std::vector<Chapter> book(chapters);
  for (Chapter& chapter : book) {
    for (std::size_t s = 0; s < sentences_per_chapter; ++s) {
      Words sentence;
      std::size_t length = 9 + random.Below(6);
      // Rare words drawn from a wide range, as names and nouns are in a real book.
      for (std::size_t w = 0; w < length; ++w) sentence.push_back(Word(random.Below(1700)));
      chapter.push_back(sentence);
    }
  }
  return book;
}

// Another translation: about one word in six replaced by another.
std::vector<Chapter> Reword(std::vector<Chapter> book, std::uint64_t seed) {
  Random random(seed);
  for (Chapter& chapter : book) {
    for (Words& sentence : chapter) {
      for (std::string& word : sentence) {
        if (random.Below(6) == 0) word = Word(1700 + random.Below(300));
      }
    }
  }
  return book;
}

std::string Text(const Words& sentence) {
  std::string out;
  for (const std::string& word : sentence) out += (out.empty() ? "" : " ") + word;
  out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out + ".";
}

// One paragraph per chapter, as the benchmark's Bible texts are laid out.
std::string Render(const std::vector<Chapter>& book) {
  std::string out;
  for (const Chapter& chapter : book) {
    for (const Words& sentence : chapter) out += Text(sentence) + " ";
    out += "\n\n";
  }
  return out;
}

struct Quality {
  double aligned_a = 0;     // share of A sentences aligned
  double same_chapter = 0;  // share of aligned pairs whose chapters match
};

// `chapter_of_b` maps a B paragraph to the A chapter it was made from.
template <typename ChapterOfB>
Quality Score(const Segmentation& a, const Segmentation& b, const Alignment& alignment, ChapterOfB chapter_of_b) {
  std::size_t aligned = 0, pairs = 0, same = 0;
  for (const AlignedGroup& g : alignment.groups) {
    aligned += g.a.size();
    for (std::size_t i : g.a) {
      for (std::size_t j : g.b) {
        ++pairs;
        same += a.sentences[i].paragraph == chapter_of_b(b.sentences[j].paragraph);
      }
    }
  }
  return {static_cast<double>(aligned) / static_cast<double>(a.sentences.size()),
          pairs ? static_cast<double>(same) / static_cast<double>(pairs) : 0};
}

}  // namespace

TEST_CASE("scalable aligner pairs a reworded book chapter by chapter", "[align][scale]") {
  std::vector<Chapter> book = MakeBook(150, 12, 1);
  Segmentation a = SegmentText(Render(book));
  Segmentation b = SegmentText(Render(Reword(book, 2)));
  REQUIRE(a.sentences.size() == 1800);
  Alignment alignment = Align(a, b, {});
  Quality q = Score(a, b, alignment, [](std::size_t p) { return p; });
  CHECK(q.aligned_a > 0.99);
  CHECK(q.same_chapter > 0.99);
  CHECK(alignment.unmatched_b.size() < 20);
}

// The two halves of `book`, second first.
std::vector<Chapter> SwapHalves(const std::vector<Chapter>& book) {
  std::vector<Chapter> swapped(book.begin() + static_cast<long>(book.size() / 2), book.end());
  swapped.insert(swapped.end(), book.begin(), book.begin() + static_cast<long>(book.size() / 2));
  return swapped;
}

TEST_CASE("scalable aligner shares every sentence of a book with its halves swapped", "[align][scale]") {
  std::vector<Chapter> book = MakeBook(150, 12, 3);
  Segmentation a = SegmentText(Render(book));
  Segmentation b = SegmentText(Render(SwapHalves(book)));
  Alignment alignment = Align(a, b, {});
  Quality q = Score(a, b, alignment, [](std::size_t p) { return (p + 75) % 150; });
  CHECK(q.aligned_a == 1.0);
  CHECK(q.same_chapter == 1.0);
  CHECK(alignment.unmatched_a.empty());
  CHECK(alignment.unmatched_b.empty());
  std::size_t moved = 0;
  for (const AlignedGroup& g : alignment.groups) moved += g.moved;
  CHECK(moved == alignment.groups.size() / 2);  // one half, and only that half, is out of order
}

TEST_CASE("scalable aligner finds a reworded book's swapped halves as moves, not deletions", "[align][scale]") {
  std::vector<Chapter> book = MakeBook(150, 12, 3);
  Segmentation a = SegmentText(Render(book));
  Segmentation b = SegmentText(Render(SwapHalves(Reword(book, 4))));
  Alignment alignment = Align(a, b, {});
  Quality q = Score(a, b, alignment, [](std::size_t p) { return (p + 75) % 150; });
  // Far from where the order predicts, only clearly similar sentences pair: the most reworded
  // few stay unmatched rather than risk a wrong pair.
  CHECK(q.aligned_a > 0.97);
  CHECK(q.same_chapter > 0.99);
  std::size_t moved = 0;
  for (const AlignedGroup& g : alignment.groups) moved += g.moved;
  // One half is out of order relative to the other: about half the groups are marked moved.
  CHECK(moved > alignment.groups.size() / 3);
  CHECK(moved < alignment.groups.size() * 2 / 3);
}

TEST_CASE("scalable aligner keeps a formula repeated in every chapter within its chapter", "[align][scale]") {
  // Every chapter says "And the king spoke unto the people of the land", which B words differently
  // ("Then the king spoke to ..."): all copies score alike, so the chapters around each copy must
  // decide its partner, not the first copy found.
  std::vector<Chapter> book = MakeBook(120, 9, 5);
  std::vector<Chapter> reworded = Reword(book, 6);
  const Words formula_a = {"and", "the", "king", "spoke", "unto", "the", "people", "of", "the", "land"};
  const Words formula_b = {"then", "the", "king", "spoke", "to", "the", "people", "of", "the", "land"};
  for (std::size_t c = 0; c < book.size(); ++c) {
    book[c].insert(book[c].begin() + 4, formula_a);
    reworded[c].insert(reworded[c].begin() + 4, formula_b);
  }
  Segmentation a = SegmentText(Render(book));
  Segmentation b = SegmentText(Render(reworded));
  Alignment alignment = Align(a, b, {});
  std::size_t formula_pairs = 0, same_chapter = 0;
  for (const AlignedGroup& g : alignment.groups) {
    if (g.a.size() != 1 || g.b.size() != 1 || a.sentences[g.a[0]].text.rfind("And the king", 0) != 0) continue;
    ++formula_pairs;
    same_chapter += a.sentences[g.a[0]].paragraph == b.sentences[g.b[0]].paragraph;
  }
  CHECK(formula_pairs > 120 * 9 / 10);
  CHECK(same_chapter >= formula_pairs * 97 / 100);
}

TEST_CASE("scalable aligner groups sentences split in two across a long text", "[align][scale]") {
  std::vector<Chapter> book = MakeBook(100, 10, 7);
  std::vector<Chapter> split = book;
  std::size_t splits = 0;
  for (Chapter& chapter : split) {  // the fifth sentence of every chapter, cut in the middle
    Words& whole = chapter[4];
    Words second(whole.begin() + static_cast<long>(whole.size() / 2), whole.end());
    whole.resize(whole.size() / 2);
    chapter.insert(chapter.begin() + 5, second);
    ++splits;
  }
  Segmentation a = SegmentText(Render(book));
  Segmentation b = SegmentText(Render(split));
  Alignment alignment = Align(a, b, {});
  std::size_t found = 0;
  for (const AlignedGroup& g : alignment.groups) {
    if (g.a.size() == 1 && g.b.size() == 2 && g.b[1] == g.b[0] + 1) ++found;
  }
  CHECK(found >= splits * 95 / 100);
  CHECK(alignment.unmatched_a.empty());
  CHECK(alignment.unmatched_b.size() <= splits / 20);
}

TEST_CASE("scalable aligner gives the same alignment on one thread or several", "[align][scale]") {
  // Large enough that the feature extraction and candidate search really split.
  std::vector<Chapter> book = MakeBook(400, 12, 9);
  std::vector<Chapter> reworded = Reword(book, 10);
  Segmentation a = SegmentText(Render(book));
  Segmentation b = SegmentText(Render(SwapHalves(reworded)));
  AlignOptions one, four;
  four.threads = 4;
  Alignment x = Align(a, b, one), y = Align(a, b, four);
  REQUIRE(x.groups.size() == y.groups.size());
  REQUIRE(x.groups.size() > 4000);
  for (std::size_t k = 0; k < x.groups.size(); ++k) {
    CHECK(x.groups[k].a == y.groups[k].a);
    CHECK(x.groups[k].b == y.groups[k].b);
    CHECK(x.groups[k].similarity == y.groups[k].similarity);
    CHECK(x.groups[k].moved == y.groups[k].moved);
  }
  CHECK(x.unmatched_a == y.unmatched_a);
  CHECK(x.unmatched_b == y.unmatched_b);
}
