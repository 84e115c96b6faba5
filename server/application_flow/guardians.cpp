// Guardianships from the register and notices to guardians: see guardians.h.
#include "application_flow/guardians.h"

#include "calendar/age.h"
#include "clock.h"
#include "cpr/cpr_number.h"
#include "store/application_store.h"
#include "store/register_lookup.h"

namespace optagelse::applications_service {

bool IsMinor(std::string_view cpr, const Date& today) {
  const cpr::CprCheck check = cpr::CheckCpr(cpr);
  return check.birth_date && IsMinorOn(*check.birth_date, today);
}

Result<void> NotifyGuardians(store::Database& db, std::string_view child_cpr, std::int64_t application_id, std::string_view kind) {
  auto guardians = store::GuardiansWithCustody(db, child_cpr);
  if (!guardians) return Fail(guardians.error());
  const std::string now = clock::NowIso();
  for (const std::string& guardian : *guardians) {
    if (auto done = store::AddGuardianNotice(db, guardian, application_id, kind, now); !done) return Fail(done.error());
  }
  return {};
}

}  // namespace optagelse::applications_service
