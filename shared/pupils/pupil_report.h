// A school's pupil report (Elevdatabasen): rows as the admin system sent them, and the verdict on
// each - accepted, rejected (the data is wrong: the school must correct it) or filtered (the CPR
// number is fictitious or not in the CPR register: the real system drops such pupils silently;
// we report every one with the reason and how to fix it). Rules: docs/domain.md "Elevdatabasen" and
// "CPR numbers".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar/date.h"
#include "core/language.h"
#include "core/problem.h"
#include "registry/cpr_register.h"

namespace optagelse::pupils {

// One row exactly as reported (trimmed text); line is where it stood in the file (0 for JSON).
struct PupilRow {
  int line = 0;
  std::string cpr, name, institution, education_code, grade, class_name, start_date, end_date;
};

enum class RowOutcome { kAccepted, kFiltered, kRejected };

struct Pupil {
  std::string cpr;  // normalized as reported (may be fictitious for filtered rows)
  std::string name;
  std::string institution;
  std::string education_code;
  int grade = 0;
  std::string class_name;
  std::optional<Date> birth_date;
  std::optional<Date> start_date;
  std::optional<Date> end_date;
};

struct RowResult {
  std::int64_t id = 0;  // the stored pupil record's id once saved (0 before)
  int index = 0;  // position in the report, from 0
  int line = 0;
  RowOutcome outcome = RowOutcome::kRejected;
  std::vector<Problem> problems;  // errors, and warnings such as a failed modulus 11 check
  Pupil pupil;                    // as far as it could be read
};

// A pupil as stored for a school: the latest verdict on them and why.
struct PupilRecord {
  std::int64_t id = 0;
  RowOutcome status = RowOutcome::kRejected;
  int line = 0;
  std::vector<Problem> problems;
  Pupil pupil;
};

class InstitutionCatalog {
 public:
  virtual ~InstitutionCatalog() = default;
  // The institution, or null; the pointer stays valid as long as the catalogue.
  virtual const registry::Institution* FindInstitution(std::string_view number) const = 0;
};

// Judges every row of one school's report. Duplicated CPR numbers within the report reject the
// later rows. The register decides whether a valid-format number belongs to a real person.
std::vector<RowResult> ValidatePupilReport(const std::vector<PupilRow>& rows, std::string_view uploading_school,
                                           const InstitutionCatalog& catalog, const registry::CprRegister& cpr_register);

std::string_view OutcomeName(RowOutcome outcome);  // "accepted", "filtered", "rejected"
// The outcome in words for people (the school's CSV export): "godkendt", "frasorteret", "afvist".
std::string_view OutcomeText(RowOutcome outcome, Language language);
std::optional<RowOutcome> OutcomeFromName(std::string_view name);

// Dates as admin systems write them: YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY.
std::optional<Date> ParseReportDate(std::string_view text);

}  // namespace optagelse::pupils
