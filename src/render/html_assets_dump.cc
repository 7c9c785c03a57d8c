// Build-time tool: writes the report pages' stylesheets and scripts to files, for CMake to hash
// into the pages' Content-Security-Policy (cmake/ClaimdiffCspHashes.cmake).
#include <fstream>
#include <iostream>
#include <string_view>

#include "render/html_assets.h"
#include "render/multi_html_assets.h"

namespace {

bool Write(const char* path, std::string_view text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: html_assets_dump STYLE_OUT SCRIPT_OUT MULTI_STYLE_OUT MULTI_SCRIPT_OUT\n";
    return 2;
  }
  const bool written = Write(argv[1], claimdiff::HtmlStyle()) && Write(argv[2], claimdiff::HtmlScript()) &&
                       Write(argv[3], claimdiff::MultiHtmlStyle()) && Write(argv[4], claimdiff::MultiHtmlScript());
  return written ? 0 : 1;
}
