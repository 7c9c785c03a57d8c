// --batch: a list of pairs in, JSON Lines out; a bad pair is a record, never the end of the run.
#include "cli/batch.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

#include "claimdiff/claimdiff.h"
#include "cli/exit_codes.h"
#include "cli/output_file.h"

namespace claimdiff {
namespace {

using Json = nlohmann::ordered_json;

struct Pair {
  std::size_t line = 0;
  std::string a;
  std::string b;
};

std::string ErrorRecord(const Pair& pair, const std::string& error) {
  Json record = {
      {"claimdiff", 2}, {"line", pair.line}, {"a", {{"path", pair.a}}}, {"b", {{"path", pair.b}}}, {"error", error}};
  return record.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

bool IsUrl(const std::string& path) { return path.rfind("http://", 0) == 0 || path.rfind("https://", 0) == 0; }

// The pair's JSON report on one line, or its error; `differs` says whether the two differ.
std::string ComparePair(const Pair& pair, const CliOptions& options, bool* failed, bool* differs) {
  for (const std::string* path : {&pair.a, &pair.b}) {
    std::string problem;
    if (path->empty())
      problem = "line " + std::to_string(pair.line) + ": expected two paths separated by a tab";
    else if (*path == "-")
      problem = "'-' cannot name an input in a batch (standard input may hold the list)";
    else if (IsUrl(*path))
      problem = *path + ": URLs are not fetched; download the page and give its path";
    if (!problem.empty()) {
      *failed = true;
      return ErrorRecord(pair, problem);
    }
  }
  Document a, b;
  Status status = ReadDocument(pair.a, options.input, &a);
  if (status.ok()) status = ReadDocument(pair.b, options.input, &b);
  Report report;
  if (status.ok()) status = CompareDocuments(a, b, options.compare, &report);
  if (!status.ok()) {
    *failed = true;
    return ErrorRecord(pair, status.message());
  }
  *differs = !report.Same();
  RenderOptions render;
  render.format = Format::kJson;
  std::ostringstream json;
  Render(report, render, json);
  // The renderer writes for people too (a line per finding); a batch line is compact.
  return Json::parse(json.str()).dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

Pair ParsePair(const std::string& text, std::size_t line) {
  Pair pair;
  pair.line = line;
  std::size_t tab = text.find('\t');
  if (tab == std::string::npos) {
    pair.a = text;
    return pair;
  }
  pair.a = text.substr(0, tab);
  pair.b = text.substr(tab + 1);
  if (pair.b.find('\t') != std::string::npos) pair.b.clear();  // more than two fields
  return pair;
}

}  // namespace

int RunBatch(const CliOptions& options) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (options.batch != "-") {
    file.open(options.batch, std::ios::binary);
    if (!file) {
      std::cerr << "claimdiff: " << ShowControls(options.batch) << ": cannot read the pairs list\n";
      return kExitTrouble;
    }
    in = &file;
  }
  bool failed = false, differs = false;
  std::size_t line_number = 0;
  for (std::string line; std::getline(*in, line);) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos || line[0] == '#') continue;
    bool pair_differs = false;
    std::string record = ComparePair(ParsePair(line, line_number), options, &failed, &pair_differs);
    differs = differs || pair_differs;
    // Each record goes out as soon as it is done, so a reader (or GNU parallel) can stream.
    Status status = WriteStdout(record);
    if (!status.ok()) {
      std::cerr << "claimdiff: " << ShowControls(status.message()) << "\n";
      return kExitTrouble;
    }
  }
  if (in->bad()) {
    std::cerr << "claimdiff: " << ShowControls(options.batch) << ": read failed\n";
    return kExitTrouble;
  }
  return failed ? kExitTrouble : differs ? kExitDifferent : kExitSame;
}

}  // namespace claimdiff
