// The insight document as a page a person can read (GET /me/export.html): the same content as
// the JSON export, every field of it, in sections with Danish labels (English in brackets) and
// no scripts, styles only inline - it is a file the person keeps and opens offline. Every value
// is HTML-escaped.
#pragma once

#include <string>

#include "wire/json.h"

namespace optagelse::insight {

std::string InsightPage(const wire::Json& insight);

}  // namespace optagelse::insight
