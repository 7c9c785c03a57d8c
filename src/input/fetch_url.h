// Fetches an http:// or https:// URL given on the command line, with libcurl.
#ifndef CLAIMDIFF_INPUT_FETCH_URL_H_
#define CLAIMDIFF_INPUT_FETCH_URL_H_

#include <string>

#include "claimdiff/document.h"

namespace claimdiff {

struct FetchedPage {
  std::string body;          // decompressed (gzip, deflate, brotli as curl supports)
  std::string content_type;  // the final response's Content-Type, or ""
  std::string final_url;     // after redirects
};

// Follows at most 10 redirects (http and https only), within options.connect_timeout_seconds
// and options.timeout_seconds, refusing bodies above options.max_download_bytes. Every failure
// is one line naming the URL: unknown host, refused connection, timeout, TLS, too many
// redirects, too large, or the HTTP status ("HTTP 404 Not Found").
Status FetchUrl(const std::string& url, const InputOptions& options, FetchedPage* out);

}  // namespace claimdiff

#endif  // CLAIMDIFF_INPUT_FETCH_URL_H_
