// Tests of the compare stage: word diff and the negation and number conflict reasons.
#include <catch2/catch.hpp>

#include <algorithm>

#include "claimdiff/compare.h"
#include "test_util.h"

using namespace claimdiff;
using claimdiff::testing::MakeDocument;
using claimdiff::testing::SegmentText;

namespace {

// Classifies two one-sentence texts as an aligned pair.
struct Pair {
  Document da, db;
  Segmentation sa, sb;
  Pair(const std::string& a, const std::string& b) : da(MakeDocument(a)), db(MakeDocument(b)) {
    Segment(da, {}, &sa);
    Segment(db, {}, &sb);
  }
  SideView A() const { return View(da, sa); }
  SideView B() const { return View(db, sb); }
  static SideView View(const Document& d, const Segmentation& s) {
    SideView v;
    v.text = &d.text;
    for (const Sentence& sentence : s.sentences) v.sentences.push_back(&sentence);
    return v;
  }
  Verdict Classify() const { return claimdiff::Classify(A(), B()); }
};

}  // namespace

TEST_CASE("negation flip is a conflict naming the words on each side", "[compare]") {
  Pair pair("We have means to prove this incident has nothing to do with us.",
            "We have no means to prove this incident had nothing to do with us.");
  Verdict verdict = pair.Classify();
  REQUIRE(verdict.reasons.size() == 1);
  CHECK(verdict.reasons[0].type() == "negation");
  CHECK(verdict.reasons[0].a == "have means");
  CHECK(verdict.reasons[0].b == "have no means");
}

TEST_CASE("negation on both sides, or of different predicates, is no conflict", "[compare]") {
  CHECK(Pair("The US doesn't agree to a joint inquiry.", "The US didn't agree to a joint inquiry.")
            .Classify()
            .reasons.empty());
  CHECK(Pair("It has nothing to do with us.", "It had nothing to do with us.").Classify().reasons.empty());
  CHECK(
      Pair("Officials did not comment.", "Officials did not respond and gave no details.").Classify().reasons.empty());
}

TEST_CASE("the same negators with their words in another order are no flip", "[compare]") {
  CHECK(Pair("Drivers must not leave the depot without checking the front and rear brakes twice.",
             "Drivers must not leave the depot without twice checking the front and rear brakes.")
            .Classify()
            .reasons.empty());
  // One negator more on one side is still a flip.
  CHECK(Pair("Drivers must not leave the depot without checking the brakes.",
             "Drivers must not leave the depot, checking the brakes.")
            .Classify()
            .reasons.size() == 1);
}

TEST_CASE("a possibility negated and a quantifier at the head of its clause are no flip", "[compare]") {
  // "may not" leaves the claim open.
  CHECK(Pair("The hinges may not hold in strong wind.", "The hinges hold in strong wind.").Classify().reasons.empty());
  // "None of the crew was hurt" says nothing against "all of the crew".
  CHECK(Pair("None of the climbers was injured.", "All of the climbers were safe.").Classify().reasons.empty());
  // After its verb, "none" negates the verb.
  CHECK(
      Pair("The army freed all of the prisoners.", "The army freed none of the prisoners.").Classify().reasons.size() ==
      1);
  // Both say none: "none of" at the head of its clause is the same negator as "none" elsewhere.
  CHECK(Pair("Most drivers were freed by noon, and none was badly hurt.",
             "None of the drivers is badly hurt, and most were freed by noon.")
            .Classify()
            .reasons.empty());
}

TEST_CASE("n't contractions and never count as negators", "[compare]") {
  Verdict verdict = Pair("Sony has backed down.", "Sony hasn\xE2\x80\x99t backed down.").Classify();
  REQUIRE(verdict.reasons.size() == 1);
  CHECK(verdict.reasons[0].b == "Sony hasn\xE2\x80\x99t backed");
  CHECK(Pair("He visited Paris.", "He never visited Paris.").Classify().reasons.size() == 1);
}

TEST_CASE("different amounts of the same thing are a number conflict", "[compare]") {
  Verdict verdict = Pair("The fire killed 12 people on Monday.", "The fire killed 21 people on Monday.").Classify();
  REQUIRE(verdict.reasons.size() == 1);
  CHECK(verdict.reasons[0].type() == "number");
  CHECK(verdict.reasons[0].a == "12 people");
  CHECK(verdict.reasons[0].b == "21 people");
}

TEST_CASE("equal amounts written differently are no number conflict", "[compare]") {
  CHECK(Pair("Two days after the attack, police arrested 1,200 people.",
             "2 days after the attack, police arrested 1200 people.")
            .Classify()
            .reasons.empty());
  CHECK(Pair("The company lost 3.5 million dollars.", "The company lost 3.5m dollars.").Classify().reasons.empty());
}

TEST_CASE("clock times and numbers of different things are not compared as amounts", "[compare]") {
  Verdict clock = Pair("At 2:42 p.m. three officers arrived.", "At 2:45 p.m. three officers arrived.").Classify();
  REQUIRE(clock.reasons.size() == 1);
  CHECK(clock.reasons[0].type() == "time");  // a different time of day, not a different amount
  CHECK(Pair("Police found 3 cars near the bridge.", "Police found 40 bicycles near the bridge.")
            .Classify()
            .reasons.empty());
}

TEST_CASE("word diff marks inserted and deleted words with their source text", "[compare]") {
  Pair pair("We have means to prove it.", "We have no means to prove \xE2\x80\x9Cit\xE2\x80\x9D.");
  std::vector<DiffOp> ops = DiffWords(pair.A(), pair.B());
  REQUIRE(ops.size() == 3);
  CHECK(ops[0].kind == DiffOp::Kind::kEqual);
  CHECK(ops[0].text == "We have ");
  CHECK(ops[0].text_b == "We have ");
  CHECK(ops[1].kind == DiffOp::Kind::kInsert);
  CHECK(ops[1].text == "no ");
  CHECK(ops[2].kind == DiffOp::Kind::kEqual);
  CHECK(ops[2].text == "means to prove it.");
  CHECK(ops[2].text_b == "means to prove \xE2\x80\x9Cit\xE2\x80\x9D.");
}

TEST_CASE("word diff runs of a side together reproduce its sentence", "[compare]") {
  Pair pair("\"Officials\" \x1b]0;owned\x07 said (on Monday) that 3 people died...",
            "Officials said on Tuesday that three people had died.");
  std::string a_text, b_text;
  for (const DiffOp& op : DiffWords(pair.A(), pair.B())) {
    if (op.kind != DiffOp::Kind::kInsert) a_text += op.text;
    if (op.kind != DiffOp::Kind::kDelete) b_text += op.kind == DiffOp::Kind::kEqual ? op.text_b : op.text;
  }
  CHECK(a_text == pair.sa.sentences[0].text);
  CHECK(b_text == pair.sb.sentences[0].text);
}

TEST_CASE("word diff keeps a space between the sentences of a group", "[compare]") {
  Pair pair("The toll was 13.", "Crowds waited at the port.\n\nThe toll was 13.");
  std::string b_text;
  for (const DiffOp& op : DiffWords(pair.A(), pair.B())) {
    if (op.kind != DiffOp::Kind::kDelete) b_text += op.kind == DiffOp::Kind::kEqual ? op.text_b : op.text;
  }
  CHECK(b_text == "Crowds waited at the port. The toll was 13.");
}

TEST_CASE("word diff falls back to whole replacement above the token limit", "[compare]") {
  Pair pair("one two three four five six.", "one two three four five seven.");
  std::vector<DiffOp> ops = DiffWords(pair.A(), pair.B(), 5);
  REQUIRE(ops.size() == 2);
  CHECK(ops[0].kind == DiffOp::Kind::kDelete);
  CHECK(ops[1].kind == DiffOp::Kind::kInsert);
}

TEST_CASE("'not' opening a party between commas is a contrast, not a denial", "[compare]") {
  auto negation = [](const std::string& a, const std::string& b) {
    const std::vector<Reason> reasons = Pair(a, b).Classify().reasons;
    return std::any_of(reasons.begin(), reasons.end(), [](const Reason& r) { return r.type() == "negation"; });
  };
  // Who closed the crossing is set against another party; that it was closed is not denied.
  CHECK_FALSE(negation("The county, not the railway company, closed the level crossing on Monday.",
                       "The railway company closed the level crossing on Monday."));
  CHECK_FALSE(negation("Drivers, and not the railway company, were blamed for the delays.",
                       "The railway company was blamed for the delays."));
  // A denial of the deed itself still flips.
  CHECK(negation("The railway company did not close the level crossing on Monday.",
                 "The railway company closed the level crossing on Monday."));
}
