// Tests of the conflict reasons beyond negation and numbers: antonyms from WordNet, dates,
// attribution, modality, quote wording, implicit negation and irregular verb forms.
#include <catch2/catch.hpp>

#include "claimdiff/compare.h"
#include "compare/wordnet.h"
#include "test_util.h"

using namespace claimdiff;

namespace {

Verdict ClassifyTexts(const std::string& a, const std::string& b) {
  Document da = claimdiff::testing::MakeDocument(a), db = claimdiff::testing::MakeDocument(b);
  Segmentation sa, sb;
  Segment(da, {}, &sa);
  Segment(db, {}, &sb);
  SideView va{&da.text, {}, {}}, vb{&db.text, {}, {}};
  for (const auto& s : sa.sentences) va.sentences.push_back(&s);
  for (const auto& s : sb.sentences) vb.sentences.push_back(&s);
  return Classify(va, vb);
}

std::vector<std::string> Types(const std::vector<Reason>& reasons) {
  std::vector<std::string> out;
  for (const Reason& r : reasons) out.push_back(r.type());
  return out;
}

}  // namespace

TEST_CASE("WordNet antonyms are read from the Debian data files", "[compare][antonym]") {
  const AntonymTable& table = AntonymTable::Default();
  REQUIRE(table.loaded());
  CHECK(table.size() > 2000);
  CHECK(table.Opposite(Stem("guilty"), Stem("innocent")));
  CHECK(table.Opposite(Stem("increase"), Stem("decrease")));
  CHECK_FALSE(table.Opposite(Stem("guilty"), Stem("fraud")));
  AntonymTable missing = AntonymTable::Load("/nonexistent");
  CHECK_FALSE(missing.loaded());
  CHECK(missing.Opposite(Stem("deny"), Stem("confirm")));  // the news list still applies
}

TEST_CASE("opposite predicates are an antonym conflict, a negated opposite is not", "[compare][antonym]") {
  Verdict v =
      ClassifyTexts("The court found the mayor guilty of fraud.", "The court found the mayor innocent of fraud.");
  REQUIRE(Types(v.reasons) == std::vector<std::string>{"antonym"});
  CHECK(v.reasons[0].a == "guilty");
  CHECK(v.reasons[0].b == "innocent");
  CHECK(Types(ClassifyTexts("Oil prices rose on Monday.", "Oil prices fell on Monday.").reasons) ==
        std::vector<std::string>{"antonym"});  // irregular forms through WordNet's verb.exc
  CHECK(ClassifyTexts("The court found him not guilty.", "The court found him innocent.").reasons.empty());
}

TEST_CASE("different weekdays, dates, years and times are a date conflict", "[compare][date]") {
  CHECK(Types(ClassifyTexts("The talks start on Friday.", "The talks start on Saturday.").reasons) ==
        std::vector<std::string>{"date"});
  CHECK(Types(ClassifyTexts("It began on December 19.", "It began on December 20.").reasons) ==
        std::vector<std::string>{"date"});
  CHECK(Types(ClassifyTexts("It was founded in 1998.", "It was founded in 2008.").reasons) ==
        std::vector<std::string>{"date"});
  CHECK(ClassifyTexts("It began on December 19, 2014.", "It began on 19 December 2014.").reasons.empty());
}

TEST_CASE("relative time against a date is a softer date note", "[compare][date]") {
  Verdict v =
      ClassifyTexts("The president spoke yesterday about the hack.", "The president spoke on Friday about the hack.");
  CHECK(v.reasons.empty());
  REQUIRE(Types(v.notes) == std::vector<std::string>{"date"});
  CHECK(v.notes[0].b == "Friday");
}

TEST_CASE("the same claim credited to different sources is an attribution conflict", "[compare][attribution]") {
  Verdict v = ClassifyTexts("The minister will resign, according to Reuters.",
                            "The minister will resign, according to the Associated Press.");
  REQUIRE(Types(v.reasons) == std::vector<std::string>{"attribution"});
  CHECK(v.reasons[0].a == "Reuters");
  CHECK(v.reasons[0].b == "Associated Press");
  CHECK(ClassifyTexts("The minister will resign, according to Reuters.", "The minister will resign, Reuters reported.")
            .reasons.empty());
  CHECK(ClassifyTexts("The death toll rose to 40.", "The death toll rose to 40, the BBC reported.").reasons.empty());
  CHECK(Types(ClassifyTexts("It was shot down, Ukrainian officials told Reuters.",
                            "It was shot down, Russian officials told Reuters.")
                  .reasons) == std::vector<std::string>{"attribution"});
  // Verbs that report a claim as a warning, an admission, a guess.
  CHECK(Types(ClassifyTexts("The bridge will stay shut until spring, the council warned.",
                            "The bridge will stay shut until spring, the contractor warned.")
                  .reasons) == std::vector<std::string>{"attribution"});
  CHECK(Types(ClassifyTexts("Repairs will cost about 3 million euros, the insurer admitted.",
                            "Repairs will cost about 3 million euros, the mayor admitted.")
                  .reasons) == std::vector<std::string>{"attribution"});
}

TEST_CASE("one source however written is no attribution conflict", "[compare][attribution]") {
  // An abbreviation stands for the name it abbreviates, dotted words included.
  CHECK(ClassifyTexts("Harvests will shrink, according to the U.N. Development Programme.",
                      "Harvests will shrink, the UNDP said.")
            .reasons.empty());
  // A person speaking for a body credits the body.
  CHECK(ClassifyTexts("Prices will fall, the Federal Reserve said.",
                      "Prices will fall, Federal Reserve governor Ana Ruiz said.")
            .reasons.empty());
  CHECK(ClassifyTexts("Prices will fall, the Federal Reserve said.",
                      "Prices will fall, said Ana Ruiz of the Federal Reserve.")
            .reasons.empty());
  CHECK(
      Types(ClassifyTexts("Prices will fall, the Federal Reserve said.", "Prices will fall, Ana Ruiz said.").reasons) ==
      std::vector<std::string>{"attribution"});
}

TEST_CASE("the day a thing was said names no source", "[compare][attribution]") {
  // "said Friday" tells when; the named source stands on one side only.
  CHECK(ClassifyTexts("The levee held through the night, the Harbour Authority said.",
                      "The levee held through the night, officials said Friday.")
            .reasons.empty());
  CHECK(ClassifyTexts("The levee held through the night, the Harbour Authority said.",
                      "The levee held through the night, officials said March 3.")
            .reasons.empty());
  // A name after the verb is still a source.
  CHECK(Types(ClassifyTexts("The levee held through the night, the Harbour Authority said.",
                            "The levee held through the night, said Governor Lia Moss.")
                  .reasons) == std::vector<std::string>{"attribution"});
}

TEST_CASE("a source set off by commas is still the source", "[compare][attribution]") {
  // The name after the role, before the verb.
  Verdict after_role =
      ClassifyTexts("The levee held through the night, the harbour master, Ines Barros, told reporters.",
                    "The levee held through the night, said Governor Lia Moss.");
  REQUIRE(Types(after_role.reasons) == std::vector<std::string>{"attribution"});
  CHECK(after_role.reasons[0].a == "Ines Barros");
  // The name before the role.
  Verdict before_role = ClassifyTexts("Tomas Lindqvist, the port's chief engineer, said the levee held.",
                                      "The levee held, Governor Lia Moss said.");
  REQUIRE(Types(before_role.reasons) == std::vector<std::string>{"attribution"});
  CHECK(before_role.reasons[0].a == "Tomas Lindqvist");
  // After the verb, past a possessive and its role.
  Verdict possessive = ClassifyTexts("The levee held, said Dunmore's sheriff, Dale Pruitt.",
                                     "The levee held, the harbour master, Ines Barros, said.");
  REQUIRE(Types(possessive.reasons) == std::vector<std::string>{"attribution"});
  CHECK(possessive.reasons[0].a == "Dale Pruitt");
  CHECK(possessive.reasons[0].b == "Ines Barros");
  // After the verb or "according to", past a role in lower case.
  Verdict role = ClassifyTexts("The levee held, said dock supervisor Anton Vidal.",
                               "The levee held, according to their surveyor, Petra Lund.");
  REQUIRE(Types(role.reasons) == std::vector<std::string>{"attribution"});
  CHECK(role.reasons[0].a == "Anton Vidal");
  CHECK(role.reasons[0].b == "Petra Lund");
  // What follows the verb without a role is no source: "said in a letter to Brackton".
  CHECK(ClassifyTexts("The levee held, said in a letter to Brackton.", "The levee held, said Governor Lia Moss.")
            .reasons.empty());
  // One person however placed.
  CHECK(ClassifyTexts("The levee held, Ines Barros, the harbour master, said.", "The levee held, said Ines Barros.")
            .reasons.empty());
  // A place closing the role is not who spoke.
  CHECK(ClassifyTexts("The levee held, a spokesman for the mayor of Brackton, said.",
                      "The levee held, said Governor Lia Moss.")
            .reasons.empty());
}

TEST_CASE("a verb of saying inside a quotation names no source", "[compare][attribution]") {
  CHECK(ClassifyTexts("The crew kept digging, the company said.",
                      "\"We were scared. The foremen told us to keep digging,\" a miner said.")
            .reasons.empty());
  // The one who said a quotation closing in a later sentence is still its source.
  CHECK(Types(ClassifyTexts("Nobody warned the villagers, Carlos Vega said.",
                            "\"It came at night. Nobody warned the villagers,\" Marta Ruiz said.")
                  .reasons) == std::vector<std::string>{"attribution"});
}

TEST_CASE("sources named by their role are compared only with other roles", "[compare][attribution]") {
  Verdict v = ClassifyTexts("The dam is at risk of breaking, the mayor said.",
                            "The dam is at risk of breaking, the army said.");
  REQUIRE(Types(v.reasons) == std::vector<std::string>{"attribution"});
  CHECK(v.reasons[0].a == "the mayor");
  CHECK(v.reasons[0].b == "the army");
  CHECK(ClassifyTexts("The plant will close, the company said.", "The plant will close, Sony said.").reasons.empty());
  CHECK(ClassifyTexts("The plant will close, the company said.", "The plant will close, the company said.")
            .reasons.empty());
}

TEST_CASE("certainty changes are modality notes, not conflicts", "[compare][modality]") {
  Verdict firm = ClassifyTexts("The company will close the plant.", "The company may close the plant.");
  CHECK(firm.reasons.empty());
  REQUIRE(Types(firm.notes) == std::vector<std::string>{"modality"});
  CHECK(firm.notes[0].a == "will");
  CHECK(firm.notes[0].b == "may");
  for (const char* hedge : {"allegedly", "reportedly", "apparently"}) {
    Verdict hedged =
        ClassifyTexts("The suspect stole the car.", std::string("The suspect ") + hedge + " stole the car.");
    CHECK(hedged.reasons.empty());
    CHECK(Types(hedged.notes) == std::vector<std::string>{"modality"});
  }
  Verdict soft = ClassifyTexts("The storm brought floods.", "The storm may have brought floods.");
  CHECK(soft.reasons.empty());
  CHECK(Types(soft.notes) == std::vector<std::string>{"modality"});
  CHECK(ClassifyTexts("The plant may close.", "The plant could close.").reasons.empty());
}

TEST_CASE("quotations worded differently leave a quote note on a shared claim", "[compare][quote]") {
  Verdict v = ClassifyTexts("\"Without such tortures as were used by the CIA, we can prove it,\" it said.",
                            "\"Without such means of torture as were used by the CIA, we can prove it,\" it said.");
  CHECK(v.reasons.empty());
  REQUIRE(Types(v.notes) == std::vector<std::string>{"quote"});
  CHECK(v.notes[0].a == "tortures");
  CHECK(v.notes[0].b == "means of torture");
}

TEST_CASE("declined to, refused to and unable to negate the verb after them", "[compare][negation]") {
  CHECK(ClassifyTexts("Officials did not comment.", "Officials declined to comment.").reasons.empty());
  CHECK(ClassifyTexts("They could not save the barn.", "They were unable to save the barn.").reasons.empty());
  CHECK(Types(ClassifyTexts("Officials commented on the report.", "Officials refused to comment on the report.")
                  .reasons) == std::vector<std::string>{"negation"});
}

TEST_CASE("a negation that picks out an open group is no flip of the claim", "[compare][negation]") {
  const std::string a = "The club will email all members, and anyone who is not emailed should phone the office.";
  const std::string b = "The club will email every member, and members should phone the office if nothing arrives.";
  CHECK(ClassifyTexts(a, b).reasons.empty());
  // A negation of the claim itself still flips.
  CHECK(ClassifyTexts("The club will not email its members.", "The club will email its members.").reasons.size() == 1);
}

TEST_CASE("a negation of when, not whether, is no flip", "[compare][negation]") {
  // "not ... until": it happens then.
  CHECK(
      ClassifyTexts("The ferry will not sail until the storm has passed.", "The ferry will sail once the storm passes.")
          .reasons.empty());
  // "not immediately": agency wording about the reporting, not the event.
  CHECK(ClassifyTexts("The embassy did not immediately reply to questions.",
                      "The embassy would reply to questions later.")
            .reasons.empty());
  // Without them, the flip stands.
  CHECK(ClassifyTexts("The ferry will not sail tomorrow.", "The ferry will sail tomorrow.").reasons.size() == 1);
}

TEST_CASE("negation meets its affirmation across irregular verb forms and fillers", "[compare][negation]") {
  CHECK(Types(ClassifyTexts("The mayor knew about the leak.", "The mayor did not know about the leak.").reasons) ==
        std::vector<std::string>{"negation"});
  CHECK(ClassifyTexts("The court did not rule on it.", "The court has not yet ruled on it.").reasons.empty());
  CHECK(ClassifyTexts("He never responded to the letter.", "He never replied or responded to the letter.")
            .reasons.empty());
}

TEST_CASE("a verb negated on one side flips its synonym affirmed on the other", "[compare][negation]") {
  Verdict shut =
      ClassifyTexts("The sluice gate was closed before the surge.", "The sluice gate was not shut before the surge.");
  REQUIRE(Types(shut.reasons) == std::vector<std::string>{"negation"});
  CHECK(shut.reasons[0].a == "was closed");
  CHECK(shut.reasons[0].b == "was not shut");
  CHECK(Types(ClassifyTexts("Divers did not find a second hull breach.", "Divers discovered a second hull breach.")
                  .reasons) == std::vector<std::string>{"negation"});
  // Negated on both sides, or a verb of another action: nothing flips.
  CHECK(ClassifyTexts("The sluice gate was never closed.", "The sluice gate was not shut.").reasons.empty());
  CHECK(ClassifyTexts("The sluice gate was painted before the surge.", "The sluice gate was not shut before the surge.")
            .reasons.empty());
}

TEST_CASE("report: sentences that only share a fact credit it to no one in particular", "[report][attribution]") {
  // The two last sentences tie only through the trawler on the breakwater, each with its own
  // speaker saying his own part: not one claim credited to two sources.
  const std::string a =
      "Storm closes Kellby harbour\n\nThe storm closed Kellby harbour on Monday, the coastguard said.\n\n"
      "A trawler lost its mast and drifted onto the breakwater near the lighthouse before dawn, harbour master "
      "Ruth Anders told reporters, adding that the crew of five had been lifted off by helicopter and that the "
      "vessel would be towed away once the swell eased.\n";
  const std::string b =
      "Trawler crew rescued as storm shuts Kellby port\n\nKellby port was shut on Monday because of the storm, "
      "according to the coastguard.\n\nThe insurers of the trawler, which drifted onto the breakwater, were "
      "assessing the damage on Tuesday, said Tomas Brandt, a spokesman for the owners.\n";
  Report report = claimdiff::testing::CompareTexts(a, b);
  bool linked = false;
  for (const Finding& f : report.findings) {
    if (f.a != std::vector<std::size_t>{2} || f.b != std::vector<std::size_t>{2}) continue;
    linked = true;
    CHECK(Types(f.reasons).empty());
  }
  CHECK(linked);
}

TEST_CASE("the day a state of things is told at is no day of the event", "[compare][date]") {
  // "as of Thursday": how things stood when last told, not when the warning was issued.
  CHECK(Types(ClassifyTexts("The ministry issued a flood warning for the valley on Wednesday.",
                            "No flood warning had been issued for the valley as of Thursday.")
                  .reasons) == std::vector<std::string>{"negation"});
  CHECK(Types(ClassifyTexts("The ministry issued a flood warning for the valley on Wednesday.",
                            "The ministry issued a flood warning for the valley on Thursday.")
                  .reasons) == std::vector<std::string>{"date"});
}
