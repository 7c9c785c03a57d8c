// Boilerplate patterns seen on news sites: page furniture that is not part of the report.
#include "normalize/boilerplate.h"

#include <regex>
#include <vector>

namespace claimdiff {
namespace {

const std::vector<std::regex>& Patterns() {
  static const std::vector<std::regex> patterns = [] {
    const char* sources[] = {
        R"(^\d+ (min|minute)s? read\.?$)",
        R"(^(photo|image|picture|video|illustration|graphic)s?( via| by| credit|:| courtesy)\b.*$)",
        R"(^.{0,200}\bread more( here)?[.!]?$)",
        R"(^(follow|like) .{0,80} on (twitter|facebook|instagram|x|threads|mastodon)\b.*$)",
        R"(^(advertisement|sponsored( content)?|skip to (main )?content|share (this|on)\b.*)$)",
        R"(^(sign up|subscribe)\b.{0,100}$)",
        R"(^this (story|article) is over \d+ (years?|months?) old\.?$)",
        R"(^want .{0,60} to notify you\b.*$)",
        R"(^(copyright|\(c\)|©) .{0,120}$)",
        R"(^.{0,120}\ball rights reserved\.?$)",
        R"(^(related|recommended|more from|see also)( stories| articles)?:.{0,120}$)",
    };
    std::vector<std::regex> compiled;
    for (const char* source : sources) {
      compiled.emplace_back(source, std::regex::ECMAScript | std::regex::optimize);
    }
    return compiled;
  }();
  return patterns;
}

}  // namespace

bool IsBoilerplateLine(std::string_view normalized_line) {
  if (normalized_line.empty() || normalized_line.size() > 240) return false;
  for (const std::regex& pattern : Patterns()) {
    if (std::regex_match(normalized_line.begin(), normalized_line.end(), pattern)) return true;
  }
  return false;
}

}  // namespace claimdiff
