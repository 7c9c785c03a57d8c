// The command on web pages, PDF and DOCX files: what the reports say about each source, and
// positions as paragraphs and pages instead of lines, in text, JSON and HTML.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>

#include "test_util.h"

using claimdiff::testing::Quote;
using claimdiff::testing::RunClaimdiff;

namespace {

const std::string kDocuments = std::string(CLAIMDIFF_TEST_DATA) + "/extract/documents/";
const std::string kPages = std::string(CLAIMDIFF_TEST_DATA) + "/extract/pages/";

}  // namespace

TEST_CASE("cli: a PDF against a DOCX shows both sources and page/paragraph positions", "[cli][extract]") {
  auto run = RunClaimdiff("--color never -w 140 " + Quote(kDocuments + "harbour-release.pdf") + " " +
                          Quote(kDocuments + "club-statement.docx"));
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("\nA: PDF · \"Inner basin dredging to start in March\" · by Harbour Authority press office · "
                     "2025-02-12\n") != std::string::npos);
  CHECK(run.out.find("\nB: DOCX · \"Statement on the closure of the North Stand\" · by Club secretary · Marsh Lane "
                     "Football Club · 2024-01-19\n") != std::string::npos);
  CHECK(run.out.find("p.1 ¶1 Inner basin dredging") != std::string::npos);
  CHECK(run.out.find("p.2 ¶") != std::string::npos);
  CHECK(run.out.find("¶2 The club has closed") != std::string::npos);
}

TEST_CASE("cli: JSON carries each side's kind, metadata and sentence positions", "[cli][extract]") {
  auto run = RunClaimdiff("--format json " + Quote(kDocuments + "council-report.pdf") + " " +
                          Quote(kPages + "news-jsonld.html"));
  REQUIRE(run.exit_code == 1);
  nlohmann::json report = nlohmann::json::parse(run.out);
  CHECK(report["a"]["kind"] == "pdf");
  CHECK(report["a"]["metadata"]["published"] == "2023-10-09");
  CHECK(report["a"]["metadata"]["url"].get<std::string>().rfind("file:///", 0) == 0);
  CHECK(report["b"]["kind"] == "html");
  CHECK(report["b"]["metadata"]["byline"] == "Priya Raman, Tom Ashworth");
  CHECK(report["b"]["metadata"]["outlet"] == "The Coastline Courier");
  bool saw_page_two = false;
  for (const auto& finding : report["findings"]) {
    for (const auto& sentence : finding["a"]) {
      REQUIRE(sentence.contains("page"));
      if (sentence["page"] == 2) {
        saw_page_two = true;
        CHECK(sentence["position"].get<std::string>().rfind("p.2 ¶", 0) == 0);
      }
    }
    for (const auto& sentence : finding["b"]) {
      CHECK(!sentence.contains("page"));
      CHECK(sentence["position"] == "¶" + std::to_string(sentence["paragraph"].get<int>() + 1));
    }
  }
  CHECK(saw_page_two);
}

TEST_CASE("cli: the HTML report links each side to its source and shows its metadata", "[cli][extract]") {
  auto run = RunClaimdiff("--format html " + Quote(kPages + "amp.html") + " " + Quote(kPages + "plain-blog.html"));
  REQUIRE(run.exit_code == 1);
  CHECK(run.out.find("<div class=\"meta\">HTML · &quot;Night trains return to the valley line&quot; · by Lena Vogt · "
                     "Railway Weekly · 2022-09-09</div>") != std::string::npos);
  CHECK(run.out.find("class=\"source-link\" href=\"file:///") != std::string::npos);
  CHECK(run.out.find("/extract/pages/plain-blog.html\"") != std::string::npos);
}

TEST_CASE("cli: a PDF without text fails with one line naming it", "[cli][extract]") {
  auto run = RunClaimdiff(Quote(kDocuments + "scanned.pdf") + " " + Quote(kPages + "amp.html"));
  CHECK(run.exit_code == 2);
  CHECK(run.out.empty());
  CHECK(run.err ==
        "claimdiff: " + kDocuments + "scanned.pdf: PDF has no text layer (a scanned image? run OCR on it first)\n");
}

TEST_CASE("cli: plain text reports keep line numbers and no source line", "[cli][extract]") {
  auto run = RunClaimdiff("--color never " + claimdiff::testing::SeedArgs());
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("\nA: ") == std::string::npos);
  CHECK(run.out.find("  A 15   ") != std::string::npos);
}

TEST_CASE("cli: a page's metadata cannot drive the terminal", "[cli][extract][hostile]") {
  claimdiff::testing::TempDir dir;
  claimdiff::testing::WriteFile(
      dir.File("evil.html"),
      "<html><head><title>Red \x1b[31malert\x1b[0m - Evil \xE2\x80\xAE"
      "Times</title>"
      "<meta name=author content=\"Mallory\x07\"></head><body><article><h1>Headline here</h1>"
      "<p>A sentence that is long enough to be an article paragraph.</p></article></body></html>");
  auto run = RunClaimdiff("--color never " + Quote(dir.File("evil.html")) + " " + Quote(dir.File("evil.html")));
  CHECK(run.exit_code == 0);
  CHECK(run.out.find('\x1b') == std::string::npos);
  CHECK(run.out.find('\x07') == std::string::npos);
  CHECK(run.out.find("\xE2\x80\xAE") == std::string::npos);
  CHECK(run.out.find("by Mallory") != std::string::npos);
}
