// Small-group suppression: see small_groups.h.
#include "statistics/small_groups.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <utility>

namespace optagelse::statistics {
namespace {

using Key = std::tuple<std::optional<int>, std::optional<std::string>, std::optional<int>, std::optional<std::string>>;

Key QuasiIdentifiers(const StatisticsRecord& r) { return {r.birth_year, r.sex, r.municipality_code, r.first_institution}; }

std::map<Key, int> CountGroups(const std::vector<StatisticsRecord>& records) {
  std::map<Key, int> sizes;
  for (const StatisticsRecord& record : records) ++sizes[QuasiIdentifiers(record)];
  return sizes;
}

// Blanks the field of this level; true when something was there.
bool Blank(StatisticsRecord& record, int level) {
  switch (level) {
    case 0: return std::exchange(record.municipality_code, std::nullopt).has_value();
    case 1: return std::exchange(record.first_institution, std::nullopt).has_value();
    case 2: return std::exchange(record.birth_year, std::nullopt).has_value();
    default: return std::exchange(record.sex, std::nullopt).has_value();
  }
}

constexpr int kLevels = 4;

}  // namespace

const std::vector<std::string>& StatisticsColumns() {
  static const std::vector<std::string> columns = {"pseudonym", "admission_year", "birth_year", "sex", "municipality_code", "status",
                                                   "wishes", "first_institution", "first_programme", "forrang_ground", "allocated"};
  return columns;
}

Suppression SuppressSmallGroups(std::vector<StatisticsRecord>& records, int k) {
  Suppression report;
  report.k = k;
  for (int level = 0; level <= kLevels; ++level) {
    const std::map<Key, int> sizes = CountGroups(records);
    auto small = [&](const StatisticsRecord& r) { return sizes.at(QuasiIdentifiers(r)) < k; };
    if (std::none_of(records.begin(), records.end(), small)) break;
    if (level == kLevels) {
      const auto before = records.size();
      std::erase_if(records, small);
      report.records_dropped = static_cast<int>(before - records.size());
      break;
    }
    for (StatisticsRecord& record : records) {
      if (small(record) && Blank(record, level)) ++report.fields_blanked;
    }
  }
  std::map<std::pair<Key, std::string>, int> with_ground;
  for (const StatisticsRecord& record : records) {
    if (record.forrang_ground) ++with_ground[{QuasiIdentifiers(record), *record.forrang_ground}];
  }
  for (StatisticsRecord& record : records) {
    if (record.forrang_ground && with_ground[{QuasiIdentifiers(record), *record.forrang_ground}] < k) {
      record.forrang_ground.reset();
      record.forrang_suppressed = true;
      ++report.grounds_blanked;
    }
  }
  return report;
}

}  // namespace optagelse::statistics
