// The pseudonymised statistics export: see statistics_export.h.
#include "statistics/statistics_export.h"

#include "cpr/cpr_number.h"
#include "statistics/pseudonym_key.h"
#include "store/application_store.h"
#include "text/csv.h"

namespace optagelse::statistics {
namespace {

std::string Cell(const std::optional<std::string>& value) { return value.value_or(""); }
std::string Cell(const std::optional<int>& value) { return value ? std::to_string(*value) : ""; }

wire::Json JsonOf(const std::optional<std::string>& value) { return value ? wire::Json(*value) : wire::Json(nullptr); }
wire::Json JsonOf(const std::optional<int>& value) { return value ? wire::Json(*value) : wire::Json(nullptr); }

std::vector<std::string> Cells(const StatisticsRecord& r) {
  return {r.pseudonym, std::to_string(r.admission_year), Cell(r.birth_year), Cell(r.sex), Cell(r.municipality_code), r.status,
          std::to_string(r.wishes), Cell(r.first_institution), r.first_programme,
          r.forrang_suppressed ? "suppressed" : Cell(r.forrang_ground), r.allocated ? "true" : "false"};
}

}  // namespace

Result<StatisticsExport> BuildStatistics(store::Database& db, std::string_view key, int admission_year, std::optional<int> region,
                                         int min_group) {
  StatisticsExport data;
  data.admission_year = admission_year;
  data.region = region;
  auto rows = db.Prepare(
      "SELECT a.id, a.applicant_cpr, a.withdrawn, p.municipality_code,"
      " (SELECT count(*) FROM allocation_outcomes o WHERE o.application_id = a.id)"
      " FROM applications a LEFT JOIN persons p ON p.cpr = a.applicant_cpr"
      " WHERE a.admission_year = ? AND (a.submitted = 1 OR a.withdrawn = 1) ORDER BY a.id");
  if (!rows) return Fail(rows.error());
  rows->Bind(1, static_cast<std::int64_t>(admission_year));
  auto region_of = db.Prepare("SELECT region_code FROM institutions WHERE number = ?");
  if (!region_of) return Fail(region_of.error());
  while (true) {
    auto step = rows->Step();
    if (!step) return Fail(step.error());
    if (!*step) break;
    auto application = store::FindApplicationById(db, rows->ColumnInt(0));
    if (!application) return Fail(application.error());
    if (!*application) continue;
    const applications::Application& content = (*application)->content;
    StatisticsRecord record;
    if (!content.wishes.empty()) {
      record.first_institution = content.wishes.front().institution;
      record.first_programme = content.wishes.front().programme;
    }
    if (region) {
      if (!record.first_institution) continue;
      region_of->Reset();
      region_of->Bind(1, *record.first_institution);
      auto found = region_of->Step();
      if (!found) return Fail(found.error());
      if (!*found || region_of->ColumnInt(0) != *region) continue;
    }
    const std::string cpr = rows->ColumnText(1);
    const cpr::CprCheck check = cpr::CheckCpr(cpr);
    record.pseudonym = Pseudonym(key, cpr);
    record.admission_year = admission_year;
    if (check.birth_date) record.birth_year = check.birth_date->year;
    if (check.sex) record.sex = std::string(cpr::SexName(*check.sex));
    if (!rows->ColumnIsNull(3)) record.municipality_code = static_cast<int>(rows->ColumnInt(3));
    record.allocated = rows->ColumnInt(4) > 0;
    record.status = record.allocated ? "allocated" : rows->ColumnInt(2) != 0 ? "withdrawn" : "submitted";
    record.wishes = static_cast<int>(content.wishes.size());
    for (const auto& claim : content.forrang) {
      if (claim.wish == 1) record.forrang_ground = claim.ground;
    }
    data.records.push_back(std::move(record));
    data.subjects.push_back(cpr);
  }
  data.suppression = SuppressSmallGroups(data.records, min_group);
  return data;
}

std::string StatisticsCsv(const StatisticsExport& data) {
  std::string out = text::CsvLine(StatisticsColumns(), ',');
  for (const StatisticsRecord& record : data.records) out += text::CsvLine(Cells(record), ',');
  return out;
}

wire::Json StatisticsJson(const StatisticsExport& data) {
  wire::Json records = wire::Json::array();
  for (const StatisticsRecord& r : data.records) {
    records.push_back({{"pseudonym", r.pseudonym}, {"admission_year", r.admission_year}, {"birth_year", JsonOf(r.birth_year)},
                       {"sex", JsonOf(r.sex)}, {"municipality_code", JsonOf(r.municipality_code)}, {"status", r.status},
                       {"wishes", r.wishes}, {"first_institution", JsonOf(r.first_institution)},
                       {"first_programme", r.first_programme},
                       {"forrang_ground", r.forrang_suppressed ? wire::Json("suppressed") : JsonOf(r.forrang_ground)},
                       {"allocated", r.allocated}});
  }
  return wire::Json{{"format", "optagelse-statistics-1"},
                    {"admission_year", data.admission_year},
                    {"region", data.region ? wire::Json(*data.region) : wire::Json(nullptr)},
                    {"min_group", data.suppression.k},
                    {"suppression", {{"fields_blanked", data.suppression.fields_blanked},
                                     {"grounds_blanked", data.suppression.grounds_blanked},
                                     {"records_dropped", data.suppression.records_dropped}}},
                    {"records", std::move(records)}};
}

}  // namespace optagelse::statistics
