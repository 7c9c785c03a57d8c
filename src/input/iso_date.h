// Publication dates as sources write them, made ISO 8601 ("2014-12-20").
#ifndef CLAIMDIFF_INPUT_ISO_DATE_H_
#define CLAIMDIFF_INPUT_ISO_DATE_H_

#include <string>
#include <string_view>

namespace claimdiff {

// The calendar date `text` names, as "YYYY-MM-DD", or "" when it names none. Accepts ISO 8601
// dates and date-times ("2014-12-20T14:42:00-08:00": the date as written, not moved to UTC),
// "2014/12/20", "20141220", PDF dates ("D:20141220..."), and English dates with a month name
// ("December 20, 2014", "20 Dec 2014", "Sat, 20 Dec 2014 10:00:00 GMT").
std::string IsoDate(std::string_view text);

}  // namespace claimdiff

#endif  // CLAIMDIFF_INPUT_ISO_DATE_H_
