// Records one pupil's assessment as a new version - unless nothing changed since the current one -
// with who entered it, when, and what changed. A record held in an enrolment conflict (another
// school reported the pupil first, for an overlapping period) is refused: pupil_enrolled_elsewhere. Shared by the single save and the batch import;
// the caller holds the database lock and wraps the call in a transaction.
#pragma once

#include "auth/session.h"
#include "pupils/pupil_report.h"
#include "service_context.h"
#include "upv/assessment.h"
#include "wire/json.h"

namespace optagelse::upv_records {

struct Recorded {
  std::int64_t version = 0;
  bool unchanged = false;
  wire::Json assessment;  // with Danish and English texts
  wire::Json changes;
};

Result<Recorded> RecordUpv(ServiceContext& context, const auth::Session& session, const pupils::PupilRecord& pupil,
                           const upv::UpvInput& input, const upv::RuleSet& rules);

}  // namespace optagelse::upv_records
