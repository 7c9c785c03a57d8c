// URLs on the command line, fetched from a server the test runs on 127.0.0.1: redirects, HTTP
// errors, a slow server, an oversized body, gzip, a wrong charset header, pages with no article.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "claimdiff/claimdiff.h"
#include "local_http_server.h"
#include "test_util.h"

using namespace claimdiff;
using claimdiff::testing::HttpResponse;
using claimdiff::testing::LocalHttpServer;

namespace {

const std::string kExtract = std::string(CLAIMDIFF_TEST_DATA) + "/extract";

std::string Bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

HttpResponse Html(std::string body, const std::string& content_type = "text/html; charset=utf-8") {
  return HttpResponse{200, {{"Content-Type", content_type}}, std::move(body), 0, false};
}

HttpResponse Redirect(const std::string& to) { return HttpResponse{302, {{"Location", to}}, "", 0, false}; }

const char kArticle[] =
    "<!DOCTYPE html><html><head><title>Bridge reopens - Local Wire</title>"
    "<meta property=\"article:published_time\" content=\"2024-05-06T08:00:00Z\"></head><body>"
    "<nav><a href=\"/\">Home</a></nav><article><h1>Bridge reopens</h1>"
    "<p>The old bridge over the canal reopened to cyclists and walkers on Monday after a year of repairs.</p>"
    "<p>The café at the north end said trade had already doubled.</p></article></body></html>";

// Every test talks only to 127.0.0.1, also where a proxy is configured for the machine.
struct NoProxy {
  NoProxy() { ::setenv("NO_PROXY", "127.0.0.1,localhost", 1); }
};

Status Read(const std::string& url, Document* doc, long timeout = 5, std::size_t max_download = 1 << 20) {
  static NoProxy no_proxy;
  InputOptions options;
  options.timeout_seconds = timeout;
  options.connect_timeout_seconds = 2;
  options.max_download_bytes = max_download;
  return ReadDocument(url, options, doc);
}

}  // namespace

TEST_CASE("URL: a page is fetched, read as HTML, and names its final URL after redirects", "[url]") {
  LocalHttpServer server;
  server.Route("/story", Html(kArticle));
  server.Route("/r1", Redirect("/r2"));
  server.Route("/r2", Redirect(server.Url("/story")));
  Document doc;
  Status status = Read(server.Url("/r1"), &doc);
  REQUIRE(status.ok());
  CHECK(doc.kind == InputKind::kHtml);
  CHECK(doc.path == server.Url("/r1"));
  CHECK(doc.metadata.url == server.Url("/story"));
  CHECK(doc.metadata.outlet == "Local Wire");
  CHECK(doc.metadata.published == "2024-05-06");
  CHECK(doc.text ==
        "Bridge reopens\n\nThe old bridge over the canal reopened to cyclists and walkers on Monday after a "
        "year of repairs.\n\nThe café at the north end said trade had already doubled.");
}

TEST_CASE("URL: more than 10 redirects is an error", "[url]") {
  LocalHttpServer server;
  server.Route("/loop", Redirect("/loop"));
  for (int i = 0; i < 10; ++i) server.Route("/hop" + std::to_string(i), Redirect("/hop" + std::to_string(i + 1)));
  server.Route("/hop10", Html(kArticle));
  Document doc;
  Status status = Read(server.Url("/loop"), &doc);
  REQUIRE(!status.ok());
  CHECK(status.message() == server.Url("/loop") + ": more than 10 redirects");
  // Exactly ten is allowed.
  CHECK(Read(server.Url("/hop0"), &doc).ok());
}

TEST_CASE("URL: an HTTP error names its status", "[url]") {
  LocalHttpServer server;
  server.Route("/gone", Redirect("/missing"));
  server.Route("/broken", HttpResponse{500, {}, "oops", 0, false});
  Document doc;
  Status status = Read(server.Url("/missing"), &doc);
  REQUIRE(!status.ok());
  CHECK(status.code() == Status::Code::kNotFound);
  CHECK(status.message() == server.Url("/missing") + ": HTTP 404 Not Found");
  status = Read(server.Url("/gone"), &doc);
  CHECK(status.message() == server.Url("/gone") + ": HTTP 404 Not Found (at " + server.Url("/missing") + ")");
  status = Read(server.Url("/broken"), &doc);
  CHECK(status.message() == server.Url("/broken") + ": HTTP 500 Internal Server Error");
}

TEST_CASE("URL: a slow server hits the total timeout", "[url]") {
  LocalHttpServer server;
  HttpResponse slow = Html(kArticle);
  slow.delay_ms = 4000;
  server.Route("/slow", slow);
  Document doc;
  Status status = Read(server.Url("/slow"), &doc, /*timeout=*/1);
  REQUIRE(!status.ok());
  CHECK(status.message().rfind(server.Url("/slow") + ": timed out", 0) == 0);
  CHECK(status.message().find("total limit 1 s") != std::string::npos);
}

TEST_CASE("URL: a refused connection is one clear error", "[url]") {
  Document doc;
  const std::string url = "http://127.0.0.1:" + std::to_string(testing::ClosedLocalPort()) + "/x";
  Status status = Read(url, &doc);
  REQUIRE(!status.ok());
  CHECK(status.message().rfind(url + ": connection failed", 0) == 0);
}

TEST_CASE("URL: a body above the download limit is refused, with or without a length", "[url]") {
  LocalHttpServer server;
  const std::string big = "<html><body><p>" + std::string(300000, 'a') + "</p></body></html>";
  server.Route("/big", Html(big));
  HttpResponse chunked = Html(big);
  chunked.chunked = true;
  server.Route("/big-chunked", chunked);
  Document doc;
  for (const char* path : {"/big", "/big-chunked"}) {
    Status status = Read(server.Url(path), &doc, 5, /*max_download=*/100000);
    REQUIRE(!status.ok());
    CHECK(status.code() == Status::Code::kTooLarge);
    CHECK(status.message() == server.Url(path) + ": larger than the download limit of 100000 bytes");
  }
}

TEST_CASE("URL: a gzip-compressed page is decompressed", "[url]") {
  LocalHttpServer server;
  HttpResponse gzip = Html(Bytes(kExtract + "/news-jsonld.html.gz"));
  gzip.headers.push_back({"Content-Encoding", "gzip"});
  server.Route("/gz", gzip);
  Document doc;
  REQUIRE(Read(server.Url("/gz"), &doc).ok());
  Document local;
  REQUIRE(ReadDocument(kExtract + "/pages/news-jsonld.html", {}, &local).ok());
  CHECK(doc.text == local.text);
  CHECK(doc.metadata.outlet == "The Coastline Courier");
}

TEST_CASE("URL: charset from the header, and a wrong header on a UTF-8 page", "[url]") {
  LocalHttpServer server;
  // The header says Latin-1, the bytes are UTF-8: the page reads as UTF-8.
  server.Route("/wrong", Html(kArticle, "text/html; charset=iso-8859-1"));
  // A legacy page without <meta>: the header's charset decodes it.
  std::string latin = std::string(kArticle);
  latin.replace(latin.find("café"), 5, "caf\xE9");
  server.Route("/latin", Html(latin, "text/html; charset=windows-1252"));
  Document doc;
  REQUIRE(Read(server.Url("/wrong"), &doc).ok());
  CHECK(doc.text.find("The café at the north end") != std::string::npos);
  REQUIRE(Read(server.Url("/latin"), &doc).ok());
  CHECK(doc.text.find("The café at the north end") != std::string::npos);
}

TEST_CASE("URL: a PDF served as octet-stream and a page without an article", "[url]") {
  LocalHttpServer server;
  server.Route("/report", Html(Bytes(kExtract + "/documents/council-report.pdf"), "application/octet-stream"));
  server.Route("/login", Html("<html><body><form><input name=user></form><h1>Sign in</h1></body></html>"));
  Document doc;
  REQUIRE(Read(server.Url("/report"), &doc).ok());
  CHECK(doc.kind == InputKind::kPdf);
  Status status = Read(server.Url("/login"), &doc);
  REQUIRE(!status.ok());
  CHECK(status.message() == server.Url("/login") + ": HTML page holds no article text");
}

TEST_CASE("URL: the command compares two URLs and shows their sources in the header", "[url][cli]") {
  static NoProxy no_proxy;
  LocalHttpServer server;
  const std::string seed = kExtract + "/seed/";
  server.Route("/cnet", Html(Bytes(seed + "sony-cnet.html")));
  server.Route("/vice-old", HttpResponse{301, {{"Location", "/vice"}}, "", 0, false});
  server.Route("/vice", Html(Bytes(seed + "sony-vice.html")));
  testing::CommandResult run =
      testing::RunClaimdiff("--color never -w 120 " + server.Url("/cnet") + " " + server.Url("/vice-old"));
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("A: HTML · \"North Korea denies it hacked Sony, demands joint inquiry with US\" · by Chris "
                     "Matyszczyk · CNET · 2014-12-20 · " +
                     server.Url("/cnet")) != std::string::npos);
  CHECK(run.out.find("· VICE · 2014-12-20 · " + server.Url("/vice") + "\n") != std::string::npos);
  CHECK(std::regex_search(run.out, std::regex("1 conflict · [0-9]+ shared · [0-9]+ only in A · [0-9]+ only in B")));
  CHECK(run.out.find("  A ¶6") != std::string::npos);  // positions are paragraphs

  run = testing::RunClaimdiff("--timeout 1 " + server.Url("/cnet") + " " + server.Url("/nowhere"));
  CHECK(run.exit_code == 2);
  CHECK(run.out.empty());
  CHECK(run.err == "claimdiff: " + server.Url("/nowhere") + ": HTTP 404 Not Found\n");
}

TEST_CASE("URL: a TLS failure is named as one", "[url]") {
  // https to a server that answers in plain HTTP: the handshake fails.
  LocalHttpServer server;
  server.Route("/story", Html(kArticle));
  std::string url = server.Url("/story");
  url.replace(0, 4, "https");
  Document doc;
  Status status = Read(url, &doc);
  REQUIRE(!status.ok());
  INFO(status.message());
  CHECK(status.message().rfind(url + ": TLS error (", 0) == 0);
}

TEST_CASE("URL: only http and https are fetched", "[url]") {
  CHECK(IsUrl("http://a.example/x"));
  CHECK(IsUrl("HTTPS://a.example/x"));
  CHECK(!IsUrl("ftp://a.example/x"));
  CHECK(!IsUrl("file:///etc/passwd"));
  CHECK(!IsUrl("http://"));
  Document doc;
  // Anything else is a file name like any other.
  Status status = ReadDocument("ftp://a.example/x", {}, &doc);
  REQUIRE(!status.ok());
  CHECK(status.message() == "ftp://a.example/x: no such file");
}
