// Small-group suppression for the pseudonymised statistics (privacy: a statistics user must not
// single anyone out): every combination of the quasi-identifiers (birth year, sex, municipality,
// 1st wish's institution) must be shared by at least k records. Where a group is smaller, its
// records lose the most identifying field first - municipality, then institution, then birth
// year, then sex - and groups are counted again (a blank is a value of its own, so blanked records
// pool together); records still alone when nothing is left to blank are dropped. Then the forrang
// ground (sensitive) is blanked wherever ground and the visible quasi-identifiers together are
// shared by fewer than k records.
#pragma once

#include <vector>

#include "statistics/statistics_record.h"

namespace optagelse::statistics {

struct Suppression {
  int k = 5;
  int fields_blanked = 0;
  int grounds_blanked = 0;
  int records_dropped = 0;
};

Suppression SuppressSmallGroups(std::vector<StatisticsRecord>& records, int k);

}  // namespace optagelse::statistics
