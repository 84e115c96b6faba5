// The client's address: see client_address.h.
#include "http/client_address.h"

namespace optagelse::http {
namespace {

std::string Trimmed(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// An IPv4 or IPv6 address as a proxy writes it: digits, hex letters, dots and colons, not too long.
bool LooksLikeAddress(const std::string& text) {
  if (text.empty() || text.size() > 45) return false;
  for (const char c : text) {
    if (!std::isxdigit(static_cast<unsigned char>(c)) && c != '.' && c != ':') return false;
  }
  return true;
}

}  // namespace

std::string ClientAddress(const httplib::Request& request, const std::string& trusted_proxy) {
  if (trusted_proxy.empty() || request.remote_addr != trusted_proxy) return request.remote_addr;
  // Several X-Forwarded-For headers are one list, in order; the proxy appended the last entry.
  std::string last;
  for (auto [it, end] = request.headers.equal_range("X-Forwarded-For"); it != end; ++it) {
    const std::size_t comma = it->second.rfind(',');
    last = Trimmed(comma == std::string::npos ? it->second : it->second.substr(comma + 1));
  }
  return LooksLikeAddress(last) ? last : request.remote_addr;
}

}  // namespace optagelse::http
