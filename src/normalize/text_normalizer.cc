// NormalizeText: the matching form of text — NFKC, case folded, quotes/dashes/whitespace unified.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>
#include <string_view>

#include "claimdiff/normalize.h"

namespace claimdiff {
namespace {

// Maps typographic variants to one ASCII form so that "don’t" and "don't" compare equal.
void AppendUnified(UChar32 c, icu::UnicodeString* out) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
    case 0x0060:
    case 0x00B4:
      out->append(UChar32{'\''});
      return;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
    case 0x300C:
    case 0x300D:
      out->append(UChar32{'"'});
      return;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      out->append(UChar32{'-'});
      return;
    default:
      out->append(c);
  }
}

bool IsAscii(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (space) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace

std::string NormalizeText(std::string_view text) {
  if (IsAscii(text)) {  // fast path: NFKC_Casefold of ASCII is ASCII lower case
    std::string lower(text);
    bool spaces = false;  // words, the common case, have none to collapse
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c == '`') c = '\'';
      spaces |= c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    }
    return spaces ? CollapseSpaces(lower) : lower;
  }
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(error);
  icu::UnicodeString source =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString folded;
  if (U_SUCCESS(error)) folded = nfkc_cf->normalize(source, error);
  if (U_FAILURE(error)) folded = source;  // input is valid UTF-8, so this is unreachable in practice
  icu::UnicodeString unified;
  for (int32_t i = 0; i < folded.length();) {
    UChar32 c = folded.char32At(i);
    AppendUnified(c, &unified);
    i += U16_LENGTH(c);
  }
  std::string out;
  unified.toUTF8String(out);
  // NFKC turns no-break and other spaces into U+0020 already; collapse runs of them.
  return CollapseSpaces(out);
}

}  // namespace claimdiff
