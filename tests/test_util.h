// Helpers shared by the tests: documents from strings, whole-pipeline runs, running the binary.
#ifndef CLAIMDIFF_TESTS_TEST_UTIL_H_
#define CLAIMDIFF_TESTS_TEST_UTIL_H_

#include <string>
#include <vector>

#include "claimdiff/claimdiff.h"

namespace claimdiff::testing {

Document MakeDocument(const std::string& text, const std::string& name = "test.txt");
Segmentation SegmentText(const std::string& text);
Report CompareTexts(const std::string& a, const std::string& b, const Options& options = {});
std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& content);
std::string Sample(const std::string& name);  // path of samples/<name>
std::string Quote(const std::string& arg);    // 'arg', for a shell command line
// The seed pair, quoted, as the two input arguments of a claimdiff command line.
std::string SeedArgs();

// A fresh empty directory under the system temp dir, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }
  std::vector<std::string> List() const;  // names of the entries inside

 private:
  std::string path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the claimdiff executable with `args` (already shell-quoted where needed), feeding
// `stdin_text` on standard input.
CommandResult RunClaimdiff(const std::string& args, const std::string& stdin_text = "");

// Runs a bash script; $CLAIMDIFF in it is the executable under test.
CommandResult RunShell(const std::string& script);

}  // namespace claimdiff::testing

#endif  // CLAIMDIFF_TESTS_TEST_UTIL_H_
