// JSON renderer of the multi-source report ("claimdiff_multi": 1; schema in the README).
// Built as a JSON tree: a grid of even fifty news reports is small, unlike a book-length pair.
#include <cmath>
#include <nlohmann/json.hpp>

#include "claimdiff/multi.h"

namespace claimdiff {
namespace {

using Json = nlohmann::ordered_json;

// 0.417 rather than 0.41666666: three decimals, as the pairwise report writes scores.
double Score(double value) { return std::round(value * 1000) / 1000; }

Json SourceJson(const MultiReport& report, std::size_t s) {
  const SideInfo& side = report.sources[s];
  const SourceSummary& sum = report.summary[s];
  Json metadata = Json::object();
  const std::pair<const char*, const std::string*> fields[] = {{"title", &side.metadata.title},
                                                               {"byline", &side.metadata.byline},
                                                               {"outlet", &side.metadata.outlet},
                                                               {"published", &side.metadata.published},
                                                               {"url", &side.metadata.url}};
  for (const auto& [key, value] : fields) {
    if (!value->empty()) metadata[key] = *value;
  }
  return {{"id", s},
          {"path", side.path},
          {"label", side.label},
          {"kind", InputKindName(side.kind)},
          {"metadata", metadata},
          {"sentences", side.sentences.size()},
          {"boilerplate", side.boilerplate},
          {"summary",
           {{"claims", sum.claims},
            {"confirmed", sum.confirmed},
            {"contradicted", sum.contradicted},
            {"alone", sum.alone}}}};
}

Json Sentences(const SideInfo& side, const std::vector<std::size_t>& indices) {
  Json out = Json::array();
  for (std::size_t i : indices) {
    const SentenceInfo& s = side.sentences[i];
    out.push_back({{"index", s.index}, {"line", s.line}, {"position", SentencePosition(side, s)}, {"text", s.text}});
  }
  return out;
}

Json Reasons(const std::vector<Reason>& reasons) {
  Json out = Json::array();
  for (const Reason& r : reasons) {
    Json reason = {{"type", r.type()}, {"a", r.a}, {"b", r.b}};
    if (!r.measure.empty()) reason["measure"] = r.measure;
    out.push_back(std::move(reason));
  }
  return out;
}

Json ClaimJson(const MultiReport& report, std::size_t c) {
  const Claim& claim = report.claims[c];
  Json states = Json::array(), contradicts = Json::array(), silent = Json::array(), stances = Json::array();
  for (std::size_t s = 0; s < claim.stance.size(); ++s) {
    (claim.stance[s] == Stance::kStates        ? states
     : claim.stance[s] == Stance::kContradicts ? contradicts
                                               : silent)
        .push_back(s);
    if (claim.stance[s] == Stance::kSilent) continue;
    stances.push_back({{"source", s},
                       {"stance", StanceName(claim.stance[s])},
                       {"sentences", Sentences(report.sources[s], claim.sentences[s])}});
  }
  return {{"id", c},
          {"text", report.sources[claim.lead_source].sentences[claim.lead_sentence].text},
          {"lead_source", claim.lead_source},
          {"states", states},
          {"contradicts", contradicts},
          {"silent", silent},
          {"sources", stances},
          {"links", claim.links}};
}

Json LinkJson(const ClaimLink& link, std::size_t id) {
  Json out = {{"id", id},
              {"kind", link.conflict() ? "conflict" : "shared"},
              {"sources", {link.source_a, link.source_b}},
              {"a", link.a},
              {"b", link.b},
              {"similarity", Score(link.similarity)}};
  if (link.conflict()) out["reasons"] = Reasons(link.reasons);
  return out;
}

}  // namespace

void RenderMultiJson(const MultiReport& report, const RenderOptions&, std::ostream& out) {
  const ClaimTotals totals = report.Totals();
  const std::size_t contradicted = totals.contradicted, corroborated = totals.corroborated,
                    single = totals.single_source;
  Json doc = {{"claimdiff_multi", 1}};
  doc["sources"] = Json::array();
  for (std::size_t s = 0; s < report.sources.size(); ++s) doc["sources"].push_back(SourceJson(report, s));
  doc["summary"] = {{"claims", report.claims.size()},
                    {"contradicted", contradicted},
                    {"corroborated", corroborated},
                    {"single_source", single}};
  doc["claims"] = Json::array();
  for (std::size_t c = 0; c < report.claims.size(); ++c) doc["claims"].push_back(ClaimJson(report, c));
  doc["links"] = Json::array();
  for (std::size_t k = 0; k < report.links.size(); ++k) doc["links"].push_back(LinkJson(report.links[k], k));
  doc["warnings"] = report.warnings;
  out << doc.dump(-1, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace claimdiff
