// Turns an API answer's {"errors": [...]} into text for the user, in their language, from the
// core's message table (the server's own texts are not needed: both sides share the codes).
#pragma once

#include <string>

#include "api_client.h"
#include "core/language.h"

namespace optagelse::web {

// "The request failed: <message>; <message>" or, without errors in the body, the HTTP status.
std::string DescribeApiErrors(const ApiResponse& response, Language language);

}  // namespace optagelse::web
