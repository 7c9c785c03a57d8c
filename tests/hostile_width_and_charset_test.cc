// Columns of zero-width characters and emoji sequences in the side-by-side text, and inputs that
// are binary or malformed only once decoded (UTF-7), or endless (/dev/zero).
#include <catch2/catch.hpp>

#include <string>

#include "render/terminal.h"
#include "test_util.h"

using namespace claimdiff;
using namespace claimdiff::testing;

namespace {

const std::string kFamily =
    "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";  // man ZWJ woman ZWJ girl
const std::string kThumbDark = "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBF";               // thumbs up, dark skin
const std::string kHeartEmoji = "\xE2\x9D\xA4\xEF\xB8\x8F";                      // heart + VS16
const std::string kZeroWidth = "\xE2\x80\x8C\xE2\x81\xA0\xEF\xBB\xBF";           // ZWNJ, word joiner, BOM

}  // namespace

TEST_CASE("display width: emoji sequences are one emoji, invisible format characters none", "[render]") {
  CHECK(DisplayWidth(kFamily) == 2);
  CHECK(DisplayWidth(kThumbDark) == 2);
  CHECK(DisplayWidth(kHeartEmoji) == 2);
  CHECK(DisplayWidth("a" + kZeroWidth + "b") == 2);
  CHECK(DisplayWidth("\xC2\xAD") == 1);        // a soft hyphen is drawn
  CHECK(DisplayWidth("x\xE2\x80\x8Dy") == 2);  // a joiner between letters joins nothing
}

TEST_CASE("cli side-by-side columns stay aligned around emoji sequences and zero-width characters",
          "[render][hostile]") {
  TempDir dir;
  const std::string a = "The family " + kFamily + " waved " + kThumbDark + " from the" + kZeroWidth + " ferry deck " +
                        kHeartEmoji + " at the harbour entrance on Monday morning before noon.\n";
  WriteFile(dir.File("a.txt"), a);
  WriteFile(dir.File("b.txt"), a);
  auto r = RunClaimdiff("--width 80 --color never " + Quote(dir.File("a.txt")) + " " + Quote(dir.File("b.txt")));
  REQUIRE(r.exit_code == 0);
  // Every row of the side-by-side part puts its marker ("=" or "|") in the same column.
  std::size_t rows = 0;
  int column = -1;
  std::size_t start = r.out.find("Side by side");
  REQUIRE(start != std::string::npos);
  start = r.out.find('\n', start) + 1;
  for (std::size_t end = r.out.find('\n', start); end != std::string::npos;
       start = end + 1, end = r.out.find('\n', start)) {
    std::string line = r.out.substr(start, end - start);
    std::size_t marker = line.find(" = ");
    if (marker == std::string::npos) marker = line.find(" | ");
    REQUIRE(marker != std::string::npos);
    int at = DisplayWidth(line.substr(0, marker));
    if (column < 0) column = at;
    INFO(line);
    CHECK(at == column);
    CHECK(DisplayWidth(line) <= 80);
    ++rows;
  }
  CHECK(rows >= 2);
}

TEST_CASE("cli refuses /dev/zero and /dev/urandom at their first NUL, not at the size limit", "[hostile][input]") {
  for (const std::string device : {"/dev/zero", "/dev/urandom"}) {
    // Read to the size limit first, they were refused as too large instead, after 32 MiB.
    auto r = RunShell("$CLAIMDIFF " + device + " " + Quote(Sample("sony-cnet.txt")));
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.rfind("claimdiff: " + device + ": binary file (NUL byte at offset ", 0) == 0);
  }
  auto latin1 = RunShell("$CLAIMDIFF --encoding latin1 /dev/zero " + Quote(Sample("sony-cnet.txt")));
  CHECK(latin1.err == "claimdiff: /dev/zero: binary file (NUL byte at offset 0)\n");
}

TEST_CASE("cli --encoding UTF-7 refuses a decoded U+0000 and a lone surrogate", "[hostile][input]") {
  TempDir dir;
  WriteFile(dir.File("nul.txt"), "Hello +AAA- world.\n");
  WriteFile(dir.File("surrogate.txt"), "Hello +2D0- world.\n");
  WriteFile(dir.File("pair.txt"), "Hello +2D3eAA- world.\n");  // a valid surrogate pair: U+1F600
  const std::string other = " " + Quote(Sample("sony-cnet.txt"));
  auto nul = RunClaimdiff("--encoding UTF-7 " + Quote(dir.File("nul.txt")) + other);
  CHECK(nul.exit_code == 2);
  CHECK(nul.err.find("binary file (U+0000") != std::string::npos);
  auto lone = RunClaimdiff("--encoding UTF-7 " + Quote(dir.File("surrogate.txt")) + other);
  CHECK(lone.exit_code == 2);
  CHECK(lone.err.find("invalid byte sequence for encoding UTF-7") != std::string::npos);
  auto pair = RunClaimdiff("--encoding UTF-7 --format json " + Quote(dir.File("pair.txt")) + other);
  CHECK(pair.exit_code == 1);
  CHECK(pair.out.find("\xF0\x9F\x98\x80") != std::string::npos);
}
