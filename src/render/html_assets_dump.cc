// Build-time tool: writes the report's stylesheet and script to files, for CMake to hash into the
// page's Content-Security-Policy (cmake/ClaimdiffCspHashes.cmake).
#include <fstream>
#include <iostream>

#include "render/html_assets.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: html_assets_dump STYLE_OUT SCRIPT_OUT\n";
    return 2;
  }
  std::ofstream style(argv[1], std::ios::binary), script(argv[2], std::ios::binary);
  style << claimdiff::HtmlStyle();
  script << claimdiff::HtmlScript();
  style.close();
  script.close();
  return style && script ? 0 : 1;
}
