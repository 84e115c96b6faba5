// Pupil report validation: see pupil_report.h. Each check adds its problems; the outcome follows
// from them: any error in the data rejects the row; otherwise a CPR number the register does not
// know (or a fictitious one) filters it; otherwise it is accepted.
#include "pupils/pupil_report.h"

#include <unordered_set>

#include "cpr/cpr_number.h"
#include "pupils/education_catalog.h"

namespace optagelse::pupils {
namespace {

constexpr std::size_t kMaxClassLength = 12;

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Fills the CPR part of the result from the number's check; sets `filtered` when the number is a
// filter reason, not an error.
void CheckCprField(const PupilRow& row, const cpr::CprCheck& check, const registry::CprRegister& cpr_register,
                   RowResult& result, bool& filtered) {
  result.pupil.cpr = check.normalized.empty() ? row.cpr : check.normalized;
  result.pupil.birth_date = check.birth_date;
  if (check.warning) result.problems.push_back(*check.warning);
  switch (check.status) {
    case cpr::CprStatus::kMalformed:
      result.problems.push_back(*check.reason);
      return;
    case cpr::CprStatus::kFictitious:
      filtered = true;
      result.problems.push_back(*check.reason);
      return;
    case cpr::CprStatus::kValidFormat:
      if (registry::ClassifyInRegister(cpr_register, check.normalized) == registry::RegisterStatus::kNotInRegister) {
        filtered = true;
        result.problems.push_back(MakeError(ErrorCode::kCprNotInRegister, "cpr", check.normalized));
      }
      return;
  }
}

void CheckSchoolAndEducation(const PupilRow& row, std::string_view uploading_school, const InstitutionCatalog& catalog,
                             RowResult& result) {
  std::vector<Problem>& problems = result.problems;
  result.pupil.institution = row.institution;
  result.pupil.education_code = row.education_code;
  const registry::Institution* institution = nullptr;
  if (row.institution.size() != 6 || !AllDigits(row.institution)) {
    problems.push_back(MakeError(ErrorCode::kInvalidInstitutionNumber, "institution", row.institution));
  } else if (row.institution != uploading_school) {
    problems.push_back(MakeError(ErrorCode::kWrongInstitution, "institution", row.institution));
  } else if (institution = catalog.FindInstitution(row.institution); !institution) {
    problems.push_back(MakeError(ErrorCode::kUnknownInstitution, "institution", row.institution));
  }
  const EducationKind* education = FindEducation(row.education_code);
  if (!education) {
    problems.push_back(MakeError(ErrorCode::kUnknownEducationCode, "education_code", row.education_code));
  } else if (institution) {
    bool offered = false;
    for (const std::string& programme : institution->programmes) offered |= programme == row.education_code;
    if (!offered) problems.push_back(MakeError(ErrorCode::kEducationNotOffered, "education_code", row.education_code));
  }
  if (!AllDigits(row.grade) || row.grade.size() > 2 || (row.grade != "8" && row.grade != "9" && row.grade != "10")) {
    problems.push_back(MakeError(ErrorCode::kInvalidGrade, "grade", row.grade));
    return;
  }
  result.pupil.grade = std::stoi(row.grade);
  if (education && (result.pupil.grade < education->lowest_grade || result.pupil.grade > education->highest_grade)) {
    problems.push_back(MakeError(ErrorCode::kGradeNotForEducation, "grade", row.grade));
  }
}

void CheckNameClassAndDates(const PupilRow& row, RowResult& result) {
  std::vector<Problem>& problems = result.problems;
  result.pupil.name = row.name;
  result.pupil.class_name = row.class_name;
  if (row.name.empty()) problems.push_back(MakeError(ErrorCode::kMissingField, "name"));
  if (row.class_name.empty() || row.class_name.size() > kMaxClassLength) {
    problems.push_back(MakeError(ErrorCode::kInvalidClass, "class", row.class_name));
  }
  result.pupil.start_date = ParseReportDate(row.start_date);
  if (!result.pupil.start_date) problems.push_back(MakeError(ErrorCode::kInvalidDate, "start_date", row.start_date));
  if (!row.end_date.empty()) {
    result.pupil.end_date = ParseReportDate(row.end_date);
    if (!result.pupil.end_date) {
      problems.push_back(MakeError(ErrorCode::kInvalidDate, "end_date", row.end_date));
    } else if (result.pupil.start_date && *result.pupil.end_date < *result.pupil.start_date) {
      problems.push_back(MakeError(ErrorCode::kEndBeforeStart, "end_date", row.end_date));
    }
  }
}

bool HasError(const std::vector<Problem>& problems, bool ignoring_filter_reasons) {
  for (const Problem& problem : problems) {
    if (problem.severity != Severity::kError) continue;
    const bool filter_reason = problem.code == ErrorCode::kCprNotInRegister ||
                               problem.code == ErrorCode::kCprFictitiousDayPlus60 ||
                               problem.code == ErrorCode::kCprFictitiousLetters;
    if (!(ignoring_filter_reasons && filter_reason)) return true;
  }
  return false;
}

}  // namespace

std::optional<Date> ParseReportDate(std::string_view text) {
  if (auto iso = ParseIsoDate(text)) return iso;
  if (text.size() != 10 || (text[2] != '-' && text[2] != '.') || text[5] != text[2]) return std::nullopt;
  const std::string iso = std::string(text.substr(6, 4)) + "-" + std::string(text.substr(3, 2)) + "-" +
                          std::string(text.substr(0, 2));
  return ParseIsoDate(iso);
}

std::vector<RowResult> ValidatePupilReport(const std::vector<PupilRow>& rows, std::string_view uploading_school,
                                           const InstitutionCatalog& catalog, const registry::CprRegister& cpr_register) {
  std::vector<RowResult> results;
  results.reserve(rows.size());
  std::unordered_set<std::string> seen_cprs;
  seen_cprs.reserve(rows.size());
  // Each number checked once; the well-formed ones given to the register together first.
  std::vector<cpr::CprCheck> checks;
  checks.reserve(rows.size());
  std::vector<std::string> well_formed;
  well_formed.reserve(rows.size());
  for (const PupilRow& row : rows) {
    checks.push_back(cpr::CheckCpr(row.cpr));
    if (checks.back().status == cpr::CprStatus::kValidFormat) well_formed.push_back(checks.back().normalized);
  }
  cpr_register.Prefetch(well_formed);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const PupilRow& row = rows[i];
    RowResult result;
    result.index = static_cast<int>(i);
    result.line = row.line;
    bool filtered = false;
    CheckCprField(row, checks[i], cpr_register, result, filtered);
    CheckSchoolAndEducation(row, uploading_school, catalog, result);
    CheckNameClassAndDates(row, result);
    if (!result.pupil.cpr.empty() && !seen_cprs.insert(result.pupil.cpr).second) {
      result.problems.push_back(MakeError(ErrorCode::kDuplicateValue, "cpr", result.pupil.cpr));
    }
    if (HasError(result.problems, /*ignoring_filter_reasons=*/true)) {
      result.outcome = RowOutcome::kRejected;
    } else {
      result.outcome = filtered ? RowOutcome::kFiltered : RowOutcome::kAccepted;
    }
    results.push_back(std::move(result));
  }
  return results;
}

std::string_view OutcomeName(RowOutcome outcome) {
  switch (outcome) {
    case RowOutcome::kAccepted: return "accepted";
    case RowOutcome::kFiltered: return "filtered";
    case RowOutcome::kRejected: return "rejected";
  }
  return "rejected";
}

std::string_view OutcomeText(RowOutcome outcome, Language language) {
  const bool danish = language == Language::kDanish;
  switch (outcome) {
    case RowOutcome::kAccepted: return danish ? "godkendt" : "accepted";
    case RowOutcome::kFiltered: return danish ? "frasorteret" : "filtered out";
    case RowOutcome::kRejected: return danish ? "afvist" : "rejected";
  }
  return danish ? "afvist" : "rejected";
}

std::optional<RowOutcome> OutcomeFromName(std::string_view name) {
  for (const RowOutcome outcome : {RowOutcome::kAccepted, RowOutcome::kFiltered, RowOutcome::kRejected}) {
    if (OutcomeName(outcome) == name) return outcome;
  }
  return std::nullopt;
}

}  // namespace optagelse::pupils
