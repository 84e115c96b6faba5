// The admission-test list's rule: see admission_test.h.
#include "application_flow/admission_test.h"

#include "enrolment/enrolment_status.h"
#include "store/upv_store.h"
#include "wire/json.h"

namespace optagelse::applications_service {

Result<std::optional<std::string>> AdmissionTestReason(store::Database& db, const store::StoredApplication& application,
                                                       applications::Status status) {
  using Reason = std::optional<std::string>;
  if (application.content.wishes.empty()) return Reason{};
  const std::string& programme = application.content.wishes.front().programme;
  if (applications::ProgrammeKindOf(programme) != applications::ProgrammeKind::kGymnasial) return Reason{};
  if (status == applications::Status::kLate) return Reason{"late"};
  const std::string track = programme == "hf" ? "hf" : "gym";
  auto pupils = enrolment::CountingEnrolmentsOf(db, application.applicant_cpr);  // a held report does not count
  if (!pupils) return Fail(pupils.error());
  std::optional<store::UpvVersion> latest;
  for (const auto& pupil : *pupils) {
    auto history = store::UpvHistory(db, pupil.id);
    if (!history) return Fail(history.error());
    if (!history->empty() && (!latest || history->front().entered_at > latest->entered_at)) latest = history->front();
  }
  if (!latest) return Reason{"no_assessment"};
  const wire::Json assessment = wire::ParseJson(latest->assessment_json).value_or(wire::Json::object());
  const wire::Json* result = nullptr;
  if (assessment.contains("tracks") && assessment["tracks"].is_object() && assessment["tracks"].contains(track)) {
    result = &assessment["tracks"][track];
  }
  if (result == nullptr || !result->is_object()) return Reason{"no_assessment"};
  if (const auto place = result->find("right_to_place"); place != result->end() && place->is_string()) {
    const std::string outcome = place->get<std::string>();
    if (outcome == "admission_test_and_talk" || outcome == "no_right_to_place") return Reason{outcome};
    return Reason{};
  }
  const auto ready = result->find("ready");
  if (ready == result->end() || !ready->is_boolean() || !ready->get<bool>()) return Reason{"not_ready"};
  return Reason{};
}

}  // namespace optagelse::applications_service
