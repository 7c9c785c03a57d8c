// Checks expectations against a report and formats the ledger of what held, changed and is new.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <unordered_map>

#include "claimdiff/expect.h"
#include "claimdiff/normalize.h"
#include "claimdiff/render.h"
#include "expect/closest_sentence.h"
#include "expect/phrase_index.h"

namespace claimdiff {
namespace {

using State = ExpectationOutcome::State;

const char* KindWord(FindingKind kind) {
  switch (kind) {
    case FindingKind::kShared:
      return "shared";
    case FindingKind::kConflict:
      return "conflict";
    case FindingKind::kOnlyA:
      return "only-a";
    case FindingKind::kOnlyB:
      return "only-b";
  }
  return "shared";
}

std::string Describe(const Finding& f) {
  std::string out = KindWord(f.kind);
  if (f.kind == FindingKind::kShared || f.kind == FindingKind::kConflict) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, " (similarity %.2f)", f.similarity);
    out += buffer;
  }
  if (f.kind == FindingKind::kConflict) {
    out += " because of";
    for (const Reason& r : f.reasons) out += " " + r.type();
  }
  return out;
}

std::string Where(const Report& report, const Finding& f) {
  std::string out;
  if (!f.a.empty()) out += "A:" + SentencePosition(report.a, report.a.sentences[f.a.front()]);
  if (!f.b.empty())
    out += std::string(out.empty() ? "" : ", ") + "B:" + SentencePosition(report.b, report.b.sentences[f.b.front()]);
  return out;
}

bool Holds(const Expectation& e, const Finding& f) {
  switch (e.kind) {
    case Expectation::Kind::kConflict: {
      if (f.kind != FindingKind::kConflict) return false;
      for (const std::string& type : e.reasons) {
        bool present =
            std::any_of(f.reasons.begin(), f.reasons.end(), [&](const Reason& r) { return r.type() == type; });
        if (!present) return false;
      }
      return true;
    }
    case Expectation::Kind::kShared:
      return f.kind == FindingKind::kShared;
    case Expectation::Kind::kAligned:
      return f.kind == FindingKind::kShared || f.kind == FindingKind::kConflict;
    case Expectation::Kind::kOnlyA:
      return f.kind == FindingKind::kOnlyA;
    case Expectation::Kind::kOnlyB:
      return f.kind == FindingKind::kOnlyB;
  }
  return false;
}

bool ListsDiscrepancy(Expectation::Kind kind) {
  return kind == Expectation::Kind::kConflict || kind == Expectation::Kind::kOnlyA || kind == Expectation::Kind::kOnlyB;
}

std::string Clip(const std::string& text, std::size_t max) {
  if (text.size() <= max) return text;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "...";
}

// Up to 100 bytes of `text` from a little before the first content word of `words` it contains
// (ASCII case-insensitively), so the reader sees the part that changed.
std::string Excerpt(const std::string& text, const std::vector<std::string>& words) {
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  std::size_t first = text.size();
  for (const std::string& w : words) {
    if (IsStopWord(w)) continue;
    auto it =
        std::search(text.begin(), text.end(), w.begin(), w.end(), [&](char x, char y) { return lower(x) == lower(y); });
    first = std::min(first, static_cast<std::size_t>(it - text.begin()));
  }
  if (first == text.size() || first < 40) return Clip(text, 100);
  std::size_t start = text.rfind(' ', first - 20);
  start = start == std::string::npos ? 0 : start + 1;
  return "..." + Clip(text.substr(start), 100);
}

// Why a phrase matches nothing, with the sentence sharing most of its content words when that
// is at least half of them: the quote was likely edited, and the reader wants to see how.
std::string StaleMessage(const std::string& phrase, const SideInfo& side, const ClosestSentence& closest,
                         const char* name) {
  std::string out = "phrase \"" + phrase + "\" matches no sentence of " + name;
  std::vector<std::string> wanted;  // the phrase's content words; all of them if it has none
  for (const std::string& w : NormalizedWords(phrase)) {
    if (!IsStopWord(w)) wanted.push_back(w);
  }
  if (wanted.empty()) wanted = NormalizedWords(phrase);
  auto [best, best_shared] = closest.Find(wanted);
  if (best < side.sentences.size() && 2 * best_shared >= wanted.size()) {
    out += "; closest: " + std::string(name) + ":" + SentencePosition(side, side.sentences[best]) + " \"" +
           Excerpt(side.sentences[best].text, wanted) + "\"";
  }
  return out;
}

// "\"Sony\" matches 3 sentences of A: A:3, A:5, A:9" when a phrase names more than one.
std::string AmbiguityNote(const std::string& phrase, const std::vector<std::size_t>& found, const SideInfo& side,
                          const char* name) {
  if (found.size() < 2) return {};
  std::string out = "\"" + phrase + "\" matches " + std::to_string(found.size()) + " sentences of " + name + ":";
  for (std::size_t n = 0; n < found.size() && n < 5; ++n) {
    out += std::string(n ? ", " : " ") + name + ":" + SentencePosition(side, side.sentences[found[n]]);
  }
  return out + (found.size() > 5 ? ", ..." : "");
}

struct SideLookups {
  PhraseIndex phrases;
  ClosestSentence closest;
  explicit SideLookups(const SideInfo& side) : phrases(side), closest(side) {}
};

// What one expectation's phrases name, worked out once for all the lines that say the same
// (a snapshot of a text that repeats itself has thousands of identical lines).
struct LineLookup {
  std::vector<std::size_t> in_a, in_b;  // sentences the phrases match, in order
  std::vector<int> candidates;          // findings holding a matching sentence (pairs: on both sides)
  std::size_t next_unnamed = 0;         // candidates before it are named already or do not fit
  int first_fitting = -2;               // -2: not looked for yet; -1: none fits
};

std::string LineKey(const Expectation& e) {
  std::string key(1, static_cast<char>(e.kind));
  for (const std::string& r : e.reasons) key += r + ",";
  return key + '\0' + e.phrase_a + '\0' + e.phrase_b;
}

LineLookup LookUp(const Expectation& e, const Report& report, const PhraseIndex& index_a, const PhraseIndex& index_b) {
  LineLookup lookup;
  if (!e.phrase_a.empty()) lookup.in_a = index_a.Find(e.phrase_a);
  if (!e.phrase_b.empty()) lookup.in_b = index_b.Find(e.phrase_b);
  const std::vector<std::size_t>& in_b = lookup.in_b;
  const std::vector<std::size_t>& primary = e.phrase_a.empty() ? lookup.in_b : lookup.in_a;
  const SideInfo& primary_side = e.phrase_a.empty() ? report.b : report.a;
  // A sentence may stand in several findings (links to more than one sentence of the other side).
  for (std::size_t i : primary) {
    for (int k : primary_side.sentences[i].findings) {
      const Finding& f = report.findings[static_cast<std::size_t>(k)];
      // in_b is sorted: a finding's few B sentences are looked up in it, not it scanned per finding.
      bool pairs_with_b = e.phrase_a.empty() || e.phrase_b.empty() ||
                          std::any_of(f.b.begin(), f.b.end(),
                                      [&](std::size_t j) { return std::binary_search(in_b.begin(), in_b.end(), j); });
      if (pairs_with_b) lookup.candidates.push_back(k);
    }
  }
  std::sort(lookup.candidates.begin(), lookup.candidates.end());
  lookup.candidates.erase(std::unique(lookup.candidates.begin(), lookup.candidates.end()), lookup.candidates.end());
  return lookup;
}

// `named`: findings earlier expectations matched. Among fitting findings an unnamed one is taken
// first, so that two lines naming repeated sentences name both, not one twice.
ExpectationOutcome Check(const Expectation& e, const Report& report, const SideLookups& side_a,
                         const SideLookups& side_b, const std::set<int>& named, LineLookup& lookup) {
  ExpectationOutcome outcome;
  const std::vector<std::size_t>& in_a = lookup.in_a;
  const std::vector<std::size_t>& in_b = lookup.in_b;
  if (!e.phrase_a.empty() && in_a.empty()) {
    outcome.state = State::kStale;
    outcome.found = StaleMessage(e.phrase_a, report.a, side_a.closest, "A");
    return outcome;
  }
  if (!e.phrase_b.empty() && in_b.empty()) {
    outcome.state = State::kStale;
    outcome.found = StaleMessage(e.phrase_b, report.b, side_b.closest, "B");
    return outcome;
  }
  for (std::string note :
       {AmbiguityNote(e.phrase_a, in_a, report.a, "A"), AmbiguityNote(e.phrase_b, in_b, report.b, "B")}) {
    if (!note.empty()) outcome.note += (outcome.note.empty() ? "" : "; ") + note;
  }
  const std::vector<int>& candidates = lookup.candidates;
  auto fits = [&](int k) { return Holds(e, report.findings[static_cast<std::size_t>(k)]); };
  // Named findings stay named and a finding that does not fit never will: the search for an
  // unnamed fitting one goes on where the previous identical line left it.
  while (lookup.next_unnamed < candidates.size() &&
         (named.count(candidates[lookup.next_unnamed]) != 0 || !fits(candidates[lookup.next_unnamed]))) {
    ++lookup.next_unnamed;
  }
  if (lookup.next_unnamed < candidates.size()) {
    outcome.finding = candidates[lookup.next_unnamed];
    return outcome;
  }
  if (lookup.first_fitting == -2) {
    auto it = std::find_if(candidates.begin(), candidates.end(), fits);
    lookup.first_fitting = it == candidates.end() ? -1 : *it;
  }
  if (lookup.first_fitting >= 0) {
    outcome.finding = lookup.first_fitting;
    return outcome;
  }
  outcome.state = ListsDiscrepancy(e.kind) ? State::kResolved : State::kFailed;
  std::string expected = std::string("expected ") + ExpectationKindName(e.kind);
  if (!e.reasons.empty()) {
    expected += " (";
    for (std::size_t r = 0; r < e.reasons.size(); ++r) expected += (r ? ", " : "") + e.reasons[r];
    expected += ")";
  }
  if (!candidates.empty()) {
    const Finding& f = report.findings[static_cast<std::size_t>(candidates.front())];
    outcome.finding = candidates.front();
    outcome.found = expected + ", found " + Describe(f) + " at " + Where(report, f);
    return outcome;
  }
  // A pair whose two sentences are no longer aligned with each other.
  auto describe_sentence = [&](const SideInfo& side, std::size_t i, const char* name) {
    int k = side.sentences[i].finding;
    std::string where = std::string(name) + ":" + SentencePosition(side, side.sentences[i]);
    return k < 0 ? where + " is boilerplate" : where + " is " + Describe(report.findings[static_cast<std::size_t>(k)]);
  };
  outcome.found = expected +
                  ", but the two sentences are not aligned: " + describe_sentence(report.a, in_a.front(), "A") + ", " +
                  describe_sentence(report.b, in_b.front(), "B");
  return outcome;
}

void AppendSection(std::string* out, const char* title, const std::vector<std::string>& lines) {
  *out += std::string(title) + " (" + std::to_string(lines.size()) + ")\n";
  for (const std::string& line : lines) *out += "  " + line + "\n";
}

}  // namespace

const char* ExpectationKindName(Expectation::Kind kind) {
  switch (kind) {
    case Expectation::Kind::kConflict:
      return "conflict";
    case Expectation::Kind::kShared:
      return "shared";
    case Expectation::Kind::kAligned:
      return "aligned";
    case Expectation::Kind::kOnlyA:
      return "only-a";
    case Expectation::Kind::kOnlyB:
      return "only-b";
  }
  return "shared";
}

std::size_t ExpectationCheck::Count(ExpectationOutcome::State state) const {
  return static_cast<std::size_t>(
      std::count_if(outcomes.begin(), outcomes.end(), [&](const ExpectationOutcome& o) { return o.state == state; }));
}

bool ExpectationCheck::Passed(bool strict) const {
  return Count(State::kHeld) == outcomes.size() && (!strict || new_conflicts.empty());
}

ExpectationCheck CheckExpectations(const ExpectationFile& file, const Report& report) {
  SideLookups side_a(report.a), side_b(report.b);
  ExpectationCheck check;
  std::set<int> named;
  std::unordered_map<std::string, LineLookup> lookups;
  for (const Expectation& e : file.items) {
    auto [it, fresh] = lookups.try_emplace(LineKey(e));
    if (fresh) it->second = LookUp(e, report, side_a.phrases, side_b.phrases);
    check.outcomes.push_back(Check(e, report, side_a, side_b, named, it->second));
    if (check.outcomes.back().finding >= 0) named.insert(check.outcomes.back().finding);
  }
  for (std::size_t k = 0; k < report.findings.size(); ++k) {
    if (report.findings[k].kind == FindingKind::kConflict && named.count(static_cast<int>(k)) == 0) {
      check.new_conflicts.push_back(k);
    }
  }
  return check;
}

std::string FormatLedger(const ExpectationFile& file, const ExpectationCheck& check, const Report& report,
                         bool strict) {
  std::vector<std::string> held, resolved, failed, stale, fresh;
  for (std::size_t i = 0; i < file.items.size(); ++i) {
    const Expectation& e = file.items[i];
    const ExpectationOutcome& o = check.outcomes[i];
    // Everything from the inputs or the file (names, phrases, sentences) is escaped as in the
    // text report: an article must not drive the terminal through the ledger either.
    std::string line = ShowControls(file.path) + ":" + std::to_string(e.line) + ": " + ShowControls(e.text);
    if (!o.found.empty()) line += "\n      " + ShowControls(o.found);
    if (!o.note.empty()) line += "\n      note: " + ShowControls(o.note);
    switch (o.state) {
      case State::kHeld:
        held.push_back(line);
        break;
      case State::kResolved:
        resolved.push_back(line);
        break;
      case State::kFailed:
        failed.push_back(line);
        break;
      case State::kStale:
        stale.push_back(line);
        break;
    }
  }
  for (std::size_t k : check.new_conflicts) {
    const Finding& f = report.findings[k];
    std::string line = Where(report, f) + ": conflict";
    for (const Reason& r : f.reasons) {
      line += " " + ShowControls(r.type()) + " (\"" + ShowControls(r.a) + "\" vs \"" + ShowControls(r.b) + "\")";
    }
    line += "\n      A: " + ShowControls(Clip(report.a.sentences[f.a.front()].text, 120)) +
            "\n      B: " + ShowControls(Clip(report.b.sentences[f.b.front()].text, 120));
    fresh.push_back(line);
  }
  std::string out;
  AppendSection(&out, "expected: listed and still present", held);
  AppendSection(&out, "resolved: listed, now gone or no longer a conflict", resolved);
  if (!failed.empty()) AppendSection(&out, "failed: listed agreement no longer holds", failed);
  if (!stale.empty()) AppendSection(&out, "stale: phrase matches nothing", stale);
  AppendSection(&out, strict ? "new: conflicts not listed (fail with --strict)" : "new: conflicts not listed", fresh);
  bool passed = check.Passed(strict);
  out += std::string(passed ? "PASS" : "FAIL") + ": " + std::to_string(held.size()) + " of " +
         std::to_string(file.items.size()) + " expectations hold, " + std::to_string(resolved.size()) + " resolved, " +
         std::to_string(failed.size()) + " failed, " + std::to_string(stale.size()) + " stale, " +
         std::to_string(fresh.size()) + " new\n";
  return out;
}

}  // namespace claimdiff
