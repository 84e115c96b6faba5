// Dates as people read them: "1. marts 2027" in Danish, "1 March 2027" in English (the screens;
// ISO 8601 stays the format of files and the API).
#pragma once

#include <string>

#include "calendar/date.h"
#include "core/language.h"

namespace optagelse {

std::string FormatLongDate(const Date& date, Language language);

}  // namespace optagelse
