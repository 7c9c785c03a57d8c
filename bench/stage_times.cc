// Prints the wall time of each pipeline stage on two files: where a run's time goes.
// Usage: claimdiff_stage_times A B
#include <chrono>
#include <cstdio>
#include <sstream>

#include "claimdiff/claimdiff.h"
#include "report/report_builder.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: claimdiff_stage_times A B\n");
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  auto start = Clock::now();
  claimdiff::Document a, b;
  if (!claimdiff::ReadDocument(argv[1], {}, &a).ok() || !claimdiff::ReadDocument(argv[2], {}, &b).ok()) return 2;
  std::printf("%-10s %7.3f s\n", "read", Seconds(start));
  auto t = Clock::now();
  claimdiff::Segmentation sa, sb;
  claimdiff::Segment(a, {}, &sa);
  claimdiff::Segment(b, {}, &sb);
  std::printf("%-10s %7.3f s  (%zu + %zu sentences, one thread)\n", "segment", Seconds(t), sa.sentences.size(),
              sb.sentences.size());
  t = Clock::now();
  claimdiff::Alignment alignment = claimdiff::Align(sa, sb, {});
  std::printf("%-10s %7.3f s  (%zu groups)\n", "align", Seconds(t), alignment.groups.size());
  t = Clock::now();
  claimdiff::Report report = claimdiff::BuildReport(a, sa, b, sb, alignment, 2);
  std::printf("%-10s %7.3f s\n", "compare", Seconds(t));
  for (auto format : {claimdiff::Format::kJson, claimdiff::Format::kText, claimdiff::Format::kHtml}) {
    t = Clock::now();
    std::ostringstream out;
    claimdiff::RenderOptions options;
    options.format = format;
    claimdiff::Render(report, options, out);
    std::printf("render %-3s %7.3f s  (%zu bytes)\n",
                format == claimdiff::Format::kJson ? "json" : format == claimdiff::Format::kText ? "txt" : "htm",
                Seconds(t), out.str().size());
  }
  std::printf("%-10s %7.3f s\n", "total", Seconds(start));
  return 0;
}
