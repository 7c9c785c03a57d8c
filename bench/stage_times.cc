// Prints the wall time of each pipeline stage on two files, run as the command runs them
// (threads included): where a run's time goes. Usage: claimdiff_stage_times A B
#include <chrono>
#include <cstdio>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "claimdiff/claimdiff.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double>(to - from).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: claimdiff_stage_times A B\n");
    return 2;
  }
  auto start = Clock::now();
  auto a = std::make_unique<claimdiff::Document>();
  auto b = std::make_unique<claimdiff::Document>();
  if (!claimdiff::ReadDocument(argv[1], {}, a.get()).ok() || !claimdiff::ReadDocument(argv[2], {}, b.get()).ok()) {
    return 2;
  }
  std::printf("%-12s %7.3f s\n", "read", Seconds(start, Clock::now()));

  // The pipeline reports each stage as it starts; the gaps between reports are the stages.
  std::vector<std::pair<std::string, Clock::time_point>> marks;
  claimdiff::Options options;
  options.progress = [&](const char* stage, double) { marks.emplace_back(stage, Clock::now()); };
  auto report = std::make_unique<claimdiff::Report>();
  if (!claimdiff::CompareDocuments(*a, *b, options, report.get()).ok()) return 2;
  marks.emplace_back("", Clock::now());
  for (std::size_t i = 0; i + 1 < marks.size(); ++i) {
    std::printf("%-12s %7.3f s\n", marks[i].first.c_str(), Seconds(marks[i].second, marks[i + 1].second));
  }

  for (auto format : {claimdiff::Format::kJson, claimdiff::Format::kText, claimdiff::Format::kHtml}) {
    auto t = Clock::now();
    std::ostringstream out;
    claimdiff::RenderOptions render;
    render.format = format;
    claimdiff::Render(*report, render, out);
    const char* name = format == claimdiff::Format::kJson   ? "json"
                       : format == claimdiff::Format::kText ? "text"
                                                            : "html";
    std::printf("render %-5s %7.3f s  (%zu bytes)\n", name, Seconds(t, Clock::now()), out.str().size());
  }
  auto t = Clock::now();
  report.reset();
  a.reset();
  b.reset();
  std::printf("%-12s %7.3f s\n", "free", Seconds(t, Clock::now()));
  std::printf("%-12s %7.3f s\n", "total", Seconds(start, Clock::now()));
  return 0;
}
