// Article extraction measured on hand-written fixtures: web pages in eight site layouts, two PDFs
// and two DOCX files, each with the list of its body sentences and of its furniture (lines a
// reader should never see in the extracted text). At least 95% of body sentences kept and at
// most 2% of furniture kept, per fixture and overall; the figures are printed for the record.
#include <catch2/catch.hpp>

#include <dirent.h>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "claimdiff/claimdiff.h"
#include "input/paragraph_text.h"

using namespace claimdiff;

namespace {

const std::string kExtractDir = std::string(CLAIMDIFF_TEST_DATA) + "/extract";

std::vector<std::string> Lines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

std::map<std::string, std::string> Metadata(const std::string& path) {
  std::map<std::string, std::string> fields;
  for (const std::string& line : Lines(path)) {
    std::size_t eq = line.find('=');
    if (eq != std::string::npos) fields[line.substr(0, eq)] = line.substr(eq + 1);
  }
  return fields;
}

// The fixtures of one folder: every file with a NAME.body beside it.
std::vector<std::string> Fixtures(const std::string& folder) {
  std::vector<std::string> found;
  DIR* dir = ::opendir(folder.c_str());
  REQUIRE(dir != nullptr);
  while (dirent* entry = ::readdir(dir)) {
    std::string name = entry->d_name;
    std::size_t dot = name.rfind('.');
    if (dot == std::string::npos) continue;
    std::string ext = name.substr(dot);
    if (ext == ".html" || ext == ".pdf" || ext == ".docx") {
      if (std::ifstream(folder + "/" + name.substr(0, dot) + ".body").good()) found.push_back(folder + "/" + name);
    }
  }
  ::closedir(dir);
  std::sort(found.begin(), found.end());
  return found;
}

struct Figures {
  std::size_t body = 0, body_kept = 0, furniture = 0, furniture_kept = 0;
};

// Extracted text with paragraph and line breaks as spaces: a sentence is kept when it appears.
std::string Flat(const std::string& text) {
  std::string flat = text;
  for (char& c : flat) {
    if (c == '\n') c = ' ';
  }
  return CollapseSpaces(flat);
}

}  // namespace

TEST_CASE("extraction keeps the body and drops the furniture of every fixture", "[extract]") {
  std::vector<std::string> fixtures = Fixtures(kExtractDir + "/pages");
  const std::size_t pages = fixtures.size();
  for (const std::string& document : Fixtures(kExtractDir + "/documents")) fixtures.push_back(document);
  REQUIRE(pages >= 8);
  REQUIRE(fixtures.size() >= pages + 4);

  Figures total;
  for (const std::string& path : fixtures) {
    const std::string stem = path.substr(0, path.rfind('.'));
    const std::string name = stem.substr(stem.rfind('/') + 1);
    Document doc;
    Status status = ReadDocument(path, {}, &doc);
    INFO(name << ": " << status.message());
    REQUIRE(status.ok());
    const std::string text = Flat(doc.text);
    Figures figures;
    for (const std::string& sentence : Lines(stem + ".body")) {
      ++figures.body;
      if (text.find(sentence) != std::string::npos)
        ++figures.body_kept;
      else
        UNSCOPED_INFO(name << ": body sentence lost: " << sentence);
    }
    for (const std::string& line : Lines(stem + ".furniture")) {
      ++figures.furniture;
      if (text.find(line) != std::string::npos) {
        ++figures.furniture_kept;
        UNSCOPED_INFO(name << ": furniture kept: " << line);
      }
    }
    std::printf("extraction %-20s %-4s body %2zu/%2zu kept (%5.1f%%), furniture %2zu/%2zu kept (%4.1f%%)\n",
                name.c_str(), InputKindName(doc.kind), figures.body_kept, figures.body,
                100.0 * static_cast<double>(figures.body_kept) / static_cast<double>(figures.body),
                figures.furniture_kept, figures.furniture,
                figures.furniture
                    ? 100.0 * static_cast<double>(figures.furniture_kept) / static_cast<double>(figures.furniture)
                    : 0.0);
    CHECK(figures.body_kept * 100 >= figures.body * 95);
    CHECK(figures.furniture_kept * 100 <= figures.furniture * 2);
    total.body += figures.body;
    total.body_kept += figures.body_kept;
    total.furniture += figures.furniture;
    total.furniture_kept += figures.furniture_kept;
  }
  std::printf("extraction overall: body %zu/%zu kept, furniture %zu/%zu kept\n", total.body_kept, total.body,
              total.furniture_kept, total.furniture);
  CHECK(total.body_kept * 100 >= total.body * 95);
  CHECK(total.furniture_kept * 100 <= total.furniture * 2);
}

TEST_CASE("extraction reads each fixture's title, byline, outlet and date", "[extract]") {
  std::vector<std::string> fixtures = Fixtures(kExtractDir + "/pages");
  REQUIRE(fixtures.size() >= 8);
  for (const std::string& path : fixtures) {
    const std::string stem = path.substr(0, path.rfind('.'));
    Document doc;
    REQUIRE(ReadDocument(path, {}, &doc).ok());
    CHECK(doc.kind == InputKind::kHtml);
    std::map<std::string, std::string> expected = Metadata(stem + ".meta");
    INFO(path);
    REQUIRE(!expected.empty());
    CHECK(doc.metadata.title == expected["title"]);
    CHECK(doc.metadata.byline == expected["byline"]);
    CHECK(doc.metadata.outlet == expected["outlet"]);
    CHECK(doc.metadata.published == expected["published"]);
  }
}

TEST_CASE("PDF fixtures: pages, metadata, hyphens joined, running lines gone", "[extract][pdf]") {
  Document doc;
  REQUIRE(ReadDocument(kExtractDir + "/documents/harbour-release.pdf", {}, &doc).ok());
  CHECK(doc.kind == InputKind::kPdf);
  CHECK(doc.page_starts.size() >= 2);
  CHECK(doc.metadata.title == "Inner basin dredging to start in March");
  CHECK(doc.metadata.byline == "Harbour Authority press office");
  CHECK(doc.metadata.published == "2025-02-12");
  CHECK(doc.text.find("Page 1 of") == std::string::npos);
  CHECK(doc.text.find("Press release") == std::string::npos);
  // Every word the layout broke with a hyphen reads whole again.
  CHECK(doc.text.find("- ") == std::string::npos);

  Report report;
  Document same = doc;
  REQUIRE(CompareDocuments(doc, same, {}, &report).ok());
  const SentenceInfo& last = report.a.sentences.back();
  CHECK(last.page == doc.page_starts.size());
  CHECK(SentencePosition(report.a, last).rfind("p." + std::to_string(last.page) + " \xC2\xB6", 0) == 0);
  CHECK(SentencePosition(report.a, report.a.sentences.front()) ==
        "p.1 \xC2\xB6"
        "1");
}

TEST_CASE("PDF without a text layer is a clear error", "[extract][pdf]") {
  Document doc;
  Status status = ReadDocument(kExtractDir + "/documents/scanned.pdf", {}, &doc);
  REQUIRE(!status.ok());
  CHECK(status.message().find("scanned.pdf: PDF has no text layer") != std::string::npos);
}

TEST_CASE("DOCX fixtures: notes after the body, metadata, deleted text left out", "[extract][docx]") {
  Document doc;
  REQUIRE(ReadDocument(kExtractDir + "/documents/ministry-reply.docx", {}, &doc).ok());
  CHECK(doc.kind == InputKind::kDocx);
  CHECK(doc.metadata.title == "Reply to the committee on rural bus services");
  CHECK(doc.metadata.outlet == "Department for Transport Links");
  CHECK(doc.metadata.published == "2023-09-04");
  std::size_t note = doc.text.find("[1] The committee's report");
  REQUIRE(note != std::string::npos);
  CHECK(note > doc.text.find("A full response to each recommendation"));
  // The reference mark does not split the sentence that carries it.
  CHECK(doc.text.find("fourteen recommendations.\n\nFunding") != std::string::npos);

  REQUIRE(ReadDocument(kExtractDir + "/documents/club-statement.docx", {}, &doc).ok());
  CHECK(doc.text.find("blame the contractor") == std::string::npos);
  CHECK(doc.text.find("DATE") == std::string::npos);
}

TEST_CASE("the input kind is found from the content, not the name", "[extract]") {
  const std::string pdf = kExtractDir + "/documents/council-report.pdf";
  std::ifstream in(pdf, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  Document doc;
  REQUIRE(DecodeDocument(bytes.str(), "report.txt", {}, &doc).ok());
  CHECK(doc.kind == InputKind::kPdf);
  REQUIRE(
      DecodeDocument("<!-- saved page -->\n<p>One sentence here.</p><p>Another one there.</p>", "page.txt", {}, &doc)
          .ok());
  CHECK(doc.kind == InputKind::kHtml);
  CHECK(doc.text == "One sentence here.\n\nAnother one there.");
  REQUIRE(DecodeDocument("Prices < 5 dollars rose.\n<p> is a tag name.\n", "notes.html", {}, &doc).ok());
  CHECK(doc.kind == InputKind::kText);
  // A server's Content-Type counts when the bytes do not tell (no markup before the text).
  REQUIRE(DecodeDocument("Title line<p>First paragraph.<p>Second paragraph.", "u", {}, &doc, "text/html").ok());
  CHECK(doc.kind == InputKind::kHtml);
  REQUIRE(DecodeDocument("Title line<p>First paragraph.<p>Second paragraph.", "u", {}, &doc, "text/plain").ok());
  CHECK(doc.kind == InputKind::kText);
}

TEST_CASE("a page without an article is an error naming the file", "[extract]") {
  Document doc;
  Status status =
      DecodeDocument("<html><body><nav><a href=/>Home</a></nav><h1>Log in</h1></body></html>", "login.html", {}, &doc);
  REQUIRE(!status.ok());
  CHECK(status.message() == "login.html: HTML page holds no article text");
}

TEST_CASE("a damaged DOCX or PDF is an error, not a crash", "[extract]") {
  Document doc;
  const std::string zip = std::string("PK\x03\x04", 4) + "word/document.xml garbage";
  Status status = DecodeDocument(zip, "broken.docx", {}, &doc);
  REQUIRE(!status.ok());
  CHECK(status.message().rfind("broken.docx: damaged DOCX", 0) == 0);
  status = DecodeDocument("%PDF-1.4\n1 0 obj garbage", "broken.pdf", {}, &doc);
  REQUIRE(!status.ok());
  CHECK(status.message().rfind("broken.pdf: ", 0) == 0);
}

TEST_CASE("a page nested thousands of elements deep is refused quickly", "[extract][hostile]") {
  std::string page = "<html><body>";
  for (int i = 0; i < 50000; ++i) page += "<div>";
  page += "<p>Deep inside a page that nests far too many elements for any real article.</p>";
  Document doc;
  Status status = DecodeDocument(page, "deep.html", {}, &doc);
  REQUIRE(!status.ok());
  CHECK(status.code() == Status::Code::kTooLarge);
  CHECK(status.message() == "deep.html: HTML page nests elements more than 2000 deep");
  // Thousands of paragraphs left unclosed are not depth.
  std::string flat = "<html><body><h1>Many paragraphs</h1>";
  for (int i = 0; i < 5000; ++i) flat += "<p>Paragraph number " + std::to_string(i) + " of a long page, left unclosed.";
  REQUIRE(DecodeDocument(flat, "flat.html", {}, &doc).ok());
  CHECK(doc.text.find("Paragraph number 4999 of a long page") != std::string::npos);
}

TEST_CASE("one-page PDF: the title is its own paragraph and the page number goes", "[extract][pdf]") {
  Document doc;
  REQUIRE(ReadDocument(kExtractDir + "/documents/one-page.pdf", {}, &doc).ok());
  CHECK(doc.text.rfind("Harbour Authority - Notice\n\nA one-page notice\n\nThe Harbour Authority today", 0) == 0);
  CHECK(doc.text.size() > 30);
  CHECK(doc.text.substr(doc.text.size() - 27) == "\n\nPrinted on recycled paper");
}

TEST_CASE("a DOCX whose text is not UTF-8 is refused, not passed on", "[extract][docx]") {
  Document doc;
  Status status = ReadDocument(kExtractDir + "/documents/not-utf8.docx", {}, &doc);
  REQUIRE(!status.ok());
  CHECK(status.message().find("not-utf8.docx: ") != std::string::npos);
}
