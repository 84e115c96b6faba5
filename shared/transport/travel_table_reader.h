// Reading a travel-time table as a journey planner exports it (docs/domain.md "Transport time"): one
// row per (address id or applicant CPR, institution) with minutes by public transport and/or by
// bicycle and the reference date the planner used. The transport time is the smaller of the two,
// in whole minutes. Every problem of every row is reported; a table with any error imports nothing.
// Columns (Danish or English names, docs/transport.md): adresse_id | cpr, institution,
// offentlig_minutter, cykel_minutter, referencedato.
#pragma once

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "calendar/date.h"
#include "core/problem.h"
#include "text/csv.h"

namespace optagelse::transport {

enum class TravelKeyKind { kAddressId, kCpr };

struct ImportedTravelTime {
  int line = 0;
  TravelKeyKind key_kind = TravelKeyKind::kAddressId;
  std::string key;  // the address id, or the CPR number normalized to 10 characters
  std::string institution;
  std::optional<int> public_minutes;
  std::optional<int> bicycle_minutes;
  int minutes = 0;  // the smaller of the two given
  Date reference_date;

  friend bool operator==(const ImportedTravelTime&, const ImportedTravelTime&) = default;
};

// `institutions`: the institution numbers the catalogue knows. Problems name their place as
// "lines[N].column", N the line in the file.
tl::expected<std::vector<ImportedTravelTime>, std::vector<Problem>> ReadTravelTable(
    const text::CsvTable& table, const std::unordered_set<std::string>& institutions);

}  // namespace optagelse::transport
