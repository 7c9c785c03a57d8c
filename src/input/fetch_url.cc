// URL input with libcurl.
#include "input/fetch_url.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace claimdiff {
namespace {

constexpr long kMaxRedirects = 10;

struct Sink {
  std::string* body;
  std::size_t limit;
  bool too_large = false;
};

std::size_t Write(char* data, std::size_t size, std::size_t count, void* user) {
  Sink* sink = static_cast<Sink*>(user);
  const std::size_t n = size * count;
  if (sink->body->size() + n > sink->limit) {
    sink->too_large = true;
    return 0;  // makes curl stop with CURLE_WRITE_ERROR
  }
  sink->body->append(data, n);
  return n;
}

const char* ReasonPhrase(long status) {
  switch (status) {
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 402:
      return "Payment Required";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 406:
      return "Not Acceptable";
    case 407:
      return "Proxy Authentication Required";
    case 408:
      return "Request Timeout";
    case 410:
      return "Gone";
    case 415:
      return "Unsupported Media Type";
    case 429:
      return "Too Many Requests";
    case 451:
      return "Unavailable For Legal Reasons";
    case 500:
      return "Internal Server Error";
    case 501:
      return "Not Implemented";
    case 502:
      return "Bad Gateway";
    case 503:
      return "Service Unavailable";
    case 504:
      return "Gateway Timeout";
    default:
      return status >= 500 ? "server error" : "client error";
  }
}

struct EasyCloser {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};

Status Failure(const std::string& url, CURLcode code, const char* detail, const InputOptions& options,
               const Sink& sink) {
  auto error = [&](Status::Code kind, const std::string& what) { return Status::Error(kind, url + ": " + what); };
  std::string why = detail[0] != '\0' ? detail : curl_easy_strerror(code);
  while (!why.empty() && (why.back() == ' ' || why.back() == '\n')) why.pop_back();
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
      return error(Status::Code::kNotFound, "cannot resolve host (" + why + ")");
    case CURLE_COULDNT_RESOLVE_PROXY:
      return error(Status::Code::kIoError, "cannot resolve proxy (" + why + ")");
    case CURLE_COULDNT_CONNECT:
      return error(Status::Code::kIoError, "connection failed (" + why + ")");
    case CURLE_OPERATION_TIMEDOUT:
      return error(Status::Code::kIoError,
                   "timed out (connect limit " + std::to_string(options.connect_timeout_seconds) + " s, total limit " +
                       std::to_string(options.timeout_seconds) + " s; see --connect-timeout and --timeout)");
    case CURLE_TOO_MANY_REDIRECTS:
      return error(Status::Code::kIoError, "more than " + std::to_string(kMaxRedirects) + " redirects");
    case CURLE_FILESIZE_EXCEEDED:
      return error(Status::Code::kTooLarge,
                   "larger than the download limit of " + std::to_string(options.max_download_bytes) + " bytes");
    case CURLE_WRITE_ERROR:
      if (sink.too_large) {
        return error(Status::Code::kTooLarge,
                     "larger than the download limit of " + std::to_string(options.max_download_bytes) + " bytes");
      }
      break;
    case CURLE_UNSUPPORTED_PROTOCOL:
      return error(Status::Code::kInvalidInput, "only http:// and https:// can be fetched (" + why + ")");
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_USE_SSL_FAILED:
      return error(Status::Code::kIoError, "TLS error (" + why + ")");
    case CURLE_BAD_CONTENT_ENCODING:
      return error(Status::Code::kInvalidInput, "bad compressed body (" + why + ")");
    default:
      break;
  }
  return error(Status::Code::kIoError, "fetch failed (" + why + ")");
}

}  // namespace

Status FetchUrl(const std::string& url, const InputOptions& options, FetchedPage* out) {
  static std::once_flag global_init;
  std::call_once(global_init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  std::unique_ptr<CURL, EasyCloser> curl(curl_easy_init());
  if (curl == nullptr) return Status::Error(Status::Code::kInternal, url + ": cannot start libcurl");
  CURL* handle = curl.get();
  char detail[CURL_ERROR_SIZE] = "";
  out->body.clear();
  Sink sink{&out->body, options.max_download_bytes};
  curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
  curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(handle, CURLOPT_MAXREDIRS, kMaxRedirects);
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, options.connect_timeout_seconds);
  curl_easy_setopt(handle, CURLOPT_TIMEOUT, options.timeout_seconds);
  curl_easy_setopt(handle, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options.max_download_bytes));
  curl_easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "");  // every encoding this libcurl decodes
  curl_easy_setopt(handle, CURLOPT_USERAGENT, "claimdiff/0.1 (+article comparison)");
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);  // timeouts without SIGALRM: both inputs load at once
  curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, detail);
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, Write);
  curl_easy_setopt(handle, CURLOPT_WRITEDATA, &sink);
  CURLcode code = curl_easy_perform(handle);
  if (code != CURLE_OK) return Failure(url, code, detail, options, sink);

  long status = 0;
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
  char* final_url = nullptr;
  curl_easy_getinfo(handle, CURLINFO_EFFECTIVE_URL, &final_url);
  out->final_url = final_url != nullptr ? final_url : url;
  if (status >= 400) {
    return Status::Error(status == 404 || status == 410 ? Status::Code::kNotFound : Status::Code::kIoError,
                         url + ": HTTP " + std::to_string(status) + " " + ReasonPhrase(status) +
                             (out->final_url != url ? " (at " + out->final_url + ")" : ""));
  }
  if (status >= 300) {  // a redirect without a Location to follow
    return Status::Error(Status::Code::kIoError,
                         url + ": HTTP " + std::to_string(status) + " redirect without a target");
  }
  char* content_type = nullptr;
  curl_easy_getinfo(handle, CURLINFO_CONTENT_TYPE, &content_type);
  out->content_type = content_type != nullptr ? content_type : "";
  return Status::Ok();
}

}  // namespace claimdiff
