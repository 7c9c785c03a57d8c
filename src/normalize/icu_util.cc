// Turns ICU error codes into claimdiff Status values.
#include "normalize/icu_util.h"

namespace claimdiff {

Status IcuStatus(UErrorCode code, const std::string& what) {
  if (U_SUCCESS(code)) return Status::Ok();
  return Status::Error(Status::Code::kInternal, what + ": ICU error " + u_errorName(code));
}

}  // namespace claimdiff
