// The seam between logging in and having a session. An identity provider checks the evidence of a
// login and says who it is; the session route then opens a session for exactly that and decides
// nothing itself. Here the login simulator (simulated_login.h) is the provider, because real MitID
// cannot be reached; a real OpenID Connect provider (MitID through a broker, or the state's staff
// login) would implement the same interface by exchanging the authorization code in the evidence
// for an ID token, checking its signature, issuer, audience and nonce, and reading the CPR number
// or the staff member's role and organisation from its claims.
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
