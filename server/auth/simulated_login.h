// The login simulator, for demos and tests only (--demo-login yes): a person logs in by naming a
// CPR number that is in the register, {"role": "citizen", "cpr": "..."}; a staff member by naming a
// role and an organisation that exists, {"role": "school", "organisation": "101002"}: an
// institution for school and institution staff, a region code (1081-1085) for region staff, a
// municipality with institutions for counsellors (KUI). It vouches for nothing more than that.
#pragma once

#include "auth/identity_provider.h"
#include "store/database.h"

namespace optagelse::auth {

class SimulatedLogin final : public IdentityProvider {
 public:
  explicit SimulatedLogin(store::Database& db) : db_(db) {}
  std::string_view Name() const override { return "simulator"; }
  Result<VerifiedIdentity> Verify(const wire::Json& evidence) override;

 private:
  store::Database& db_;
};

}  // namespace optagelse::auth
