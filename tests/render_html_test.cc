// Tests of the HTML renderer: structure, escaping of hostile text, a self-contained page and CSP.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include "claimdiff/render.h"
#include "render/html_assets.h"
#include "test_util.h"

using namespace claimdiff;

namespace {

std::string Page(const Report& report) {
  std::ostringstream out;
  RenderHtml(report, {}, out);
  return out.str();
}

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

const char* kA = "The ministry said it has evidence of the attack.\n\nThe governor resigned after the vote.\n";
const char* kB = "The ministry said it has no evidence of the attack.\n\nFarmers said the harvest is lost.\n";

}  // namespace

TEST_CASE("html report has a card per conflict and a row per finding", "[render][html]") {
  Report report = claimdiff::testing::CompareTexts(kA, kB);
  std::string page = Page(report);
  CHECK(Count(page, "<article class=\"card conflict\"") == report.summary.conflict);
  CHECK(Count(page, "<tr class=\"row ") == report.findings.size());
  CHECK(page.find("<ins>no</ins>") != std::string::npos);
  CHECK(page.find("<span class=\"badge\">negation</span>") != std::string::npos);
  CHECK(page.find("1 conflict</strong>") != std::string::npos);
}

TEST_CASE("html report escapes every piece of input text", "[render][html]") {
  Report report = claimdiff::testing::CompareTexts(
      "He wrote <script>alert(1)</script> and \"><img src=x onerror=alert(2)> in the memo today.\n",
      "He wrote <script>alert(1)</script> and \"><img src=x onerror=alert(2)> in the letter today.\n");
  report.a.label = "</title><script>alert(3)</script>";
  report.b.label = "a&b \xE2\x80\xAE";
  std::string page = Page(report);
  CHECK(Count(page, "<script") == 1);  // the page's own
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(page.find("&lt;/title&gt;&lt;script&gt;alert(3)") != std::string::npos);
  CHECK(page.find("a&amp;b &lt;U+202E&gt;") != std::string::npos);
  CHECK(page.find("\xE2\x80\xAE") == std::string::npos);
}

TEST_CASE("html report loads nothing from the network and pins its script and style by hash", "[render][html]") {
  std::string page = Page(claimdiff::testing::CompareTexts(kA, kB));
  CHECK(page.find("http://") == std::string::npos);
  CHECK(page.find("https://") == std::string::npos);
  CHECK(page.find(" src=") == std::string::npos);
  CHECK(page.find("<link") == std::string::npos);
  CHECK(page.find(" style=") == std::string::npos);  // inline style attributes would be blocked
  // The hashes themselves are made at build time (cmake/ClaimdiffCspHashes.cmake checks its
  // base64 on known digests); the browser test proves the page's style and script pass them.
  CHECK(std::regex_search(page, std::regex("default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]{43}='; "
                                           "script-src 'sha256-[A-Za-z0-9+/]{43}='")));
  CHECK(page.find("<style>" + std::string(HtmlStyle()) + "</style>") != std::string::npos);
  CHECK(page.find("<script>" + std::string(HtmlScript()) + "</script>") != std::string::npos);
}

TEST_CASE("html controls stay hidden without scripts so the static page is complete", "[render][html]") {
  std::string page = Page(claimdiff::testing::CompareTexts(kA, kB));
  CHECK(page.find("<nav id=\"controls\" class=\"controls\" hidden") != std::string::npos);
  // Nothing else starts hidden: with scripts off every card and row shows.
  CHECK(Count(page.substr(0, page.find("<script>")), " hidden") == 1);
}

namespace {

// A report built by hand, so the renderer is tested apart from the pipeline: an A-only sentence,
// a conflict with two reasons, and a shared pair that moved (B has it first).
Report HandBuilt() {
  Report r;
  r.a.label = "wire.txt";
  r.b.label = "paper.txt";
  auto sentence = [](SideInfo* side, std::string text, std::size_t line, int finding) {
    SentenceInfo s;
    s.index = side->sentences.size();
    s.line = line;
    s.text = std::move(text);
    s.finding = finding;
    side->sentences.push_back(s);
  };
  sentence(&r.a, "The mayor spoke first </style><b>.", 1, 0);
  sentence(&r.a, "Police said 12 people were hurt.", 3, 1);
  sentence(&r.a, "The bridge reopened on Friday.", 5, 2);
  sentence(&r.b, "The bridge reopened on Friday.", 2, 2);
  sentence(&r.b, "Police said 21 people were not hurt.", 4, 1);

  Finding only_a;
  only_a.kind = FindingKind::kOnlyA;
  only_a.a = {0};
  Finding conflict;
  conflict.kind = FindingKind::kConflict;
  conflict.a = {1};
  conflict.b = {1};
  conflict.reasons = {{ReasonKind::kNumber, "12", "21"}, {ReasonKind::kNegation, "were hurt", "were not hurt"}};
  conflict.diff = {{DiffOp::Kind::kEqual, "Police said ", "Police said "},
                   {DiffOp::Kind::kDelete, "12 ", ""},
                   {DiffOp::Kind::kInsert, "21 ", ""},
                   {DiffOp::Kind::kEqual, "people were ", "people were "},
                   {DiffOp::Kind::kInsert, "not ", ""},
                   {DiffOp::Kind::kEqual, "hurt.", "hurt."}};
  Finding moved;
  moved.kind = FindingKind::kShared;
  moved.a = {2};
  moved.b = {0};
  moved.moved = true;
  r.findings = {only_a, conflict, moved};
  r.summary = {1, 1, 1, 0, 1};
  return r;
}

}  // namespace

TEST_CASE("html conflict card shows both sides with diff marks and a badge per reason", "[render][html]") {
  std::string page = Page(HandBuilt());
  std::string card = page.substr(page.find("<article"), page.find("</article>") - page.find("<article"));
  CHECK(card.find("<span class=\"badge\">number</span> <q>12</q> vs <q>21</q>") != std::string::npos);
  CHECK(card.find("<span class=\"badge\">negation</span>") != std::string::npos);
  // The words the reasons name stand out of the other changes.
  CHECK(card.find("<div class=\"side a\"><h3>A, line 3 <span class=\"label\">wire.txt</span></h3>"
                  "<p>Police said <del><mark class=\"why\">12</mark></del> people were hurt.</p>") !=
        std::string::npos);
  CHECK(card.find(
            "<p>Police said <ins><mark class=\"why\">21</mark></ins> people were <ins><mark class=\"why\">not</mark>"
            "</ins> hurt.</p>") != std::string::npos);
  CHECK(card.find("href=\"#f1\"") != std::string::npos);  // back to its row in the documents
}

TEST_CASE("html rows put a one-sided sentence opposite an empty cell", "[render][html]") {
  std::string page = Page(HandBuilt());
  std::size_t row = page.find("<tr class=\"row only_a\" data-kind=\"only_a\" id=\"f0\">");
  REQUIRE(row != std::string::npos);
  std::string tr = page.substr(row, page.find("</tr>", row) - row);
  CHECK(tr.find("<td class=\"text a\">The mayor spoke first &lt;/style&gt;&lt;b&gt;.</td>") != std::string::npos);
  CHECK(tr.find("<td class=\"text b empty-cell\"></td>") != std::string::npos);
  CHECK(tr.find("<td class=\"num\" data-side=\"B\"></td>") != std::string::npos);
}

TEST_CASE("html marks a moved sentence and links to where it sits in B", "[render][html]") {
  Report report = HandBuilt();
  std::string page = Page(report);
  std::size_t row = page.find("<tr class=\"row shared moved\" data-kind=\"shared\" id=\"f2\">");
  REQUIRE(row != std::string::npos);
  std::string tr = page.substr(row, page.find("</tr>", row) - row);
  CHECK(tr.find("&#8597; moved: in B this comes first") != std::string::npos);
  // Move the shared pair after the conflict in B: the note now links to the conflict's row.
  std::swap(report.b.sentences[0].text, report.b.sentences[1].text);
  report.b.sentences[0].finding = 1;
  report.b.sentences[1].finding = 2;
  report.findings[1].b = {0};
  report.findings[2].b = {1};
  page = Page(report);
  CHECK(page.find("moved: in B this comes after <a href=\"#f1\">B line 2</a>") != std::string::npos);
}

TEST_CASE("html summary counts every kind and the bar matches them", "[render][html]") {
  std::string page = Page(HandBuilt());
  CHECK(page.find("<title>claimdiff: wire.txt vs paper.txt</title>") != std::string::npos);
  CHECK(page.find("aria-label=\"1 conflict, 1 shared, 1 only in A, 0 only in B\"") != std::string::npos);
  CHECK(page.find("<rect class=\"conflict\" x=\"0\" y=\"0\" width=\"1\" height=\"1\"/>") != std::string::npos);
  CHECK(page.find("<rect class=\"only_b\"") == std::string::npos);  // no zero-width segments
  CHECK(page.find("1 moved</li>") != std::string::npos);
}

TEST_CASE("html shows bidi and control characters in sentences as visible escapes", "[render][html]") {
  Report report = HandBuilt();
  report.a.sentences[0].text =
      "Invoice \xE2\x80\xAEgpj.exe\xE2\x80\xAC from \x1b[31mred <a href=\"javascript:alert(1)\">x</a>";
  std::string page = Page(report);
  CHECK(page.find("Invoice &lt;U+202E&gt;gpj.exe&lt;U+202C&gt; from \\x1b[31mred "
                  "&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;") != std::string::npos);
  CHECK(page.find("\xE2\x80\xAE") == std::string::npos);
  CHECK(page.find("\x1b") == std::string::npos);
  CHECK(page.find("href=\"javascript:") == std::string::npos);
}
