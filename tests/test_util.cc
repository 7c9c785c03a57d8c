// Helpers shared by the tests.
#include "test_util.h"

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace claimdiff::testing {

Document MakeDocument(const std::string& text, const std::string& name) {
  Document doc;
  Status status = DecodeDocument(text, name, {}, &doc);
  if (!status.ok()) throw std::runtime_error(status.message());
  return doc;
}

Segmentation SegmentText(const std::string& text) {
  Segmentation seg;
  Status status = Segment(MakeDocument(text), {}, &seg);
  if (!status.ok()) throw std::runtime_error(status.message());
  return seg;
}

Report CompareTexts(const std::string& a, const std::string& b, const Options& options) {
  Report report;
  Status status = CompareDocuments(MakeDocument(a, "a.txt"), MakeDocument(b, "b.txt"), options, &report);
  if (!status.ok()) throw std::runtime_error(status.message());
  return report;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

void WriteFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

std::string Sample(const std::string& name) { return std::string(CLAIMDIFF_SAMPLES) + "/" + name; }

std::string Quote(const std::string& arg) { return "'" + arg + "'"; }

std::string SeedArgs() { return Quote(Sample("sony-cnet.txt")) + " " + Quote(Sample("sony-vice.txt")); }

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "claimdiff-test-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::vector<std::string> TempDir::List() const {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(path_)) {
    names.push_back(entry.path().filename().string());
  }
  return names;
}

namespace {

// Runs a shell command line with stdout and stderr captured into `dir`.
CommandResult Capture(const std::string& command, const TempDir& dir) {
  std::string full = command + " > " + Quote(dir.File("stdout")) + " 2> " + Quote(dir.File("stderr"));
  int status = std::system(full.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadFile(dir.File("stdout"));
  result.err = ReadFile(dir.File("stderr"));
  return result;
}

}  // namespace

CommandResult RunClaimdiff(const std::string& args, const std::string& stdin_text) {
  TempDir dir;
  WriteFile(dir.File("stdin"), stdin_text);
  return Capture(Quote(CLAIMDIFF_EXE) + " " + args + " < " + Quote(dir.File("stdin")), dir);
}

CommandResult RunShell(const std::string& script) {
  TempDir dir;
  WriteFile(dir.File("script.sh"), "CLAIMDIFF=" + Quote(CLAIMDIFF_EXE) + "\n" + script + "\n");
  return Capture("bash " + Quote(dir.File("script.sh")) + " < /dev/null", dir);
}

}  // namespace claimdiff::testing
