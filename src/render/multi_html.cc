// HTML renderer of the multi-source report: one self-contained page with the corroboration grid;
// each cell opens its evidence sentence, a contradiction also the pairwise word diff.
#include <algorithm>
#include <string>

#include "claimdiff/multi.h"
#include "render/csp_hashes.h"
#include "render/html_assets.h"
#include "render/html_escape.h"
#include "render/multi_html_assets.h"

namespace claimdiff {
namespace {

std::string Plural(std::size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

std::string Sentences(const SideInfo& side, const std::vector<std::size_t>& indices) {
  std::string out;
  for (std::size_t i : indices) out += (out.empty() ? "" : " ") + Html(side.sentences[i].text);
  return out;
}

std::string Position(const SideInfo& side, const std::vector<std::size_t>& indices) {
  if (indices.empty()) return "";
  return Html((side.kind == InputKind::kText ? "line " : "") + SentencePosition(side, side.sentences[indices.front()]));
}

void Header(const MultiReport& report, std::string* out) {
  const ClaimTotals totals = report.Totals();
  const std::size_t contradicted = totals.contradicted, corroborated = totals.corroborated,
                    single = totals.single_source;
  *out += "<header><h1>claimdiff: " + Plural(report.sources.size(), "source") + "</h1><ol class=\"sources\">";
  for (std::size_t s = 0; s < report.sources.size(); ++s) {
    const SideInfo& side = report.sources[s];
    const SourceSummary& sum = report.summary[s];
    *out += "<li id=\"s" + std::to_string(s + 1) + "\"><span class=\"n\">" + std::to_string(s + 1) +
            "</span><span class=\"name\">" + Html(side.label) + "</span>";
    std::string description = SourceDescription(side);
    if (!description.empty()) *out += "<div class=\"meta\">" + Html(description) + "</div>";
    *out += "<div class=\"sum\">" + Plural(sum.claims, "claim") + ": " + std::to_string(sum.confirmed) +
            " confirmed by others, " + std::to_string(sum.contradicted) + " contradicted, " +
            std::to_string(sum.alone) + " nobody else makes</div></li>";
  }
  *out += "</ol><p class=\"totals\">" + Plural(report.claims.size(), "claim") + ": <strong>" +
          std::to_string(contradicted) + " contradicted</strong>, " + std::to_string(corroborated) +
          " corroborated by two or more sources, " + std::to_string(single) + " from one source only</p>";
  if (!report.warnings.empty()) {
    *out += "<div class=\"warnings\"><strong>Notes on this report</strong><ul>";
    for (const std::string& w : report.warnings) *out += "<li>" + Html(w) + "</li>";
    *out += "</ul></div>";
  }
  *out += "</header>";
}

void Controls(std::size_t sources, std::string* out) {
  *out +=
      "<nav id=\"controls\" class=\"controls\" hidden aria-label=\"Filters\">"
      "<button type=\"button\" data-filter=\"all\" aria-pressed=\"true\">All</button>"
      "<button type=\"button\" data-filter=\"contradicted\">! Contradicted</button>"
      "<button type=\"button\" data-filter=\"single\">One source only</button>"
      "<button type=\"button\" data-filter=\"k\">Stated by at least</button>"
      "<label><input id=\"k\" type=\"number\" min=\"1\" max=\"" +
      std::to_string(sources) +
      "\" value=\"2\" aria-label=\"sources\"> sources</label><span id=\"shown\" class=\"shown\"></span></nav>";
}

// What a contradicting cell opens to: for each contradiction with another source, the reasons
// and the two sentences as a word diff.
std::string Contradictions(const MultiReport& report, const Claim& claim, std::size_t s) {
  std::string out;
  for (std::size_t k : claim.links) {
    const ClaimLink& link = report.links[k];
    if (!link.conflict() || (link.source_a != s && link.source_b != s)) continue;
    const bool mine_a = link.source_a == s;
    const std::size_t other = mine_a ? link.source_b : link.source_a;
    out += "<div class=\"vs\"><div class=\"who\">vs " + std::to_string(other + 1) + " " +
           Html(report.sources[other].label) + ", " + Position(report.sources[other], mine_a ? link.b : link.a) +
           "</div>";
    for (const Reason& r : link.reasons) {
      out += "<div class=\"reason\"><span class=\"badge\">" + Html(r.type()) + "</span> <q>" +
             Html(mine_a ? r.a : r.b) + "</q> vs <q>" + Html(mine_a ? r.b : r.a) + "</q></div>";
    }
    // The diff's A side is the link's first source: this source's words are <del> or <ins>.
    out += "<p class=\"diff mine\">" + DiffSideHtml(link.diff, mine_a) + "</p><p class=\"diff other\">" +
           DiffSideHtml(link.diff, !mine_a) + "</p></div>";
  }
  return out;
}

void Row(const MultiReport& report, std::size_t c, std::string* out) {
  const Claim& claim = report.claims[c];
  const std::size_t involved = claim.states + claim.contradicts;
  *out += "<tr class=\"claim" + std::string(claim.contradicts ? " contradicted" : "") +
          (involved == 1 ? " single" : "") + "\" id=\"c" + std::to_string(c + 1) + "\" data-contradicted=\"" +
          (claim.contradicts ? "1" : "0") + "\" data-states=\"" + std::to_string(claim.states) + "\" data-sources=\"" +
          std::to_string(involved) + "\"><td class=\"num\">" + std::to_string(c + 1) + "</td>";
  for (std::size_t s = 0; s < claim.stance.size(); ++s) {
    const Stance stance = claim.stance[s];
    if (stance == Stance::kSilent) {
      *out += "<td class=\"cell silent\" title=\"silent\"></td>";
      continue;
    }
    const bool states = stance == Stance::kStates;
    const SideInfo& side = report.sources[s];
    *out += std::string("<td class=\"cell ") + StanceName(stance) + "\"><details><summary title=\"" +
            std::to_string(s + 1) + (states ? " states it" : " contradicts it") + "\">" + (states ? "=" : "!") +
            "</summary><div class=\"evidence\"><div class=\"who\">" + std::to_string(s + 1) + " " + Html(side.label) +
            ", " + Position(side, claim.sentences[s]) + "</div><p>" + Sentences(side, claim.sentences[s]) + "</p>";
    if (!states) *out += Contradictions(report, claim, s);
    *out += "</div></details></td>";
  }
  *out += "<td class=\"claim-text\">" + Html(report.sources[claim.lead_source].sentences[claim.lead_sentence].text) +
          "</td></tr>";
}

}  // namespace

void RenderMultiHtml(const MultiReport& report, const RenderOptions&, std::ostream& out) {
  const std::string_view style = MultiHtmlStyle(), script = MultiHtmlScript();
  std::string page;
  page +=
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src " +
      std::string(kMultiHtmlStyleCspHash) + "; script-src " + std::string(kMultiHtmlScriptCspHash) +
      "; img-src 'none'; base-uri 'none'; form-action 'none'\">"
      "<meta name=\"referrer\" content=\"no-referrer\"><meta name=\"generator\" content=\"claimdiff\">";
  std::string labels;
  for (const SideInfo& side : report.sources) labels += (labels.empty() ? "" : ", ") + side.label;
  page += "<title>claimdiff: " + Html(labels) + "</title><style>";
  page += style;
  page += "</style></head><body data-filter=\"all\"><main>";
  Header(report, &page);
  Controls(report.sources.size(), &page);
  page +=
      "<p class=\"legend\">= states the claim &nbsp; ! contradicts it &nbsp; blank: silent. Open a mark for "
      "the source's sentence; a contradiction also shows the word diff against the sentence it contradicts.</p>"
      "<table class=\"grid\" id=\"grid\"><thead><tr><th>#</th>";
  for (std::size_t s = 0; s < report.sources.size(); ++s) {
    page += "<th scope=\"col\" title=\"" + Html(report.sources[s].label) + "\">" + std::to_string(s + 1) + "</th>";
  }
  page += "<th class=\"claim\">claim (as the first source stating it words it)</th></tr></thead><tbody>";
  for (std::size_t c = 0; c < report.claims.size(); ++c) Row(report, c, &page);
  page +=
      "</tbody></table><footer>Made with claimdiff. Sentences are shown as in the sources, whitespace "
      "collapsed; control characters are shown escaped.</footer></main><script>";
  page += script;
  page += "</script></body></html>\n";
  out << page;
}

}  // namespace claimdiff
