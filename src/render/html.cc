// HTML renderer: one self-contained page — summary, conflict cards, both documents side by side.
#include <algorithm>
#include <cstdio>
#include <ostream>
#include <string>
#include <vector>

#include "claimdiff/render.h"
#include "render/blocks.h"
#include "render/conflict_words.h"
#include "render/csp_hashes.h"
#include "render/html_assets.h"
#include "render/html_escape.h"
#include "render/plural.h"

namespace claimdiff {
namespace {

const char* KindLabel(FindingKind kind) {
  switch (kind) {
    case FindingKind::kShared:
      return "shared";
    case FindingKind::kConflict:
      return "conflict";
    case FindingKind::kOnlyA:
      return "only in A";
    case FindingKind::kOnlyB:
      return "only in B";
  }
  return "";
}

const char* Icon(FindingKind kind) {
  switch (kind) {
    case FindingKind::kShared:
      return "=";
    case FindingKind::kConflict:
      return "&#9888;";  // warning sign
    case FindingKind::kOnlyA:
      return "&#9664;";  // left-pointing triangle
    case FindingKind::kOnlyB:
      return "&#9654;";  // right-pointing triangle
  }
  return "";
}

// One side of a finding: the diff's runs with <del>/<ins>, or the plain sentences. In conflict
// cards `conflict_words` are marked inside the changed runs.
std::string SideHtml(const Report& report, const Finding& f, bool side_a,
                     const std::vector<std::string>* conflict_words = nullptr) {
  std::string out;
  if (!f.diff.empty()) return DiffSideHtml(f.diff, side_a, conflict_words);
  const SideInfo& side = side_a ? report.a : report.b;
  for (std::size_t i : side_a ? f.a : f.b) out += (out.empty() ? "" : " ") + Html(side.sentences[i].text);
  return out;
}

// The line (text) or paragraph and page (web pages, PDF, DOCX) of a finding's first sentence.
std::string FirstPosition(const SideInfo& side, const std::vector<std::size_t>& indices) {
  return indices.empty() ? "" : Html(SentencePosition(side, side.sentences[indices.front()]));
}

// A link to where the source came from: the final URL of a fetched page, or the file.
std::string SourceLink(const SideInfo& side) {
  const std::string& url = side.metadata.url;
  if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0 && url.rfind("file://", 0) != 0) return "";
  return " <a class=\"source-link\" href=\"" + Html(url) + "\" rel=\"noreferrer noopener\">" +
         (url.rfind("file://", 0) == 0 ? "open file" : Html(url)) + "</a>";
}

void Header(const Report& report, std::string* out) {
  const Summary& s = report.summary;
  *out += "<header><h1>claimdiff report</h1><div class=\"sources\">";
  for (const SideInfo* side : {&report.a, &report.b}) {
    bool a = side == &report.a;
    *out += std::string("<div class=\"source ") + (a ? "a" : "b") + "\"><div class=\"name\">" + (a ? "A: " : "B: ") +
            Html(side->label) + SourceLink(*side) + "</div>";
    std::string description = SourceDescription(*side);
    if (!description.empty()) *out += "<div class=\"meta\">" + Html(description) + "</div>";
    *out += "<div class=\"count\">" + Plural(side->sentences.size(), "sentence");
    if (side->boilerplate) *out += ", " + std::to_string(side->boilerplate) + " boilerplate";
    *out += "</div></div>";
  }
  *out += "</div>";
  // The bar: one SVG rect per kind, widths proportional to the counts (no inline styles: CSP).
  const std::size_t total = std::max<std::size_t>(1, s.conflict + s.shared + s.only_a + s.only_b);
  *out += "<svg class=\"bar\" viewBox=\"0 0 " + std::to_string(total) +
          " 1\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"" + Plural(s.conflict, "conflict") + ", " +
          std::to_string(s.shared) + " shared, " + std::to_string(s.only_a) + " only in A, " +
          std::to_string(s.only_b) + " only in B\">";
  std::size_t x = 0;
  const std::pair<const char*, std::size_t> parts[] = {
      {"conflict", s.conflict}, {"shared", s.shared}, {"only_a", s.only_a}, {"only_b", s.only_b}};
  for (const auto& [kind, n] : parts) {
    if (n == 0) continue;
    *out += "<rect class=\"" + std::string(kind) + "\" x=\"" + std::to_string(x) + "\" y=\"0\" width=\"" +
            std::to_string(n) + "\" height=\"1\"/>";
    x += n;
  }
  *out += "</svg><ul class=\"totals\">";
  *out += "<li class=\"conflict\"><span class=\"icon\">&#9888;</span> <strong>" + Plural(s.conflict, "conflict") +
          "</strong></li>";
  *out += "<li class=\"shared\"><span class=\"icon\">=</span> " + std::to_string(s.shared) + " shared</li>";
  *out += "<li class=\"only_a\"><span class=\"icon\">&#9664;</span> " + std::to_string(s.only_a) + " only in A</li>";
  *out += "<li class=\"only_b\"><span class=\"icon\">&#9654;</span> " + std::to_string(s.only_b) + " only in B</li>";
  if (s.moved) *out += "<li><span class=\"icon\">&#8597;</span> " + std::to_string(s.moved) + " moved</li>";
  *out += "</ul>";
  if (!report.warnings.empty()) {
    *out += "<div class=\"warnings\"><strong>Notes on this report</strong><ul>";
    for (const std::string& w : report.warnings) *out += "<li>" + Html(w) + "</li>";
    *out += "</ul></div>";
  }
  *out += "</header>";
}

void Controls(std::string* out) {
  *out +=
      "<nav id=\"controls\" class=\"controls\" hidden aria-label=\"Filters\">"
      "<button type=\"button\" data-filter=\"all\" aria-pressed=\"true\">All</button>"
      "<button type=\"button\" data-filter=\"conflict\">&#9888; Conflicts</button>"
      "<button type=\"button\" data-filter=\"shared\">= Shared</button>"
      "<button type=\"button\" data-filter=\"only_a\">&#9664; Only A</button>"
      "<button type=\"button\" data-filter=\"only_b\">&#9654; Only B</button>"
      "<button type=\"button\" id=\"next-conflict\">Next conflict (n)</button>"
      "<span class=\"hint\">keys: n / p next / previous conflict</span></nav>";
}

// A softer difference (a hedge, a quote's wording), shown beside a claim that stays shared.
std::string NoteHtml(const Reason& r) {
  return "<span class=\"reason note\"><span class=\"badge\">" + Html(r.type()) + "</span> <q>" + Html(r.a) +
         "</q> vs <q>" + Html(r.b) + "</q></span>";
}

void ConflictCards(const Report& report, std::string* out) {
  if (report.summary.conflict == 0) return;
  *out += "<section id=\"conflicts\"><h2>&#9888; Conflicts</h2>";
  for (std::size_t k = 0; k < report.findings.size(); ++k) {
    const Finding& f = report.findings[k];
    if (f.kind != FindingKind::kConflict) continue;
    *out += "<article class=\"card conflict\" data-kind=\"conflict\" id=\"card-" + std::to_string(k) +
            "\"><div class=\"badges\">";
    for (const Reason& r : f.reasons) {
      *out += "<span class=\"reason\"><span class=\"badge\">" + Html(r.type()) + "</span> <q>" + Html(r.a) +
              "</q> vs <q>" + Html(r.b) + "</q></span>";
    }
    for (const Reason& r : f.notes) *out += NoteHtml(r);
    *out += "</div><div class=\"pair\">";
    for (const SideInfo* side : {&report.a, &report.b}) {
      const bool is_a = side == &report.a;
      const std::vector<std::string> conflict_words = ConflictWords(f, is_a);
      *out += std::string("<div class=\"side ") + (is_a ? "a" : "b") + "\"><h3>" + (is_a ? "A" : "B") +
              (side->kind == InputKind::kText ? ", line " : ", ") + FirstPosition(*side, is_a ? f.a : f.b) +
              " <span class=\"label\">" + Html(side->label) + "</span></h3><p>" +
              SideHtml(report, f, is_a, &conflict_words) + "</p></div>";
    }
    *out += "</div><a href=\"#f" + std::to_string(k) + "\">show in context</a></article>";
  }
  *out += "</section>";
}

// Where a sentence stands, linked to its row in the side-by-side table.
std::string SentenceLink(const SideInfo& side, std::size_t index) {
  const SentenceInfo& sentence = side.sentences[index];
  const std::string position = Html(SentencePosition(side, sentence));
  return sentence.finding < 0 ? position
                              : "<a href=\"#f" + std::to_string(sentence.finding) + "\">" + position + "</a>";
}

// Each measure both reports give, both values, agreeing or not, linked to the sentences.
void FiguresTable(const Report& report, std::string* out) {
  if (report.figures.empty()) return;
  *out +=
      "<section id=\"figures\"><h2>Figures</h2><table class=\"figures\"><thead><tr><th></th><th>measure</th>"
      "<th>A</th><th>B</th></tr></thead><tbody>";
  for (const FigureRow& row : report.figures) {
    *out += std::string("<tr class=\"") + (row.agree ? "agree" : "differ") + "\"><td class=\"mark\">" +
            (row.agree ? "<span title=\"both can be right\">=</span>" : "<span title=\"they differ\">&#9888;</span>") +
            "</td><td>" + Html(row.measure) + "</td><td><q>" + Html(row.a_value) + "</q> <span class=\"at\">A " +
            SentenceLink(report.a, row.a) + "</span></td><td><q>" + Html(row.b_value) + "</q> <span class=\"at\">B " +
            SentenceLink(report.b, row.b) + "</span></td></tr>";
  }
  *out += "</tbody></table></section>";
}

// Softer differences inside claims both make: listed so they are not only in the JSON.
void NotesList(const Report& report, std::string* out) {
  std::string items;
  for (std::size_t k = 0; k < report.findings.size(); ++k) {
    const Finding& f = report.findings[k];
    if (f.kind != FindingKind::kShared || f.notes.empty()) continue;
    items += "<li>";
    for (const Reason& r : f.notes) items += NoteHtml(r) + " ";
    items += "<a href=\"#f" + std::to_string(k) + "\">A " + FirstPosition(report.a, f.a) + " / B " +
             FirstPosition(report.b, f.b) + "</a></li>";
  }
  if (items.empty()) return;
  *out += "<section id=\"notes\"><h2>Notes</h2><p class=\"legend\">Differences that leave a claim shared.</p><ul>" +
          items + "</ul></section>";
}

// For a moved finding, the finding holding the B sentence just before it, to link to.
int PreviousInB(const Report& report, const Finding& f) {
  for (std::size_t j = f.b.front(); j-- > 0;) {
    int k = report.b.sentences[j].finding;
    if (k >= 0) return k;
  }
  return -1;
}

// One finding as a table row.
void Row(const Report& report, std::size_t k, std::string* out) {
  const Finding& f = report.findings[k];
  const char* kind = FindingKindName(f.kind);
  *out += "<tr class=\"row " + std::string(kind) + (f.moved ? " moved" : "") + "\" data-kind=\"" + kind + "\" id=\"f" +
          std::to_string(k) + "\">";
  std::string a = f.a.empty() ? "" : SideHtml(report, f, true);
  std::string b = f.b.empty() ? "" : SideHtml(report, f, false);
  *out += "<td class=\"num\" data-side=\"A\">" + FirstPosition(report.a, f.a) + "</td>";
  *out += std::string("<td class=\"text a") + (a.empty() ? " empty-cell" : "") + "\">" + a + "</td>";
  *out += "<td class=\"mark\"><span class=\"icon\" title=\"" + std::string(KindLabel(f.kind)) + "\">" + Icon(f.kind) +
          "</span></td>";
  *out += "<td class=\"num\" data-side=\"B\">" + FirstPosition(report.b, f.b) + "</td>";
  *out += std::string("<td class=\"text b") + (b.empty() ? " empty-cell" : "") + "\">" + b;
  if (f.moved) {
    int before = PreviousInB(report, f);
    *out += "<span class=\"moved-note\">&#8597; moved: in B this comes ";
    *out += before < 0 ? std::string("first")
                       : "after <a href=\"#f" + std::to_string(before) + "\">B line " +
                             FirstPosition(report.b, report.findings[static_cast<std::size_t>(before)].b) + "</a>";
    *out += "</span>";
  }
  *out += "</td></tr>";
}

// Rows go to `sink` as they are made, so a book-length page is never held whole.
void SideBySide(const Report& report, std::string* out, std::ostream& sink) {
  *out +=
      "<section id=\"documents\"><h2>Side by side</h2><p class=\"legend\">"
      "<span class=\"icon conflict\">&#9888;</span> conflict &nbsp; <span class=\"icon shared\">=</span> shared "
      "&nbsp; <span class=\"icon only_a\">&#9664;</span> only in A &nbsp; <span class=\"icon only_b\">&#9654;</span> "
      "only in B &nbsp; &#8597; moved &nbsp; <del>deleted</del> / <ins>inserted</ins> words</p>"
      "<table class=\"doc\"><colgroup><col class=\"num\"><col><col class=\"mark\"><col class=\"num\"><col>"
      "</colgroup><thead><tr><th></th><th>A: " +
      Html(report.a.label) + "</th><th></th><th></th><th>B: " + Html(report.b.label) + "</th></tr></thead><tbody>";
  sink << *out;
  out->clear();
  RenderInBlocks(report.findings.size(), sink, [&report](std::size_t begin, std::size_t end, std::string* rows) {
    for (std::size_t k = begin; k < end; ++k) Row(report, k, rows);
  });
  *out += "</tbody></table></section>";
}

}  // namespace

void RenderHtml(const Report& report, const RenderOptions&, std::ostream& out) {
  const std::string_view style = HtmlStyle(), script = HtmlScript();
  std::string page;
  page +=
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src " +
      std::string(kHtmlStyleCspHash) + "; script-src " + std::string(kHtmlScriptCspHash) +
      "; img-src 'none'; base-uri 'none'; form-action 'none'\">"
      "<meta name=\"referrer\" content=\"no-referrer\"><meta name=\"generator\" content=\"claimdiff\">";
  page += "<title>claimdiff: " + Html(report.a.label) + " vs " + Html(report.b.label) + "</title>";
  page += "<style>";
  page += style;
  page += "</style></head><body data-filter=\"all\"><main>";
  Header(report, &page);
  Controls(&page);
  ConflictCards(report, &page);
  FiguresTable(report, &page);
  NotesList(report, &page);
  SideBySide(report, &page, out);
  page +=
      "<footer>Made with claimdiff. Sentences are shown as in the sources, whitespace collapsed; "
      "control characters are shown escaped.</footer></main><script>";
  page += script;
  page += "</script></body></html>\n";
  out << page;
}

}  // namespace claimdiff
