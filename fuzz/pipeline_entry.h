// The whole-pipeline fuzz entry shared by the libFuzzer target and the corpus replayer.
#ifndef CLAIMDIFF_FUZZ_PIPELINE_ENTRY_H_
#define CLAIMDIFF_FUZZ_PIPELINE_ENTRY_H_

#include <cstddef>
#include <cstdint>

namespace claimdiff::fuzz {

// Separates report A from report B in a fuzz input; without it the input is cut in half.
inline constexpr char kSeparator[] = "\n=====\n";

// Runs one input through decode -> segment -> align -> compare -> render text/JSON/HTML and
// aborts (after a line on stderr) if an invariant breaks: decoded text is valid UTF-8, every
// claim sentence belongs to exactly one finding, the text report holds no raw control
// characters besides its own colour codes, the JSON parses. Input layout: one options byte, then A, kSeparator, B.
//   bits 0-1 charset: UTF-8 / windows-1252 / UTF-16LE / shift_jis
//   bit 2    a 64-byte sentence limit (exercises cutting)   bits 3-4 width 40/60/100/200
//   bit 5    colour in the text report                      bit 6    no parallel segmentation
int RunPipeline(const std::uint8_t* data, std::size_t size);

}  // namespace claimdiff::fuzz

#endif  // CLAIMDIFF_FUZZ_PIPELINE_ENTRY_H_
