// What a UPV write request carries, read the same way for one pupil and for an import line: the
// input with the pupil's grade level filled in, the rule set of the admission year (the body's
// "admission_year" or the server's default), and every problem with them. Also the resource a
// school's UPV is (its INSTNR and municipality, for the access policy).
#pragma once

#include <utility>
#include <vector>

#include "auth/access_policy.h"
#include "pupils/pupil_report.h"
#include "service_context.h"
#include "upv/upv_input.h"
#include "wire/json.h"

namespace optagelse::upv_records {

auth::Resource SchoolResource(ServiceContext& context, const std::string& school);

using SaveRequest = std::pair<upv::UpvInput, const upv::RuleSet*>;
tl::expected<SaveRequest, std::vector<Problem>> ReadSaveRequest(ServiceContext& context, const wire::Json& body,
                                                                const pupils::PupilRecord& pupil);

}  // namespace optagelse::upv_records
