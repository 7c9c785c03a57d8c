// Tests of the input stage: decoding, byte-order marks, line ends and input errors.
#include <catch2/catch.hpp>

#include "claimdiff/document.h"
#include "test_util.h"

using namespace claimdiff;
using claimdiff::testing::TempDir;
using claimdiff::testing::WriteFile;

TEST_CASE("decoder strips a UTF-8 byte-order mark and turns CRLF into LF", "[input]") {
  Document doc;
  REQUIRE(DecodeDocument("\xEF\xBB\xBFOne.\r\nTwo.\rThree.", "x.txt", {}, &doc).ok());
  CHECK(doc.text == "One.\nTwo.\nThree.");
}

TEST_CASE("decoder rejects NUL bytes as a binary file", "[input]") {
  Document doc;
  Status status = DecodeDocument(std::string("abc\0def", 7), "x.bin", {}, &doc);
  REQUIRE_FALSE(status.ok());
  CHECK(status.code() == Status::Code::kInvalidInput);
  CHECK(status.message() == "x.bin: binary file (NUL byte at offset 3)");
}

TEST_CASE("decoder names the byte offset of invalid UTF-8", "[input]") {
  Document doc;
  for (const std::string& bad : {std::string("ok \xC0\xAF"), std::string("ok \xED\xA0\x80"),
                                 std::string("ok \xF4\x90\x80\x80"), std::string("ok \xE2\x82")}) {
    Status status = DecodeDocument(bad, "x.txt", {}, &doc);
    REQUIRE_FALSE(status.ok());
    CHECK(status.message().find("x.txt: invalid UTF-8 at byte 3") == 0);
  }
  CHECK(DecodeDocument("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80", "x.txt", {}, &doc).ok());
}

TEST_CASE("reading a missing file or a directory fails with the path in the message", "[input]") {
  TempDir dir;
  Document doc;
  Status missing = ReadDocument(dir.File("nope.txt"), {}, &doc);
  CHECK(missing.code() == Status::Code::kNotFound);
  CHECK(missing.message() == dir.File("nope.txt") + ": no such file");
  Status directory = ReadDocument(dir.path(), {}, &doc);
  CHECK(directory.code() == Status::Code::kIoError);
  CHECK(directory.message() == dir.path() + ": is a directory, not a file");
}

TEST_CASE("reading a file keeps its path and contents", "[input]") {
  TempDir dir;
  WriteFile(dir.File("a.txt"), "Hello world.\r\n");
  Document doc;
  REQUIRE(ReadDocument(dir.File("a.txt"), {}, &doc).ok());
  CHECK(doc.path == dir.File("a.txt"));
  CHECK(doc.text == "Hello world.\n");
}
