// Output paths that would overwrite the run's own files are refused (see output_guard.h).
#include "cli/output_guard.h"

#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <vector>

namespace claimdiff {
namespace {

struct NamedFile {
  std::string role;  // "input A", "the expectations file" ...
  struct stat info;
};

// The regular file `path` reaches ('-' is standard input), if any. Terminals, pipes and devices
// are left out: stdin and stdout may well be the same terminal.
bool RegularFile(const std::string& path, struct stat* info) {
  int found = path == "-" ? ::fstat(STDIN_FILENO, info) : ::stat(path.c_str(), info);
  return found == 0 && S_ISREG(info->st_mode);
}

bool SameFile(const struct stat& x, const struct stat& y) { return x.st_dev == y.st_dev && x.st_ino == y.st_ino; }

}  // namespace

Status CheckOutputsApart(const CliOptions& options) {
  std::vector<NamedFile> read;
  for (const auto& [path, role] : {std::pair{options.path_a, "input A"}, std::pair{options.path_b, "input B"},
                                   std::pair{options.expect, "the --expect file"}}) {
    NamedFile file{role, {}};
    if (!path.empty() && RegularFile(path, &file.info)) read.push_back(file);
  }
  for (std::size_t k = 0; k < options.more_paths.size(); ++k) {
    NamedFile file{"input " + std::to_string(k + 3), {}};
    if (RegularFile(options.more_paths[k], &file.info)) read.push_back(file);
  }
  struct stat output, snapshot;
  const bool has_output = !options.output.empty() && options.output != "-" && RegularFile(options.output, &output);
  const bool has_snapshot =
      !options.write_expect.empty() && options.write_expect != "-" && RegularFile(options.write_expect, &snapshot);
  for (const NamedFile& file : read) {
    // Rewriting the --expect file with --write-expect is how a snapshot is refreshed: allowed,
    // since the file is read whole before the snapshot replaces it.
    if (has_snapshot && SameFile(snapshot, file.info) && file.role != std::string("the --expect file")) {
      return Status::Error(Status::Code::kIoError, options.write_expect + ": is " + file.role +
                                                       "; refusing to overwrite it with --write-expect");
    }
    if (has_output && SameFile(output, file.info)) {
      return Status::Error(Status::Code::kIoError,
                           options.output + ": is " + file.role + "; refusing to overwrite it with the report");
    }
  }
  if (has_output && has_snapshot && SameFile(output, snapshot)) {
    return Status::Error(Status::Code::kIoError, options.output + ": -o and --write-expect name the same file");
  }
  if (!options.output.empty() && options.output == options.write_expect) {
    return Status::Error(Status::Code::kIoError, options.output + ": -o and --write-expect name the same file");
  }
  return Status::Ok();
}

}  // namespace claimdiff
