// Recording UPV versions: see upv_recorder.h.
#include "upv_records/upv_recorder.h"

#include "clock.h"
#include "enrolment/enrolment_status.h"
#include "store/upv_store.h"
#include "wire/upv_wire.h"

namespace optagelse::upv_records {

Result<Recorded> RecordUpv(ServiceContext& context, const auth::Session& session, const pupils::PupilRecord& pupil,
                           const upv::UpvInput& input, const upv::RuleSet& rules) {
  // Only the school where the pupil counts as enrolled assesses them (docs/threat-model.md).
  auto conflict = enrolment::ConflictOf(context.db, pupil);
  if (!conflict) return Fail(conflict.error());
  if (*conflict && (*conflict)->held) return Fail(enrolment::ConflictProblem(**conflict));
  auto assessment = upv::Assess(input, rules);
  if (!assessment) return Fail(assessment.error());
  auto history = store::UpvHistory(context.db, pupil.id);
  if (!history) return Fail(history.error());
  std::optional<upv::UpvInput> previous;
  if (!history->empty()) {
    if (auto json = wire::ParseJson(history->front().input_json)) {
      if (auto parsed = wire::UpvInputFromJson(*json)) previous = std::move(*parsed);
    }
  }
  Recorded recorded;
  recorded.assessment = wire::AssessmentToJson(*assessment, rules, wire::TextLanguages::kBoth);
  if (previous && *previous == input && history->front().admission_year == rules.admission_year) {
    // Nothing changed: no new version (a double click, a retry or a re-import must not grow the history).
    recorded.version = history->front().id;
    recorded.unchanged = true;
    recorded.changes = wire::Json::object();
    return recorded;
  }
  recorded.changes = wire::UpvChangesToJson(previous ? &*previous : nullptr, input);
  store::UpvVersion version;
  version.pupil_id = pupil.id;
  version.admission_year = rules.admission_year;
  version.input_json = wire::Dump(wire::UpvInputToJson(input));
  version.assessment_json = wire::Dump(recorded.assessment);
  version.changes_json = wire::Dump(recorded.changes);
  version.entered_by = std::string(auth::RoleName(session.role)) + ":" + session.organisation;
  version.entered_at = clock::NowIso();
  auto id = store::AppendUpv(context.db, version);
  if (!id) return Fail(id.error());
  recorded.version = *id;
  return recorded;
}

}  // namespace optagelse::upv_records
