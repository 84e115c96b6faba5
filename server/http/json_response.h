// How every API answer is written: JSON bodies, never cached, and errors always in the one
// shape of wire/problem_wire.h (code, field, Danish and English text).
#pragma once

#include <vector>

#include <httplib.h>

#include "core/problem.h"
#include "wire/json.h"

namespace optagelse::http {

void WriteJson(httplib::Response& response, int status, const wire::Json& body);
void WriteProblems(httplib::Response& response, int status, const std::vector<Problem>& problems);
void WriteProblem(httplib::Response& response, int status, const Problem& problem);

// The HTTP status that fits a problem's code (400 by default).
int StatusFor(ErrorCode code);

}  // namespace optagelse::http
