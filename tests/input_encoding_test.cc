// Tests of charset handling in the input stage: byte-order marks, --encoding, binary and bad bytes.
#include <catch2/catch.hpp>

#include <string>

#include "claimdiff/document.h"
#include "test_util.h"

using namespace claimdiff;
using claimdiff::testing::TempDir;
using claimdiff::testing::WriteFile;

namespace {

std::string Utf16(const std::u16string& text, bool big_endian) {
  std::string bytes;
  for (char16_t unit : text) {
    char hi = static_cast<char>(unit >> 8), lo = static_cast<char>(unit & 0xFF);
    bytes += big_endian ? std::string{hi, lo} : std::string{lo, hi};
  }
  return bytes;
}

std::string Utf32(const std::u32string& text, bool big_endian) {
  std::string bytes;
  for (char32_t c : text) {
    std::string unit;
    for (int shift = 24; shift >= 0; shift -= 8) unit += static_cast<char>((c >> shift) & 0xFF);
    bytes += big_endian ? unit : std::string(unit.rbegin(), unit.rend());
  }
  return bytes;
}

InputOptions WithEncoding(const std::string& name) {
  InputOptions options;
  options.encoding = name;
  return options;
}

// "Café “quoted” 😀" and a second line, as the decoder must produce them.
const std::string kExpected = "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80\nLine two.";

}  // namespace

TEST_CASE("decoder converts UTF-16 and UTF-32 with a byte-order mark, either byte order", "[input]") {
  const std::u16string text16 = u"\uFEFFCaf\u00E9 \u201Cquoted\u201D \U0001F600\r\nLine two.";
  const std::u32string text32 = U"\uFEFFCaf\u00E9 \u201Cquoted\u201D \U0001F600\r\nLine two.";
  for (const std::string& bytes :
       {Utf16(text16, false), Utf16(text16, true), Utf32(text32, false), Utf32(text32, true)}) {
    Document doc;
    Status status = DecodeDocument(bytes, "word.txt", {}, &doc);
    INFO(status.message());
    REQUIRE(status.ok());
    CHECK(doc.text == kExpected);
  }
}

TEST_CASE("decoder converts from the charset named by --encoding", "[input]") {
  Document doc;
  REQUIRE(DecodeDocument("Caf\xE9 \x93quoted\x94 \x97 5\x80", "cms.txt", WithEncoding("windows-1252"), &doc).ok());
  CHECK(doc.text == "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 5\xE2\x82\xAC");
  REQUIRE(DecodeDocument("na\xEFve\r\n", "latin.txt", WithEncoding("ISO-8859-1"), &doc).ok());
  CHECK(doc.text == "na\xC3\xAFve\n");
  // "日本" in Shift_JIS.
  REQUIRE(DecodeDocument("\x93\xFA\x96\x7B.", "jp.txt", WithEncoding("shift_jis"), &doc).ok());
  CHECK(doc.text == "\xE6\x97\xA5\xE6\x9C\xAC.");
  // Naming UTF-16 explicitly works without a mark too.
  REQUIRE(DecodeDocument(Utf16(u"Hi.", false), "le.txt", WithEncoding("UTF-16LE"), &doc).ok());
  CHECK(doc.text == "Hi.");
}

TEST_CASE("decoder with --encoding utf-8 behaves as the default and strips the mark", "[input]") {
  Document doc;
  REQUIRE(DecodeDocument("\xEF\xBB\xBF"
                         "caf\xC3\xA9",
                         "u.txt", WithEncoding("utf8"), &doc)
              .ok());
  CHECK(doc.text == "caf\xC3\xA9");
  Status status = DecodeDocument("caf\xE9", "u.txt", WithEncoding("UTF-8"), &doc);
  CHECK(status.message().rfind("u.txt: invalid UTF-8 at byte 3", 0) == 0);
}

TEST_CASE("decoder rejects an unknown --encoding naming it", "[input]") {
  Document doc;
  Status status = DecodeDocument("text", "a.txt", WithEncoding("klingon-8"), &doc);
  REQUIRE_FALSE(status.ok());
  CHECK(status.code() == Status::Code::kInvalidInput);
  CHECK(status.message().rfind("a.txt: unknown encoding 'klingon-8'", 0) == 0);
  // Even when the data would also be rejected: the name is the first thing to fix.
  status = DecodeDocument(std::string("a\0b", 3), "a.txt", WithEncoding("klingon-8"), &doc);
  CHECK(status.message().rfind("a.txt: unknown encoding", 0) == 0);
}

TEST_CASE("decoder hints at --encoding for invalid UTF-8 and counts offsets from the file start", "[input]") {
  Document doc;
  Status status = DecodeDocument(
      "\xEF\xBB\xBF"
      "caf\xE9",
      "old.txt", {}, &doc);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message() ==
        "old.txt: invalid UTF-8 at byte 6 (pass --encoding to name its charset, e.g. --encoding windows-1252)");
}

TEST_CASE("decoder names the byte offset of bad UTF-16 and of a truncated last unit", "[input]") {
  Document doc;
  // A lone high surrogate (U+D800) followed by 'x', after the mark and "ab".
  std::string lone = Utf16(u"\uFEFFab", false) + std::string("\x00\xD8x\x00", 4);
  Status status = DecodeDocument(lone, "w.txt", {}, &doc);
  REQUIRE_FALSE(status.ok());
  CHECK(status.code() == Status::Code::kInvalidInput);
  CHECK(status.message().rfind("w.txt: invalid byte sequence for encoding UTF-16LE at byte 6", 0) == 0);
  std::string odd = Utf16(u"\uFEFFab", true) + "c";
  status = DecodeDocument(odd, "w.txt", {}, &doc);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message() == "w.txt: incomplete character for encoding UTF-16BE at byte 6");
}

TEST_CASE("decoder names the offset of a byte the named charset does not define", "[input]") {
  Document doc;
  // ASCII stops at 0x7F; in Shift_JIS 0x82 must be followed by a trail byte.
  Status status = DecodeDocument("ok \x80", "w.txt", WithEncoding("US-ASCII"), &doc);
  CHECK(status.message() == "w.txt: invalid byte sequence for encoding US-ASCII at byte 3");
  status = DecodeDocument("abc\x82", "jp.txt", WithEncoding("shift_jis"), &doc);
  CHECK(status.message() == "jp.txt: incomplete character for encoding shift_jis at byte 3");
}

TEST_CASE("decoder calls NUL bytes binary in 8-bit charsets and U+0000 binary in UTF-16", "[input]") {
  Document doc;
  Status status = DecodeDocument(std::string("ab\0", 3), "x.bin", WithEncoding("latin1"), &doc);
  CHECK(status.message() == "x.bin: binary file (NUL byte at offset 2)");
  // Zero bytes are ordinary in UTF-16 text ...
  REQUIRE(DecodeDocument(Utf16(u"\uFEFFplain", false), "w.txt", {}, &doc).ok());
  CHECK(doc.text == "plain");
  // ... but a U+0000 character is not text.
  status = DecodeDocument(Utf16(std::u16string(u"\uFEFFab") + char16_t{0}, true), "w.txt", {}, &doc);
  CHECK(status.message() == "w.txt: binary file (NUL character at offset 6)");
}

TEST_CASE("decoder accepts empty and whitespace-only input in every charset", "[input]") {
  Document doc;
  for (const std::string& bytes :
       {std::string(), std::string("\xEF\xBB\xBF"), std::string("\xFF\xFE"), std::string(" \r\n\t \n")}) {
    REQUIRE(DecodeDocument(bytes, "e.txt", {}, &doc).ok());
    CHECK(doc.text.find_first_not_of(" \n\t") == std::string::npos);
  }
  REQUIRE(DecodeDocument("", "e.txt", WithEncoding("shift_jis"), &doc).ok());
  CHECK(doc.text.empty());
}

TEST_CASE("decoder refuses input over the byte limit before converting it", "[input]") {
  InputOptions options = WithEncoding("windows-1252");
  options.max_bytes = 4;
  Document doc;
  Status status = DecodeDocument("12345", "big.txt", options, &doc);
  CHECK(status.code() == Status::Code::kTooLarge);
  CHECK(status.message() == "big.txt: larger than the limit of 4 bytes");
}

TEST_CASE("reading a UTF-16 file from disk converts it and keeps the path", "[input]") {
  TempDir dir;
  WriteFile(dir.File("word.txt"), Utf16(u"\uFEFFOne.\r\nTwo.", false));
  Document doc;
  REQUIRE(ReadDocument(dir.File("word.txt"), {}, &doc).ok());
  CHECK(doc.path == dir.File("word.txt"));
  CHECK(doc.text == "One.\nTwo.");
}

TEST_CASE("reading refuses a file over the byte limit before reading it", "[input]") {
  TempDir dir;
  WriteFile(dir.File("big.txt"), "0123456789");
  InputOptions options;
  options.max_bytes = 4;
  Document doc;
  Status status = ReadDocument(dir.File("big.txt"), options, &doc);
  CHECK(status.code() == Status::Code::kTooLarge);
  CHECK(status.message() == dir.File("big.txt") + ": larger than the limit of 4 bytes");
  options.max_bytes = 10;
  CHECK(ReadDocument(dir.File("big.txt"), options, &doc).ok());
}
