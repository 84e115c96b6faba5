// How a wish reads on the staff and guardian screens: "1. Gammel Hellerup Gymnasium - stx". The
// institution's name comes from the application's "institution_names" (its number when the
// server does not know the institution).
#pragma once

#include <string>

#include "wire/application_answers.h"

namespace optagelse::web {

// The wish with rank `rank` (1-based) of an application as the server sends it; "" if there is none.
std::string WishLine(const wire::ApplicationView& application, int rank);

}  // namespace optagelse::web
