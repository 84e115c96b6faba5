// Open connections per client address: see connections_per_address.h.
#include "http/connections_per_address.h"

#include <arpa/inet.h>

#include <cstring>

namespace optagelse::http {

ConnectionsPerAddress::ConnectionsPerAddress(std::size_t limit, std::string unlimited_address)
    : limit_(limit), unlimited_(std::move(unlimited_address)) {}

std::string ConnectionsPerAddress::KeyOf(const std::string& address) {
  in6_addr v6{};
  if (address.find(':') == std::string::npos || ::inet_pton(AF_INET6, address.c_str(), &v6) != 1) return address;
  if (IN6_IS_ADDR_V4MAPPED(&v6)) return address.substr(address.rfind(':') + 1);  // ::ffff:192.0.2.1 is 192.0.2.1
  std::memset(reinterpret_cast<unsigned char*>(&v6) + 8, 0, 8);
  char text[INET6_ADDRSTRLEN] = {};
  ::inet_ntop(AF_INET6, &v6, text, sizeof text);
  return std::string(text) + "/64";
}

bool ConnectionsPerAddress::TryOpen(const std::string& address) {
  if (!unlimited_.empty() && address == unlimited_) return true;
  const std::string key = KeyOf(address);
  std::lock_guard lock(mutex_);
  std::size_t& open = open_[key];
  if (open >= limit_) return false;
  ++open;
  return true;
}

void ConnectionsPerAddress::Close(const std::string& address) {
  if (!unlimited_.empty() && address == unlimited_) return;
  const std::string key = KeyOf(address);
  std::lock_guard lock(mutex_);
  const auto found = open_.find(key);
  if (found == open_.end()) return;
  if (--found->second == 0) open_.erase(found);  // the table holds only addresses with open connections
}

}  // namespace optagelse::http
