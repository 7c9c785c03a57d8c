// Hostile input and output through the real executable: charsets, limits, failing -o targets,
// closed pipes and terminal controls. Each failure must be one stderr line, exit 2, no debris.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_util.h"

using claimdiff::testing::CommandResult;
using claimdiff::testing::Quote;
using claimdiff::testing::ReadFile;
using claimdiff::testing::RunClaimdiff;
using claimdiff::testing::RunShell;
using claimdiff::testing::Sample;
using claimdiff::testing::TempDir;
using claimdiff::testing::WriteFile;

namespace {

std::vector<std::string> Entries(const TempDir& dir) {
  std::vector<std::string> names = dir.List();
  std::sort(names.begin(), names.end());
  return names;
}

const std::string kCnet = Quote(Sample("sony-cnet.txt"));
const std::string kVice = Quote(Sample("sony-vice.txt"));

// Runs a shell command line; returns its exit status (-1 if it did not exit normally).
int Shell(const std::string& command) {
  int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A failure the way users must see it: exit 2, nothing on stdout, exactly one line on stderr.
void CheckOneLineFailure(const CommandResult& r, const std::string& expected_start) {
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.rfind("claimdiff: " + expected_start, 0) == 0);
  CHECK(r.err.find('\n') == r.err.size() - 1);
}

// `count` distinct short sentences, one per line.
std::string ManySentences(std::size_t count, std::size_t day_shift = 0) {
  std::string text;
  for (std::size_t i = 0; i < count; ++i) {
    text += "The item " + std::to_string(i) + " shipped on day " + std::to_string(i % 97 + day_shift) + ".\n";
  }
  return text;
}

}  // namespace

TEST_CASE("cli reads UTF-16 with a byte-order mark and UTF-16 on stdin as the same text", "[hostile][input]") {
  TempDir dir;
  REQUIRE(Shell("{ printf '\\377\\376'; iconv -f UTF-8 -t UTF-16LE " + kCnet + "; } > " +
                Quote(dir.File("cnet16.txt"))) == 0);
  auto r = RunClaimdiff(Quote(dir.File("cnet16.txt")) + " " + kCnet);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  auto piped = RunClaimdiff(kCnet + " -", ReadFile(dir.File("cnet16.txt")));
  CHECK(piped.exit_code == 0);
}

TEST_CASE("cli --encoding windows-1252 gives the same findings as the UTF-8 originals", "[hostile][input]") {
  TempDir dir;
  REQUIRE(Shell("iconv -f UTF-8 -t WINDOWS-1252 " + kCnet + " > " + Quote(dir.File("a.txt"))) == 0);
  REQUIRE(Shell("iconv -f UTF-8 -t WINDOWS-1252 " + kVice + " > " + Quote(dir.File("b.txt"))) == 0);
  const std::string labels = " --label-a A --label-b B --format json ";
  auto converted =
      RunClaimdiff("--encoding windows-1252" + labels + Quote(dir.File("a.txt")) + " " + Quote(dir.File("b.txt")));
  auto original = RunClaimdiff(labels + kCnet + " " + kVice);
  REQUIRE(converted.exit_code == 1);
  auto a = nlohmann::json::parse(converted.out), b = nlohmann::json::parse(original.out);
  CHECK(a["findings"] == b["findings"]);
  CHECK(a["summary"] == b["summary"]);
  // Without the flag the same bytes are refused (B has curly quotes), with the hint.
  auto refused = RunClaimdiff(kCnet + " " + Quote(dir.File("b.txt")));
  CheckOneLineFailure(refused, dir.File("b.txt") + ": invalid UTF-8 at byte ");
  CHECK(refused.err.find("--encoding") != std::string::npos);
}

TEST_CASE("cli input failures are one line naming the file, exit 2, nothing on stdout", "[hostile][input]") {
  TempDir dir;
  WriteFile(dir.File("png"), std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  WriteFile(dir.File("latin1.txt"), "Caf\xE9 au lait.");
  WriteFile(dir.File("bad16.txt"), std::string("\xFF\xFE"
                                               "a\0\x00\xD8",
                                               6));
  CheckOneLineFailure(RunClaimdiff(Quote(dir.File("png")) + " " + kCnet),
                      dir.File("png") + ": binary file (NUL byte at offset 8)");
  CheckOneLineFailure(RunClaimdiff(kCnet + " " + Quote(dir.File("latin1.txt"))),
                      dir.File("latin1.txt") + ": invalid UTF-8 at byte 3 (pass --encoding");
  CheckOneLineFailure(RunClaimdiff(Quote(dir.File("bad16.txt")) + " " + kCnet),
                      dir.File("bad16.txt") + ": incomplete character for encoding UTF-16LE at byte 4");
  CheckOneLineFailure(RunClaimdiff("--encoding klingon " + kCnet + " " + kVice),
                      Sample("sony-cnet.txt") + ": unknown encoding 'klingon'");
  CheckOneLineFailure(RunClaimdiff(Quote(dir.path()) + " " + kCnet), dir.path() + ": is a directory");
}

TEST_CASE("cli treats empty and whitespace-only inputs as zero sentences", "[hostile][input]") {
  TempDir dir;
  WriteFile(dir.File("empty.txt"), "");
  WriteFile(dir.File("blank.txt"), " \r\n\t\n\n   \n");
  auto same = RunClaimdiff("--format json " + Quote(dir.File("empty.txt")) + " " + Quote(dir.File("blank.txt")));
  REQUIRE(same.exit_code == 0);
  auto json = nlohmann::json::parse(same.out);
  CHECK(json["a"]["sentences"] == 0);
  CHECK(json["b"]["sentences"] == 0);
  CHECK(json["findings"].empty());
  auto one_sided = RunClaimdiff("--format json " + Quote(dir.File("empty.txt")) + " " + kCnet);
  CHECK(one_sided.exit_code == 1);
  CHECK(nlohmann::json::parse(one_sided.out)["summary"]["shared"] == 0);
  CHECK(RunClaimdiff(Quote(dir.File("blank.txt")) + " " + Quote(dir.File("empty.txt"))).exit_code == 0);
}

TEST_CASE("cli cuts a megabyte line without punctuation and says so in the report", "[hostile][limits]") {
  TempDir dir;
  std::string line_a, line_b;
  for (int i = 0; i < 120000; ++i) {
    line_a += "word" + std::to_string(i % 5000) + " ";
    line_b += (i % 1000 == 7 ? "other " : "word" + std::to_string(i % 5000) + " ");
  }
  REQUIRE(line_a.size() > 1000000);
  WriteFile(dir.File("a.txt"), line_a);
  WriteFile(dir.File("b.txt"), line_b);
  auto r = RunClaimdiff("--format json " + Quote(dir.File("a.txt")) + " " + Quote(dir.File("b.txt")));
  INFO(r.err);
  REQUIRE(r.exit_code == 1);
  auto json = nlohmann::json::parse(r.out);
  CHECK(json["a"]["sentences"].get<int>() > 100);  // cut at the sentence length limit
  bool cut_warning = false;
  for (const auto& w : json["warnings"])
    cut_warning = cut_warning || w.get<std::string>().find("cut") != std::string::npos;
  CHECK(cut_warning);
}

TEST_CASE("cli handles identical large inputs and tens of thousands of tiny sentences", "[hostile][limits]") {
  TempDir dir;
  const std::string many = ManySentences(40000);
  WriteFile(dir.File("a.txt"), many);
  WriteFile(dir.File("b.txt"), many);
  std::string changed = many;
  changed.replace(changed.find("The item 20000 "), 15, "The gadget 20000 ");
  WriteFile(dir.File("c.txt"), changed);
  auto same = RunClaimdiff("--format json " + Quote(dir.File("a.txt")) + " " + Quote(dir.File("b.txt")));
  REQUIRE(same.exit_code == 0);
  CHECK(nlohmann::json::parse(same.out)["summary"]["shared"] == 40000);
  auto one_change = RunClaimdiff("--format json " + Quote(dir.File("a.txt")) + " " + Quote(dir.File("c.txt")));
  REQUIRE(one_change.exit_code <= 1);
  auto summary = nlohmann::json::parse(one_change.out)["summary"];
  CHECK(summary["conflict"].get<int>() + summary["only_a"].get<int>() + summary["only_b"].get<int>() <= 2);
  CHECK(summary["shared"].get<int>() >= 39999);
}

TEST_CASE("cli refuses millions of tiny sentences with one line instead of running out of memory",
          "[hostile][limits]") {
  TempDir dir;
  std::string tiny;
  for (int i = 0; i < 200001; ++i) tiny += "A.\n";
  WriteFile(dir.File("tiny.txt"), tiny);
  CheckOneLineFailure(RunClaimdiff(Quote(dir.File("tiny.txt")) + " " + kCnet),
                      dir.File("tiny.txt") + ": 200001 sentences, more than the limit of 200000");
}

TEST_CASE("cli -o into a missing or non-directory path exits 2 and creates nothing", "[hostile][output]") {
  TempDir dir;
  WriteFile(dir.File("plain"), "x");
  CheckOneLineFailure(
      RunClaimdiff("-o " + Quote(dir.File("missing/r.txt")) + " " + kCnet + " " + kVice),
      dir.File("missing/r.txt") + ": cannot write: directory " + dir.File("missing") + " does not exist");
  CheckOneLineFailure(RunClaimdiff("-o " + Quote(dir.File("plain/r.txt")) + " " + kCnet + " " + kVice),
                      dir.File("plain/r.txt") + ": cannot write: " + dir.File("plain") + " is not a directory");
  CheckOneLineFailure(RunClaimdiff("-o " + Quote(dir.path()) + " " + kCnet + " " + kVice),
                      dir.path() + ": is a directory");
  CHECK(Entries(dir) == std::vector<std::string>{"plain"});
}

TEST_CASE("cli -o into an unwritable directory or onto a read-only file exits 2 and changes nothing",
          "[hostile][output]") {
  TempDir dir;
  // Permission bits do not stop root: as root (CI), claimdiff runs as the unprivileged user
  // "nobody" through setpriv, on a copy of the executable and the inputs in a directory of its own.
  const bool root = ::geteuid() == 0;
  std::string run = Quote(CLAIMDIFF_EXE), inputs = kCnet + " " + kVice;
  if (root) {
    REQUIRE(Shell("cp " + Quote(CLAIMDIFF_EXE) + " " + kCnet + " " + kVice + " " + Quote(dir.path())) == 0);
    REQUIRE(Shell("chown -R 65534:65534 " + Quote(dir.path())) == 0);
    run = "setpriv --reuid=65534 --regid=65534 --clear-groups " + Quote(dir.File("claimdiff"));
    inputs = Quote(dir.File("sony-cnet.txt")) + " " + Quote(dir.File("sony-vice.txt"));
  }
  auto claimdiff = [&](const std::string& args) { return RunShell(run + " " + args); };
  // Checks first that the unprivileged run works at all, so a failure below means permissions.
  REQUIRE(claimdiff("-o " + Quote(dir.File("ok.txt")) + " " + inputs).exit_code == 1);
  REQUIRE(::unlink(dir.File("ok.txt").c_str()) == 0);
  ::mkdir(dir.File("locked").c_str(), 0555);
  if (root) REQUIRE(::chown(dir.File("locked").c_str(), 65534, 65534) == 0);
  CheckOneLineFailure(claimdiff("-o " + Quote(dir.File("locked/r.txt")) + " " + inputs),
                      dir.File("locked/r.txt") + ": cannot create output in " + dir.File("locked"));
  WriteFile(dir.File("kept.txt"), "old");
  ::chmod(dir.File("kept.txt").c_str(), 0444);
  if (root) REQUIRE(::chown(dir.File("kept.txt").c_str(), 65534, 65534) == 0);
  CheckOneLineFailure(claimdiff("-o " + Quote(dir.File("kept.txt")) + " " + inputs),
                      dir.File("kept.txt") + ": cannot write: Permission denied");
  CHECK(ReadFile(dir.File("kept.txt")) == "old");
  ::chmod(dir.File("locked").c_str(), 0755);
  std::vector<std::string> expected{"kept.txt", "locked"};
  if (root) expected = {"claimdiff", "kept.txt", "locked", "sony-cnet.txt", "sony-vice.txt"};
  CHECK(Entries(dir) == expected);
}

TEST_CASE("cli -o that runs out of space keeps the old report whole and leaves no temporary file",
          "[hostile][output]") {
  TempDir dir;
  WriteFile(dir.File("report.html"), "previous report");
  // A 4-block file size limit stands in for a full disk: the write fails part way (EFBIG).
  std::string command = "ulimit -f 4; '" + std::string(CLAIMDIFF_EXE) + "' --format html -o " +
                        Quote(dir.File("report.html")) + " " + kCnet + " " + kVice + " 2> " + Quote(dir.File("err"));
  CHECK(Shell(command) == 2);
  std::string err = ReadFile(dir.File("err"));
  CHECK(err.rfind("claimdiff: " + dir.File("report.html") + ": write failed: File too large", 0) == 0);
  CHECK(err.find('\n') == err.size() - 1);
  CHECK(ReadFile(dir.File("report.html")) == "previous report");
  CHECK(Entries(dir) == std::vector<std::string>{"err", "report.html"});
}

TEST_CASE("cli -o /dev/full reports the full device on one line and exits 2", "[hostile][output]") {
  CheckOneLineFailure(RunClaimdiff("-o /dev/full " + kCnet + " " + kVice),
                      "/dev/full: write failed: No space left on device");
}

TEST_CASE("cli -o onto a FIFO writes straight into it and never replaces it", "[hostile][output]") {
  TempDir dir;
  REQUIRE(::mkfifo(dir.File("fifo").c_str(), 0600) == 0);
  std::string command = "'" + std::string(CLAIMDIFF_EXE) + "' -o " + Quote(dir.File("fifo")) + " " + kCnet + " " +
                        kVice + " & cat " + Quote(dir.File("fifo")) + " > " + Quote(dir.File("got")) +
                        "; wait $!; echo $? > " + Quote(dir.File("rc"));
  REQUIRE(Shell(command) == 0);
  CHECK(ReadFile(dir.File("rc")) == "1\n");
  CHECK(ReadFile(dir.File("got")).find("Conflicts") != std::string::npos);
  struct stat info;
  REQUIRE(::stat(dir.File("fifo").c_str(), &info) == 0);
  CHECK(S_ISFIFO(info.st_mode));
  CHECK(Entries(dir) == std::vector<std::string>{"fifo", "got", "rc"});
}

TEST_CASE("cli -o replaces a report through its symlink and keeps the file's permissions", "[hostile][output]") {
  TempDir dir;
  WriteFile(dir.File("real.txt"), "old");
  ::chmod(dir.File("real.txt").c_str(), 0640);
  REQUIRE(::symlink("real.txt", dir.File("link.txt").c_str()) == 0);
  auto r = RunClaimdiff("-o " + Quote(dir.File("link.txt")) + " " + kCnet + " " + kVice);
  CHECK(r.exit_code == 1);
  struct stat info;
  REQUIRE(::lstat(dir.File("link.txt").c_str(), &info) == 0);
  CHECK(S_ISLNK(info.st_mode));
  REQUIRE(::stat(dir.File("real.txt").c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0640);
  CHECK(ReadFile(dir.File("real.txt")).find("Conflicts") != std::string::npos);
  CHECK(Entries(dir) == std::vector<std::string>{"link.txt", "real.txt"});
}

TEST_CASE("cli ends quietly when the reader of its output pipe goes away", "[hostile][output]") {
  TempDir dir;
  // A report far larger than a pipe buffer, so the write must meet the closed pipe.
  WriteFile(dir.File("a.txt"), ManySentences(3000));
  WriteFile(dir.File("b.txt"), ManySentences(3000, 1));  // every day differs: a conflict each
  for (const char* reader : {"head -c 1 > /dev/null", "true"}) {
    std::string command = "( '" + std::string(CLAIMDIFF_EXE) + "' " + Quote(dir.File("a.txt")) + " " +
                          Quote(dir.File("b.txt")) + " 2> " + Quote(dir.File("err")) + "; echo $? > " +
                          Quote(dir.File("rc")) + " ) | " + reader;
    REQUIRE(Shell(command) == 0);
    CHECK(ReadFile(dir.File("rc")) == "1\n");  // the comparison's answer, not 2 or a signal
    CHECK(ReadFile(dir.File("err")).empty());
  }
}

TEST_CASE("cli never sends escape sequences, bidi overrides or C0/C1 controls from input raw to the terminal",
          "[hostile][render]") {
  TempDir dir;
  WriteFile(dir.File("a.txt"),
            "Sony said \x1b]0;owned\x07 nothing leaked.\n\nThe file was \xE2\x80\xAE"
            "fdp.exe\xE2\x80\xAC today.\n\n"
            "Clear \x1b[2J screen and \xC2\x9B"
            "31m C1 CSI here.\n");
  WriteFile(dir.File("b.txt"), "Sony said something leaked.\n");
  for (std::string color : {"never", "always"}) {
    auto r = RunClaimdiff("--color " + color + " " + Quote(dir.File("a.txt")) + " " + Quote(dir.File("b.txt")));
    INFO("--color " << color << "\n" << r.out);
    CHECK(r.exit_code == 1);
    CHECK(r.out.find("\x1b]") == std::string::npos);
    CHECK(r.out.find("\x1b[2J") == std::string::npos);
    CHECK(r.out.find('\x07') == std::string::npos);
    CHECK(r.out.find("\xE2\x80\xAE") == std::string::npos);
    CHECK(r.out.find("\xC2\x9B") == std::string::npos);
    CHECK(r.out.find("<U+202E>") != std::string::npos);
    CHECK(r.out.find("\\x1b") != std::string::npos);
    if (color == "never") CHECK(r.out.find('\x1b') == std::string::npos);
  }
}

TEST_CASE("cli error lines show control characters of file names escaped, on one line", "[hostile][output]") {
  TempDir dir;
  const std::string name = dir.File("evil\x1b]0;owned\x07\nname.txt");
  auto r = RunClaimdiff(Quote(name) + " " + kCnet);
  CheckOneLineFailure(r, dir.File("evil\\x1b]0;owned\\x07\\x0aname.txt") + ": no such file");
  CHECK(r.err.find('\x1b') == std::string::npos);
}
