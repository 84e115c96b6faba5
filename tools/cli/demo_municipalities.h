// Denmark's 98 municipalities as the demo data needs them: code, the main town's postcode, a rough
// centre (the main town, ETRS89 / UTM 32N metres), the region and a rough population. Facts are
// approximate (populations in thousands, around 2024) and only good for synthetic data.
#pragma once

#include <span>

#include "transport/map_point.h"

namespace optagelse::tools {

struct DemoMunicipality {
  int code;
  const char* name;
  const char* postcode;           // "2200 København N": the main town's
  transport::MapPoint centre;     // the main town, to within a kilometre or so
  int region;                     // 1081 Nordjylland, 1082 Midtjylland, 1083 Syddanmark, 1084 Hovedstaden, 1085 Sjælland
  int population_thousands;
};

// All 98, the five largest cities first (their institutions keep the numbers they always had).
std::span<const DemoMunicipality> DemoMunicipalities();

}  // namespace optagelse::tools
