// The names of the reason kinds: one table, read both ways.
#include <utility>

#include "claimdiff/compare.h"

namespace claimdiff {
namespace {

constexpr std::pair<ReasonKind, const char*> kNames[] = {
    {ReasonKind::kNegation, "negation"}, {ReasonKind::kAntonym, "antonym"},  {ReasonKind::kNumber, "number"},
    {ReasonKind::kTime, "time"},         {ReasonKind::kDate, "date"},        {ReasonKind::kAttribution, "attribution"},
    {ReasonKind::kQuote, "quote"},       {ReasonKind::kModality, "modality"}};

}  // namespace

const char* ReasonKindName(ReasonKind kind) {
  for (const auto& [k, name] : kNames) {
    if (k == kind) return name;
  }
  return "negation";
}

std::optional<ReasonKind> ParseReasonKind(std::string_view name) {
  for (const auto& [kind, written] : kNames) {
    if (name == written) return kind;
  }
  return std::nullopt;
}

}  // namespace claimdiff
