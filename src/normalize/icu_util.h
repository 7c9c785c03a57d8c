// The one place that turns ICU error codes into claimdiff Status values.
#ifndef CLAIMDIFF_NORMALIZE_ICU_UTIL_H_
#define CLAIMDIFF_NORMALIZE_ICU_UTIL_H_

#include <unicode/utypes.h>

#include <string>

#include "claimdiff/status.h"

namespace claimdiff {

// Status::Ok() for U_SUCCESS, else kInternal naming what failed and ICU's error name.
Status IcuStatus(UErrorCode code, const std::string& what);

}  // namespace claimdiff

#endif  // CLAIMDIFF_NORMALIZE_ICU_UTIL_H_
