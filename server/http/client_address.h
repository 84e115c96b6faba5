// Who sent a request, as the login limits and the audit trail record it: the connection's own
// address, unless the connection comes from the one reverse proxy the operator trusts
// (--trusted-proxy), which alone may name the client - in the last entry of X-Forwarded-For, the
// one it added itself (anything before it came from the client and proves nothing).
#pragma once

#include <string>

#include <httplib.h>

namespace optagelse::http {

std::string ClientAddress(const httplib::Request& request, const std::string& trusted_proxy);

}  // namespace optagelse::http
