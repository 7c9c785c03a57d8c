// libFuzzer target: the whole claimdiff pipeline on arbitrary bytes.
#include <cstddef>
#include <cstdint>

#include "pipeline_entry.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return claimdiff::fuzz::RunPipeline(data, size);
}
