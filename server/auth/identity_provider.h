// The seam between a login that names who it is and a session: an identity provider checks the
// evidence POSTed to /api/v1/session and says who it is; the session route then opens a session for
// exactly that and decides nothing itself. Only the demo's login simulator (simulated_login.h) logs
// in this way, and only with --demo-login yes. Real logins go through the OpenID provider instead
// (oidc/oidc_client.h, routes/oidc_routes.cpp): a redirect flow, not evidence in one request.
#pragma once

#include <string>
#include <string_view>

#include "auth/session.h"
#include "core/problem.h"
#include "wire/json.h"

namespace optagelse::auth {

// Who logged in: the role and the organisation the session acts for (a citizen's is their CPR number).
struct VerifiedIdentity {
  Role role = Role::kCitizen;
  std::string organisation;
};

class IdentityProvider {
 public:
  virtual ~IdentityProvider() = default;
  // A short name the session shows ("simulator"), so a client can tell a demo login from a real one.
  virtual std::string_view Name() const = 0;
  // Checks the evidence of one login (the body POSTed to /api/v1/session) and says who it is, or
  // why not, with the field concerned. Called with the database lock held.
  virtual Result<VerifiedIdentity> Verify(const wire::Json& evidence) = 0;
};

}  // namespace optagelse::auth
