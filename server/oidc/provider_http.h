// The server's own requests to the OpenID provider (discovery, keys, token endpoint): HTTPS with
// the system's trusted certificates, or plain HTTP only to a loopback address (tests, a broker on
// the same host). Short time-outs, no redirects followed, answers capped in size; any failure to
// get an answer is kLoginProviderUnavailable.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/problem.h"

namespace optagelse::oidc {

struct ProviderUrl {
  std::string scheme;  // "https" or "http"
  std::string host;
  int port = 0;
  std::string path_and_query;  // starts with '/'
  std::string Origin() const;
};

// kBadRequest naming `field` unless https://, or http:// to 127.0.0.0/8, localhost or [::1].
Result<ProviderUrl> ParseProviderUrl(std::string_view url, const std::string& field);

struct ProviderAnswer {
  int status = 0;
  std::string body;
};

using FormFields = std::vector<std::pair<std::string, std::string>>;

Result<ProviderAnswer> ProviderGet(const ProviderUrl& url);
// A form POST authenticated as the client with HTTP Basic (client_secret_basic, RFC 6749 § 2.3.1).
Result<ProviderAnswer> ProviderPostForm(const ProviderUrl& url, const FormFields& form, const std::string& client_id,
                                        const std::string& client_secret);

// application/x-www-form-urlencoded, also for the query of the authorization request.
std::string FormEncode(const FormFields& fields);

}  // namespace optagelse::oidc
