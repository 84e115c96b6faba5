// E-mail addresses: see email_address.h.
#include "text/email_address.h"

#include <algorithm>

namespace optagelse::text {

bool LooksLikeEmailAddress(std::string_view email) {
  const auto at = email.find('@');
  if (at == 0 || at == std::string_view::npos || email.find('@', at + 1) != std::string_view::npos) return false;
  const std::string_view domain = email.substr(at + 1);
  const auto dot = domain.find('.');
  const bool plain = std::none_of(email.begin(), email.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte <= 0x20 || byte == 0x7f || std::string_view("<>()[]\\,;:\"").find(c) != std::string_view::npos;
  });
  return email.size() <= 254 && dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size() && plain;
}

}  // namespace optagelse::text
