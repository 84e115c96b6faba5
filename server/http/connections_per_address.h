// How many connections each client address has open (docs/threat-model.md): one address may hold at
// most a set number at once, so a single client opening connections it never finishes cannot
// take every worker thread. IPv6 clients are counted by their /64 network (one subscriber's
// prefix: any host in it can pick a new address at will). The trusted reverse proxy carries
// everyone's connections and is not limited.
#pragma once

#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace optagelse::http {

class ConnectionsPerAddress {
 public:
  ConnectionsPerAddress(std::size_t limit, std::string unlimited_address);

  // Counts a connection from `address` if it is within the limit; false (and nothing counted) if not.
  bool TryOpen(const std::string& address);
  void Close(const std::string& address);

  // The key an address is counted under ("2001:db8:1:2::/64" for IPv6).
  static std::string KeyOf(const std::string& address);

 private:
  const std::size_t limit_;
  const std::string unlimited_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::size_t> open_;
};

}  // namespace optagelse::http
