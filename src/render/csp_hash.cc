// CSP source hashes with OpenSSL's SHA-256, so the report's inline style and script can run
// under a policy that blocks every other inline or remote resource.
#include <openssl/evp.h>
#include <openssl/sha.h>

#include "render/html_assets.h"

namespace claimdiff {

std::string CspHash(std::string_view content) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(content.data()), content.size(), digest);
  unsigned char encoded[4 * ((SHA256_DIGEST_LENGTH + 2) / 3) + 1];
  int length = EVP_EncodeBlock(encoded, digest, SHA256_DIGEST_LENGTH);
  return "'sha256-" + std::string(reinterpret_cast<const char*>(encoded), static_cast<std::size_t>(length)) + "'";
}

}  // namespace claimdiff
