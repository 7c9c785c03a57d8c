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
  std::string csp = "default-src 'none'; style-src " + CspHash(HtmlStyle()) + "; script-src " + CspHash(HtmlScript());
  CHECK(page.find(csp) != std::string::npos);
  CHECK(page.find("<style>" + std::string(HtmlStyle()) + "</style>") != std::string::npos);
  CHECK(page.find("<script>" + std::string(HtmlScript()) + "</script>") != std::string::npos);
}

TEST_CASE("CSP hashes are base64 SHA-256 digests", "[render][html]") {
  // SHA-256("") and SHA-256("abc"), base64-encoded.
  CHECK(CspHash("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  CHECK(CspHash("abc") == "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
}

TEST_CASE("html controls stay hidden without scripts so the static page is complete", "[render][html]") {
  std::string page = Page(claimdiff::testing::CompareTexts(kA, kB));
  CHECK(page.find("<nav id=\"controls\" class=\"controls\" hidden") != std::string::npos);
  // Nothing else starts hidden: with scripts off every card and row shows.
  CHECK(Count(page.substr(0, page.find("<script>")), " hidden") == 1);
}
