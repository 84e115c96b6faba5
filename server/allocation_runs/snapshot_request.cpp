// Reading a region's snapshot request: see snapshot_request.h.
#include "allocation_runs/snapshot_request.h"

namespace optagelse::allocation_runs {
namespace {

constexpr std::int64_t kMostSeats = 100000;

bool IsHandMadeInput(const std::string& name) { return name == "applicants" || name == "programmes" || name == "rule_set"; }

Result<int> WholeNumber(const std::string& field, const wire::Json& value) {
  if (!value.is_number_integer() || value.get<std::int64_t>() < 0 || value.get<std::int64_t>() > kMostSeats) {
    return Fail(MakeError(ErrorCode::kWrongFieldType, field, "a whole number 0-100000"));
  }
  return static_cast<int>(value.get<std::int64_t>());
}

}  // namespace

Result<SnapshotRequest> ReadSnapshotRequest(const wire::Json& body, int default_year) {
  SnapshotRequest request;
  request.admission_year = default_year;
  if (!body.is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, "", "object"));
  for (const auto& [name, value] : body.items()) {
    if (IsHandMadeInput(name)) return Fail(MakeError(ErrorCode::kAllocationInputNotSnapshot, name));
    if (name == "capacities") {
      if (!value.is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, name, "object"));
      for (const auto& [offer, seats] : value.items()) {
        auto count = WholeNumber("capacities." + offer, seats);
        if (!count) return Fail(count.error());
        request.capacities[offer] = *count;
      }
    } else if (name == "seed") {
      if (!value.is_number_unsigned()) return Fail(MakeError(ErrorCode::kWrongFieldType, name, "a whole number"));
      request.seed = value.get<std::uint64_t>();
    } else if (name == "admission_year" || name == "default_capacity") {
      auto number = WholeNumber(name, value);
      if (!number) return Fail(number.error());
      (name == "admission_year" ? request.admission_year : request.default_capacity) = *number;
    } else {
      return Fail(MakeError(ErrorCode::kBadRequest, name, "unknown field"));
    }
  }
  return request;
}

}  // namespace optagelse::allocation_runs
