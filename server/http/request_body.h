// Reading a JSON request body safely: the content type must be JSON, the body must parse, and
// the answer to anything else is a Problem the route writes back as 4xx.
#pragma once

#include <httplib.h>

#include "wire/json.h"

namespace optagelse::http {

Result<wire::Json> ReadJsonBody(const httplib::Request& request);

}  // namespace optagelse::http
