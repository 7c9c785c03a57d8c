// JSON renderer: the stable, versioned machine-readable report (schema version 1).
#include <nlohmann/json.hpp>

#include <cmath>

#include "claimdiff/render.h"

namespace claimdiff {
namespace {

using nlohmann::json;

const char* OpName(DiffOp::Kind kind) {
  switch (kind) {
    case DiffOp::Kind::kEqual: return "=";
    case DiffOp::Kind::kDelete: return "-";
    case DiffOp::Kind::kInsert: return "+";
  }
  return "=";
}

json Side(const SideInfo& side) {
  return {{"path", side.path}, {"label", side.label}, {"sentences", side.sentences.size()},
          {"boilerplate", side.boilerplate}};
}

json Sentences(const SideInfo& side, const std::vector<std::size_t>& indices) {
  json out = json::array();
  for (std::size_t i : indices) {
    const SentenceInfo& s = side.sentences[i];
    out.push_back({{"index", s.index}, {"line", s.line}, {"text", s.text}});
  }
  return out;
}

json Reasons(const std::vector<Reason>& reasons) {
  json out = json::array();
  for (const Reason& r : reasons) out.push_back({{"type", r.type}, {"a", r.a}, {"b", r.b}});
  return out;
}

}  // namespace

void RenderJson(const Report& report, const RenderOptions&, std::ostream& out) {
  json findings = json::array();
  for (const Finding& f : report.findings) {
    json diff = json::array();
    for (const DiffOp& op : f.diff) {
      json item = {{"op", OpName(op.kind)}, {"text", op.text}};
      if (op.kind == DiffOp::Kind::kEqual && op.text_b != op.text) item["text_b"] = op.text_b;
      diff.push_back(std::move(item));
    }
    findings.push_back({{"kind", FindingKindName(f.kind)},
                        {"a", Sentences(report.a, f.a)},
                        {"b", Sentences(report.b, f.b)},
                        {"similarity", std::round(f.similarity * 1000) / 1000},
                        {"moved", f.moved},
                        {"reasons", Reasons(f.reasons)},
                        {"notes", Reasons(f.notes)},
                        {"diff", std::move(diff)}});
  }
  json doc = {{"claimdiff", 1},
              {"a", Side(report.a)},
              {"b", Side(report.b)},
              {"summary",
               {{"shared", report.summary.shared},
                {"conflict", report.summary.conflict},
                {"only_a", report.summary.only_a},
                {"only_b", report.summary.only_b},
                {"moved", report.summary.moved}}},
              {"findings", std::move(findings)},
              {"warnings", report.warnings}};
  // Input is validated UTF-8; `replace` only guards against a future bug producing bad bytes.
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace claimdiff
