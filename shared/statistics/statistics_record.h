// One applicant as the statistics users (the ministry, Statistics Denmark) receive them (privacy
// notice: "i pseudonymiseret form"; docs/domain.md "Privacy rules"): a keyed pseudonym instead of the
// CPR number, and no name, address or free text. Birth year, sex, municipality and the 1st wish's
// institution are quasi-identifiers; the forrang ground is sensitive. Both are blanked where a
// group is small (small_groups.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace optagelse::statistics {

struct StatisticsRecord {
  std::string pseudonym;              // HMAC of the CPR number with the server's secret: stable, not reversible
  int admission_year = 0;
  std::optional<int> birth_year;
  std::optional<std::string> sex;     // "female" / "male" (from the CPR number)
  std::optional<int> municipality_code;
  std::string status;                 // the application's status ("submitted", "withdrawn", "allocated", ...)
  int wishes = 0;
  std::optional<std::string> first_institution;
  std::string first_programme;        // empty: another activity instead of wishes
  std::optional<std::string> forrang_ground;  // the claim on the 1st wish; nullopt: none
  bool forrang_suppressed = false;    // there was information here, blanked because its group is small
  bool allocated = false;             // a published allocation decided the application
};

// The columns in order (CSV header and JSON member names).
const std::vector<std::string>& StatisticsColumns();

}  // namespace optagelse::statistics
