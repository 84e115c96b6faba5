// Travel-time table import: see travel_table_reader.h.
#include "transport/travel_table_reader.h"

#include <map>
#include <tuple>

#include "cpr/cpr_number.h"
#include "text/csv_columns.h"

namespace optagelse::transport {
namespace {

enum Column { kAddressId, kCpr, kInstitution, kPublicMinutes, kBicycleMinutes, kReferenceDate };

const std::vector<text::ColumnSpec>& Specs() {
  static const std::vector<text::ColumnSpec> specs = {
      {{"adresse_id", "address_id", "adresseid", ""}, false},
      {{"cpr", "cpr", "cprnr", "personnummer"}, false},
      {{"institution", "institution", "instnr", "institutionsnummer"}, true},
      {{"offentlig_minutter", "public_minutes", "offentlig_transport_minutter", ""}, true},
      {{"cykel_minutter", "bicycle_minutes", "cykel", ""}, true},
      {{"referencedato", "reference_date", "dato", ""}, true},
  };
  return specs;
}

constexpr int kMaxMinutes = 24 * 60;

std::string Field(int line, Column column) {
  return "lines[" + std::to_string(line) + "]." + std::string(Specs()[column].names[1]);
}

// Empty: nullopt. Otherwise whole minutes 0..1440 or a problem.
std::optional<int> ReadMinutes(const std::string& text, int line, Column column, std::vector<Problem>& problems) {
  if (text.empty()) return std::nullopt;
  int value = text.size() <= 4 ? 0 : -1;
  for (const char c : text) value = value >= 0 && c >= '0' && c <= '9' ? value * 10 + (c - '0') : -1;
  if (value < 0 || value > kMaxMinutes) {
    problems.push_back(MakeError(ErrorCode::kTravelMinutesInvalid, Field(line, column), text));
    return std::nullopt;
  }
  return value;
}

}  // namespace

tl::expected<std::vector<ImportedTravelTime>, std::vector<Problem>> ReadTravelTable(
    const text::CsvTable& table, const std::unordered_set<std::string>& institutions) {
  auto index = text::FindColumns(table.header, Specs());
  if (!index) return tl::unexpected(std::move(index.error()));
  const std::vector<int>& at = *index;
  if (at[kAddressId] < 0 && at[kCpr] < 0) {
    return tl::unexpected(std::vector<Problem>{MakeError(ErrorCode::kMissingColumn, "address_id", "adresse_id / cpr")});
  }
  auto cell = [&at](const text::CsvRow& row, Column column) {
    return at[column] < 0 ? std::string() : text::TrimBlanks(row.fields[static_cast<std::size_t>(at[column])]);
  };

  std::vector<Problem> problems;
  std::vector<ImportedTravelTime> out;
  std::map<std::tuple<TravelKeyKind, std::string, std::string>, int> first_line;
  for (const text::CsvRow& row : table.rows) {
    const int line = row.line;
    if (row.fields.size() != table.header.size()) {
      problems.push_back(MakeError(ErrorCode::kCsvFieldCount, "lines[" + std::to_string(line) + "]",
                                   std::to_string(row.fields.size())));
      continue;
    }
    const std::size_t before = problems.size();
    ImportedTravelTime time;
    time.line = line;
    const std::string address = cell(row, kAddressId);
    const std::string cpr_text = cell(row, kCpr);
    if (address.empty() && cpr_text.empty()) {
      problems.push_back(MakeError(ErrorCode::kTravelKeyMissing, Field(line, kAddressId)));
    } else if (!address.empty() && !cpr_text.empty()) {
      problems.push_back(MakeError(ErrorCode::kTravelKeyBoth, Field(line, kCpr)));
    } else if (!address.empty()) {
      time.key_kind = TravelKeyKind::kAddressId;
      time.key = address;
    } else {
      const cpr::CprCheck check = cpr::CheckCpr(cpr_text);
      if (check.status == cpr::CprStatus::kMalformed) {
        Problem problem = check.reason.value_or(MakeError(ErrorCode::kBadRequest, ""));
        problem.field = Field(line, kCpr);
        problems.push_back(std::move(problem));
      }
      time.key_kind = TravelKeyKind::kCpr;
      time.key = check.normalized;
    }
    time.institution = cell(row, kInstitution);
    if (!institutions.contains(time.institution)) {
      problems.push_back(MakeError(ErrorCode::kUnknownReference, Field(line, kInstitution), time.institution));
    }
    time.public_minutes = ReadMinutes(cell(row, kPublicMinutes), line, kPublicMinutes, problems);
    time.bicycle_minutes = ReadMinutes(cell(row, kBicycleMinutes), line, kBicycleMinutes, problems);
    if (cell(row, kPublicMinutes).empty() && cell(row, kBicycleMinutes).empty()) {
      problems.push_back(MakeError(ErrorCode::kTravelMinutesMissing, Field(line, kPublicMinutes)));
    }
    const auto date = ParseIsoDate(cell(row, kReferenceDate));
    if (!date) problems.push_back(MakeError(ErrorCode::kInvalidDate, Field(line, kReferenceDate), cell(row, kReferenceDate)));
    if (problems.size() != before) continue;
    time.reference_date = *date;
    time.minutes = std::min(time.public_minutes.value_or(kMaxMinutes), time.bicycle_minutes.value_or(kMaxMinutes));
    const auto [seen, fresh] = first_line.emplace(std::tuple{time.key_kind, time.key, time.institution}, line);
    if (!fresh) {
      problems.push_back(MakeError(ErrorCode::kDuplicateValue, Field(line, kInstitution),
                                   time.institution + " (line " + std::to_string(seen->second) + ")"));
      continue;
    }
    out.push_back(std::move(time));
  }
  if (table.rows.empty()) problems.push_back(MakeError(ErrorCode::kEmptyFile, "file"));
  if (!problems.empty()) return tl::unexpected(std::move(problems));
  return out;
}

}  // namespace optagelse::transport
