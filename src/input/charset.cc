// Converts input bytes from a named charset to UTF-8 with ICU converters, failing on bad bytes.
#include "input/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>

namespace claimdiff {
namespace {

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

// Opens `charset`, or explains why not. ICU reports unknown names as U_FILE_ACCESS_ERROR.
Status Open(const std::string& charset, const std::string& name, Converter* out) {
  UErrorCode error = U_ZERO_ERROR;
  out->reset(ucnv_open(charset.c_str(), &error));
  if (U_FAILURE(error) || *out == nullptr) {
    return Status::Error(Status::Code::kInvalidInput,
                         name + ": unknown encoding '" + charset + "' (see `uconv -l` for names)");
  }
  return Status::Ok();
}

}  // namespace

Status LookUpCharset(const std::string& charset, const std::string& name, CharsetInfo* info) {
  Converter converter;
  Status status = Open(charset, name, &converter);
  if (!status.ok()) return status;
  UErrorCode error = U_ZERO_ERROR;
  const char* canonical = ucnv_getName(converter.get(), &error);
  info->utf8 = U_SUCCESS(error) && canonical != nullptr && ucnv_compareNames(canonical, "UTF-8") == 0;
  info->unit_bytes = ucnv_getMinCharSize(converter.get());
  return Status::Ok();
}

Status ConvertToUtf8(std::string_view bytes, const std::string& charset, const std::string& name, std::string* out) {
  Converter source;
  Status status = Open(charset, name, &source);
  if (!status.ok()) return status;
  Converter utf8;
  status = Open("UTF-8", name, &utf8);
  if (!status.ok()) return status;

  // Stop at the first byte sequence the charset does not define instead of substituting U+FFFD:
  // silently changed text would make claimdiff report differences nobody wrote.
  UErrorCode error = U_ZERO_ERROR;
  ucnv_setToUCallBack(source.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &error);
  // Likewise on the UTF-8 side: a charset that can encode a lone surrogate (UTF-7 "+2D0-") must
  // fail, not become U+FFFD.
  if (U_SUCCESS(error)) ucnv_setFromUCallBack(utf8.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &error);
  if (U_FAILURE(error)) {
    return Status::Error(Status::Code::kInternal,
                         name + ": cannot set up the " + charset + " converter: " + u_errorName(error));
  }

  out->clear();
  out->reserve(bytes.size() + bytes.size() / 2);
  const char* const begin = bytes.data();
  const char* in = begin;
  const char* const end = begin + bytes.size();
  UChar pivot[4096];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  char chunk[16384];
  bool reset = true;
  for (;;) {
    char* target = chunk;
    error = U_ZERO_ERROR;
    ucnv_convertEx(utf8.get(), source.get(), &target, chunk + sizeof chunk, &in, end, pivot, &pivot_source,
                   &pivot_target, pivot + 4096, reset, /*flush=*/true, &error);
    reset = false;
    out->append(chunk, static_cast<std::size_t>(target - chunk));
    if (error == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_SUCCESS(error)) return Status::Ok();
    if (error == U_ILLEGAL_CHAR_FOUND || error == U_INVALID_CHAR_FOUND || error == U_TRUNCATED_CHAR_FOUND) {
      char invalid[32];
      int8_t invalid_length = sizeof invalid;
      UErrorCode ignored = U_ZERO_ERROR;
      ucnv_getInvalidChars(source.get(), invalid, &invalid_length, &ignored);
      if (U_FAILURE(ignored)) invalid_length = 0;
      std::size_t offset = static_cast<std::size_t>(in - begin);
      if (static_cast<std::size_t>(invalid_length) <= offset) offset -= static_cast<std::size_t>(invalid_length);
      const char* what = error == U_TRUNCATED_CHAR_FOUND ? "incomplete character" : "invalid byte sequence";
      return Status::Error(Status::Code::kInvalidInput,
                           name + ": " + what + " for encoding " + charset + " at byte " + std::to_string(offset));
    }
    return Status::Error(Status::Code::kInternal,
                         name + ": converting from " + charset + " failed: " + u_errorName(error));
  }
}

}  // namespace claimdiff
