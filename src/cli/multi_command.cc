// Three or more sources: read them all, compare every pair, write the corroboration grid.
#include "cli/multi_command.h"

#include <algorithm>
#include <iostream>

#include "claimdiff/multi.h"
#include "cli/exit_codes.h"
#include "cli/output_file.h"
#include "cli/output_guard.h"
#include "common/parallel.h"

namespace claimdiff {
namespace {

// Reading waits on disks and networks more than on cores: a few more readers than cores.
constexpr unsigned kMinReaders = 4;

int Fail(const Status& status) {
  std::cerr << "claimdiff: " << ShowControls(status.message()) << "\n";
  return kExitTrouble;
}

// Like the pairwise run, the documents and report are left for the process's end to reclaim.
std::vector<Document>& UnfreedDocuments() {
  static auto* docs = new std::vector<Document>;
  return *docs;
}

MultiReport& UnfreedReport() {
  static auto* report = new MultiReport;
  return *report;
}

}  // namespace

int RunMulti(const CliOptions& options, const RenderOptions& render) {
  Status status = CheckOutputsApart(options);
  if (!status.ok()) return Fail(status);
  std::vector<std::string> paths = {options.path_a, options.path_b};
  paths.insert(paths.end(), options.more_paths.begin(), options.more_paths.end());
  std::vector<Document>& docs = UnfreedDocuments();
  docs.resize(paths.size());
  std::vector<Status> statuses(paths.size());
  ParallelFor(paths.size(), std::max(kMinReaders, CoreCount()),
              [&](std::size_t i) { statuses[i] = ReadDocument(paths[i], options.input, &docs[i]); });
  for (const Status& s : statuses) {  // the first failing source on the command line is named
    if (!s.ok()) return Fail(s);
  }
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const std::string& label = i == 0                      ? options.label_a
                               : i == 1                    ? options.label_b
                               : i < options.labels.size() ? options.labels[i]
                                                           : std::string();
    if (!label.empty()) docs[i].label = label;
  }
  MultiOptions multi;
  multi.compare = options.compare;
  MultiReport& report = UnfreedReport();
  status = CompareSources(docs, multi, &report);
  if (!status.ok()) return Fail(status);
  WriteContent write = [&](std::ostream& out) { RenderMulti(report, render, out); };
  status = options.output.empty() ? WriteStdout(write) : WriteOutputFile(options.output, write);
  if (!status.ok()) return Fail(status);
  return report.Same() ? kExitSame : kExitDifferent;
}

}  // namespace claimdiff
