// Guardianships from the register and notices to guardians: see guardians.h.
#include "application_flow/guardians.h"

#include "clock.h"
#include "cpr/cpr_number.h"
#include "store/application_store.h"

namespace optagelse::applications_service {
namespace {

Result<std::vector<std::string>> Column(store::Database& db, std::string_view sql, std::string_view key) {
  auto statement = db.Prepare(sql);
  if (!statement) return Fail(statement.error());
  statement->Bind(1, key);
  std::vector<std::string> out;
  for (;;) {
    auto row = statement->Step();
    if (!row) return Fail(row.error());
    if (!*row) return out;
    out.push_back(statement->ColumnText(0));
  }
}

}  // namespace

Result<std::vector<std::string>> GuardiansWithCustody(store::Database& db, std::string_view child_cpr) {
  return Column(db, "SELECT guardian_cpr FROM guardianships WHERE child_cpr = ? AND custody = 1 ORDER BY guardian_cpr", child_cpr);
}

Result<std::vector<std::string>> ChildrenInCustody(store::Database& db, std::string_view guardian_cpr) {
  return Column(db, "SELECT child_cpr FROM guardianships WHERE guardian_cpr = ? AND custody = 1 ORDER BY child_cpr", guardian_cpr);
}

bool UnderEighteen(std::string_view cpr, const Date& today) {
  const cpr::CprCheck check = cpr::CheckCpr(cpr);
  if (!check.birth_date) return false;
  const Date& born = *check.birth_date;
  return today < Date{born.year + 18, born.month, born.day};
}

Result<void> NotifyGuardians(store::Database& db, std::string_view child_cpr, std::int64_t application_id, std::string_view kind) {
  auto guardians = GuardiansWithCustody(db, child_cpr);
  if (!guardians) return Fail(guardians.error());
  const std::string now = clock::NowIso();
  for (const std::string& guardian : *guardians) {
    if (auto done = store::AddGuardianNotice(db, guardian, application_id, kind, now); !done) return Fail(done.error());
  }
  return {};
}

}  // namespace optagelse::applications_service
