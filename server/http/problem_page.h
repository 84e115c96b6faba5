// Problems for routes a browser navigates to (the login's redirects): a small page in Danish and
// English with the code and a way back, or the usual JSON problem for a client that asks for JSON.
#pragma once

#include <httplib.h>

#include "core/problem.h"

namespace optagelse::http {

void WriteProblemPage(const httplib::Request& request, httplib::Response& response, int status, const Problem& problem);

}  // namespace optagelse::http
