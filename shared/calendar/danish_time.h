// Danish local time of an instant, as people read it: CET (UTC+1), and CEST (UTC+2) from the last
// Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC (the EU's summer-time rule,
// Directive 2000/84/EC). "1. marts 2027 kl. 23.59" in Danish, "1 March 2027 at 23:59" in English.
#pragma once

#include <string>

#include "calendar/instant.h"
#include "core/language.h"

namespace optagelse {

int DanishUtcOffsetMinutes(UnixSeconds instant);
std::string FormatDanishDateTime(UnixSeconds instant, Language language);

}  // namespace optagelse
