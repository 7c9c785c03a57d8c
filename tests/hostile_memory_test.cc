// Memory limits through the real executable: a huge COLUMNS, inputs above the size limit, and
// running out of memory are each one line and exit 2 (or a bounded run), never an abort.
#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace claimdiff::testing;

namespace {

const std::string kSeeds = SeedArgs();

// A process address-space limit (ulimit -v) that the run must live within. AddressSanitizer
// reserves terabytes of address space for its shadow memory and cannot start under any such
// limit, so the sanitizer build runs the same commands without it.
std::string MemoryLimit(long kilobytes) {
#ifdef CLAIMDIFF_TEST_SANITIZED
  (void)kilobytes;
  return "";
#else
  return "ulimit -v " + std::to_string(kilobytes) + "; ";
#endif
}

}  // namespace

TEST_CASE("cli holds COLUMNS to the widest --width instead of growing without bound", "[hostile][limits]") {
  auto r = RunShell(MemoryLimit(1 << 20) + "COLUMNS=2147483647 $CLAIMDIFF " + kSeeds);
  INFO(r.err);
  CHECK(r.exit_code == 1);
  std::size_t widest = 0, start = 0;
  for (std::size_t end = r.out.find('\n'); end != std::string::npos; start = end + 1, end = r.out.find('\n', start)) {
    widest = std::max(widest, end - start);
  }
  CHECK(widest > 200);    // the wide layout was used ...
  CHECK(widest <= 1000);  // ... no wider than --width allows
  // A COLUMNS beyond int is no width at all, not an overflowed one.
  CHECK(RunShell("COLUMNS=99999999999999999999 $CLAIMDIFF " + kSeeds).exit_code == 1);
}

TEST_CASE("cli refuses an input above 32 MiB before reading it", "[hostile][limits]") {
  TempDir dir;
  auto r = RunShell("truncate -s 33M " + Quote(dir.File("big.txt")) + " && $CLAIMDIFF " + Quote(dir.File("big.txt")) +
                    " " + Quote(Sample("sony-cnet.txt")));
  CHECK(r.exit_code == 2);
  CHECK(r.err == "claimdiff: " + dir.File("big.txt") + ": larger than the limit of 33554432 bytes\n");
}

#ifndef CLAIMDIFF_TEST_SANITIZED
TEST_CASE("cli out of memory is one line and exit 2, and leaves no temporary output", "[hostile][limits]") {
  TempDir dir;
  std::string a, b;
  for (int i = 0; i < 20000; ++i) {
    a += "Clerk " + std::to_string(i) + " filed report " + std::to_string(i * 7) + " on day " + std::to_string(i % 31) +
         ".\n";
    b += "Clerk " + std::to_string(i) + " filed report " + std::to_string(i * 7 + 1) + " on day " +
         std::to_string(i % 31) + ".\n";
  }
  WriteFile(dir.File("a.txt"), a);
  WriteFile(dir.File("b.txt"), b);
  REQUIRE(::system(("mkdir " + Quote(dir.File("out"))).c_str()) == 0);
  // From a limit too small for any thread to start up to one too small for the comparison only.
  for (long limit : {80000L, 100000L, 130000L}) {
    auto r = RunShell(MemoryLimit(limit) + "$CLAIMDIFF -q -o " + Quote(dir.File("out/r.txt")) + " " +
                      Quote(dir.File("a.txt")) + " " + Quote(dir.File("b.txt")) + "; echo $?; ls -A " +
                      Quote(dir.File("out")));
    INFO(limit << " KB: " << r.err);
    CHECK(r.out == "2\n");
    CHECK(r.err.rfind("claimdiff: ", 0) == 0);
    CHECK(
        (r.err.find("out of memory") != std::string::npos || r.err.find("cannot start a thread") != std::string::npos));
    CHECK(r.err.find('\n') == r.err.size() - 1);
  }
}
#endif
