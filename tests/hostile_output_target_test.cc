// Where -o and --write-expect may write, through the real executable: into the descriptor behind
// /dev/stdout, never over an input, through links as links, keeping owner and mode; and an
// interrupted run leaves no temporary file.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "test_util.h"

using namespace claimdiff::testing;

namespace {

const std::string kSeeds = SeedArgs();
const std::string kVice = Quote(Sample("sony-vice.txt"));

}  // namespace

TEST_CASE("cli -o /dev/stdout appends to the log stdout points to instead of replacing it", "[hostile][output]") {
  TempDir dir;
  WriteFile(dir.File("log"), "earlier entry\n");
  auto r = RunShell("$CLAIMDIFF -o /dev/stdout " + kSeeds + " >> " + Quote(dir.File("log")) + "; echo $?");
  CHECK(r.out == "1\n");
  std::string log = ReadFile(dir.File("log"));
  CHECK(log.rfind("earlier entry\nclaimdiff  A: ", 0) == 0);
  // The same through /dev/fd/1 and a symlink to /dev/stdout; "-o -" is stdout too, not a file "-".
  REQUIRE(::symlink("/dev/stdout", dir.File("out-link").c_str()) == 0);
  for (const std::string& target : {std::string("/dev/fd/1"), dir.File("out-link"), std::string("-")}) {
    WriteFile(dir.File("log2"), "earlier entry\n");
    auto again = RunShell("cd " + Quote(dir.path()) + " && $CLAIMDIFF -o " + Quote(target) + " " + kSeeds + " >> log2");
    INFO(target << ": " << again.err);
    CHECK(again.exit_code == 1);
    CHECK(ReadFile(dir.File("log2")).rfind("earlier entry\nclaimdiff  A: ", 0) == 0);
  }
  CHECK(::access(dir.File("-").c_str(), F_OK) != 0);
}

TEST_CASE("cli refuses -o or --write-expect naming an input, by path, symlink or hard link", "[hostile][output]") {
  TempDir dir;
  const std::string article = ReadFile(Sample("sony-cnet.txt"));
  WriteFile(dir.File("a.txt"), article);
  REQUIRE(::symlink("a.txt", dir.File("soft.txt").c_str()) == 0);
  REQUIRE(::link(dir.File("a.txt").c_str(), dir.File("hard.txt").c_str()) == 0);
  for (const std::string& name : {std::string("a.txt"), std::string("soft.txt"), std::string("hard.txt")}) {
    for (const std::string& flag :
         {std::string("-o "), std::string("--write-expect "), std::string("--format json -o ")}) {
      auto r = RunClaimdiff(flag + Quote(dir.File(name)) + " " + Quote(dir.File("a.txt")) + " " + kVice);
      INFO(flag << name << ": " << r.err);
      CHECK(r.exit_code == 2);
      CHECK(r.err.find("is input A; refusing to overwrite it") != std::string::npos);
      CHECK(r.err.find('\n') == r.err.size() - 1);
      CHECK(ReadFile(dir.File("a.txt")) == article);
    }
  }
  // Standard input redirected from the file counts as that input too.
  auto piped =
      RunShell("$CLAIMDIFF -o " + Quote(dir.File("hard.txt")) + " - " + kVice + " < " + Quote(dir.File("a.txt")));
  CHECK(piped.exit_code == 2);
  CHECK(ReadFile(dir.File("a.txt")) == article);
  // -o and --write-expect onto one file would leave only one of the two.
  auto both = RunClaimdiff("-o " + Quote(dir.File("x")) + " --write-expect " + Quote(dir.File("x")) + " " + kSeeds);
  CHECK(both.exit_code == 2);
  CHECK(::access(dir.File("x").c_str(), F_OK) != 0);
  // Refreshing a snapshot in place stays allowed.
  REQUIRE(RunClaimdiff("--write-expect " + Quote(dir.File("k.expect")) + " " + kSeeds).exit_code == 1);
  auto refresh = RunClaimdiff("--expect " + Quote(dir.File("k.expect")) + " --write-expect " +
                              Quote(dir.File("k.expect")) + " " + kSeeds);
  CHECK(refresh.exit_code == 0);
}

TEST_CASE("cli -o through a dangling symlink creates its target and keeps the link", "[hostile][output]") {
  TempDir dir;
  REQUIRE(::mkdir(dir.File("reports").c_str(), 0755) == 0);
  REQUIRE(::symlink("reports/latest.txt", dir.File("link").c_str()) == 0);
  auto r = RunClaimdiff("-o " + Quote(dir.File("link")) + " " + kSeeds);
  CHECK(r.exit_code == 1);
  struct stat info;
  REQUIRE(::lstat(dir.File("link").c_str(), &info) == 0);
  CHECK(S_ISLNK(info.st_mode));
  CHECK(ReadFile(dir.File("reports/latest.txt")).rfind("claimdiff  A: ", 0) == 0);
}

TEST_CASE("cli -o replacing a report keeps its owner, group and mode", "[hostile][output]") {
  TempDir dir;
  WriteFile(dir.File("report.txt"), "old\n");
  REQUIRE(::chmod(dir.File("report.txt").c_str(), 0640) == 0);
  const uid_t owner = ::geteuid() == 0 ? 65534 : ::geteuid();  // as root: give it to nobody
  const gid_t group = ::geteuid() == 0 ? 65534 : ::getegid();
  REQUIRE(::chown(dir.File("report.txt").c_str(), owner, group) == 0);
  REQUIRE(::chmod(dir.File("report.txt").c_str(), 0640) == 0);
  auto r = RunClaimdiff("-o " + Quote(dir.File("report.txt")) + " " + kSeeds);
  CHECK(r.exit_code == 1);
  struct stat info;
  REQUIRE(::stat(dir.File("report.txt").c_str(), &info) == 0);
  CHECK(info.st_uid == owner);
  CHECK(info.st_gid == group);
  CHECK((info.st_mode & 07777) == 0640);
  CHECK(ReadFile(dir.File("report.txt")).rfind("claimdiff  A: ", 0) == 0);
}

TEST_CASE("cli interrupted by SIGINT, SIGTERM or SIGHUP while writing -o leaves no temporary file",
          "[hostile][output]") {
  TempDir dir;
  // A pair large enough that writing the report takes a while: many distinct sentences.
  std::string a, b;
#ifdef CLAIMDIFF_TEST_SANITIZED
  const int sentences = 4000;  // sanitized builds write slowly enough with fewer
#else
  const int sentences = 20000;
#endif
  for (int i = 0; i < sentences; ++i) {
    a += "Clerk " + std::to_string(i) + " filed report " + std::to_string(i * 7) + " about the harbour on day " +
         std::to_string(i % 31) + ".\n";
    b += "Clerk " + std::to_string(i) + " filed report " + std::to_string(i * 7 + (i % 3 == 0)) +
         " about the harbour on day " + std::to_string(i % 31) + ".\n";
  }
  WriteFile(dir.File("a.txt"), a);
  WriteFile(dir.File("b.txt"), b);
  REQUIRE(::mkdir(dir.File("out").c_str(), 0755) == 0);
  for (const std::string& signal : {std::string("INT"), std::string("TERM"), std::string("HUP")}) {
    // Job control on, so that the background run is not started with SIGINT ignored; the signal
    // is sent as soon as the temporary report appears.
    auto r = RunShell("set -m\ncd " + Quote(dir.path()) +
                      "\n$CLAIMDIFF -q --format html -o out/report.html a.txt b.txt &\n"
                      "pid=$!\nwhile kill -0 $pid 2> /dev/null; do\n"
                      "  if compgen -G 'out/.claimdiff-*' > /dev/null; then kill -" +
                      signal +
                      " $pid; break; fi\n"
                      "done\nwait $pid; echo \"status $?\"\nls -A out\n");
    INFO(signal << ": " << r.out << r.err);
    CHECK(r.out.rfind("status " +
                          std::to_string(128 + (signal == "INT"    ? 2
                                                : signal == "TERM" ? 15
                                                                   : 1)) +
                          "\n",
                      0) == 0);
    CHECK(r.out.find(".claimdiff-") == std::string::npos);
    CHECK(r.out.find("report.html") == std::string::npos);  // interrupted before it was complete
  }
}
