// FormatLedgerJson: the --expect ledger as JSON, for CI scripts and dashboards.
#include <nlohmann/json.hpp>

#include "claimdiff/ledger_formats.h"

namespace claimdiff {
namespace {

using Json = nlohmann::ordered_json;
using State = ExpectationOutcome::State;

Json Sentences(const SideInfo& side, const std::vector<std::size_t>& indices) {
  Json out = Json::array();
  for (std::size_t i : indices) out.push_back({{"line", side.sentences[i].line}, {"text", side.sentences[i].text}});
  return out;
}

Json Reasons(const std::vector<Reason>& reasons) {
  Json out = Json::array();
  for (const Reason& r : reasons) out.push_back({{"type", r.type()}, {"a", r.a}, {"b", r.b}});
  return out;
}

Json FindingJson(const Report& report, const Finding& f) {
  return {{"kind", FindingKindName(f.kind)},
          {"similarity", f.similarity},
          {"reasons", Reasons(f.reasons)},
          {"a", Sentences(report.a, f.a)},
          {"b", Sentences(report.b, f.b)}};
}

}  // namespace

const char* OutcomeName(State state) {
  switch (state) {
    case State::kHeld:
      return "expected";
    case State::kResolved:
      return "resolved";
    case State::kFailed:
      return "failed";
    case State::kStale:
      return "stale";
  }
  return "";
}

std::string FormatLedgerJson(const ExpectationFile& file, const ExpectationCheck& check, const Report& report,
                             bool strict) {
  Json items = Json::array();
  for (std::size_t i = 0; i < file.items.size(); ++i) {
    const Expectation& e = file.items[i];
    const ExpectationOutcome& o = check.outcomes[i];
    Json item = {{"line", e.line},
                 {"text", e.text},
                 {"kind", ExpectationKindName(e.kind)},
                 {"reasons", e.reasons},
                 {"phrase_a", e.phrase_a},
                 {"phrase_b", e.phrase_b},
                 {"state", OutcomeName(o.state)},
                 {"found", o.found},
                 {"note", o.note}};
    item["finding"] =
        o.finding < 0 ? Json(nullptr) : FindingJson(report, report.findings[static_cast<std::size_t>(o.finding)]);
    items.push_back(std::move(item));
  }
  Json fresh = Json::array();
  for (std::size_t k : check.new_conflicts) fresh.push_back(FindingJson(report, report.findings[k]));
  Json ledger = {{"claimdiff_expect", 1},
                 {"file", file.path},
                 {"a", {{"path", report.a.path}, {"label", report.a.label}}},
                 {"b", {{"path", report.b.path}, {"label", report.b.label}}},
                 {"strict", strict},
                 {"passed", check.Passed(strict)},
                 {"counts",
                  {{"expectations", file.items.size()},
                   {"expected", check.Count(State::kHeld)},
                   {"resolved", check.Count(State::kResolved)},
                   {"failed", check.Count(State::kFailed)},
                   {"stale", check.Count(State::kStale)},
                   {"new", check.new_conflicts.size()}}},
                 {"expectations", std::move(items)},
                 {"new", std::move(fresh)},
                 {"warnings", report.warnings}};
  // Input text is valid UTF-8 (checked on reading); replace guards against anything else.
  return ledger.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace claimdiff
