// The retention job's report as JSON (`optagelse retention` prints it; the server's daily run logs
// it): per kind and year, how many are due and kept and from which day; never a CPR number.
#pragma once

#include "retention/retention_job.h"
#include "wire/json.h"

namespace optagelse::retention_job {

wire::Json ReportJson(const Report& report);

}  // namespace optagelse::retention_job
