// How this server is registered with its OpenID provider (the --oidc-* and --public-url flags):
// the issuer, the client's id and secret, where the provider sends the browser back, and which
// claims carry the CPR number (MitID brokers name it differently) or a staff member's role and
// organisation.
#pragma once

#include <string>

#include "core/problem.h"

namespace optagelse::oidc {

struct OidcSettings {
  std::string issuer;
  std::string client_id;
  std::string client_secret;
  std::string public_url;  // the server's external base, without a trailing '/'
  std::string cpr_claim = "cpr";
  std::string role_claim = "role";
  std::string organisation_claim = "organisation";
  std::string scope = "openid";

  std::string RedirectUri() const { return public_url + "/api/v1/session/oidc/callback"; }
};

// The client secret from its file: refused when the file is readable by its group or by others
// (a secret belongs to the server's user alone), missing, or empty. Trailing white space is dropped.
Result<std::string> ReadClientSecret(const std::string& path, const char* flag = "--oidc-client-secret-file");

}  // namespace optagelse::oidc
