// The staff inbox's server calls: see inbox_requests.h.
#include "screens/inbox_requests.h"

#include "api_errors.h"
#include "platform/browser_bridge.h"
#include "screens/apply_requests.h"
#include "wire/json.h"

namespace optagelse::web {
namespace {

void Fail(AppState& state, const ApiResponse& response) {
  state.inbox.message = DescribeApiErrors(response, state.language);
  state.inbox.message_is_error = true;
}

// Where the logged-in decider's forrang routes live: the institution's or the region's.
std::string DeciderPath(const InboxState& inbox, const std::string& rest) {
  return (inbox.role == "region" ? "/api/v1/regions/" : "/api/v1/institutions/") + inbox.organisation + rest;
}

// Fetches a list of applications into the inbox: an institution's or region's (Answer =
// InstitutionInbox), or a counsellor's, which also has "another_activity" (CounsellorInbox).
template <class Answer>
void FetchApplications(AppState& state, const std::string& path) {
  ApiGet(path, [&state](const ApiResponse& response) {
    auto answer = wire::DecodeAnswerText<Answer>(response.body);
    if (response.status != 200 || !answer) return Fail(state, response);
    state.inbox.applications = std::move(answer->applications);
    if constexpr (std::is_same_v<Answer, wire::CounsellorInbox>) state.inbox.activities = std::move(answer->another_activity);
    state.inbox.loaded = true;
  });
}

}  // namespace

void InboxRefresh(AppState& state) {
  const InboxState& inbox = state.inbox;
  if (inbox.role == "counsellor") {
    return FetchApplications<wire::CounsellorInbox>(state, "/api/v1/counsellors/" + inbox.organisation + "/applications");
  }
  if (inbox.role == "region") return FetchApplications<wire::InstitutionInbox>(state, DeciderPath(inbox, "/forrang-claims"));
  FetchApplications<wire::InstitutionInbox>(state, DeciderPath(inbox, "/applications"));
  ApiGet(DeciderPath(inbox, "/admission-tests"), [&state](const ApiResponse& response) {
    auto answer = wire::DecodeAnswerText<wire::AdmissionTestList>(response.body);
    if (response.status != 200 || !answer) return Fail(state, response);
    state.inbox.admission_tests = std::move(answer->admission_tests);
  });
}

void InboxDecideForrang(AppState& state, std::int64_t application, int wish, const std::string& decision) {
  InboxState& inbox = state.inbox;
  const std::string key = std::to_string(application) + "." + std::to_string(wish);
  const std::string body = wire::Dump(wire::Json{{"decision", decision}, {"reason", inbox.reasons[key]}});
  const std::string path = DeciderPath(inbox, "/applications/" + std::to_string(application) + "/forrang/" + std::to_string(wish));
  ApiSend(ApiRequest{"PUT", path, body, "application/json", inbox.csrf_token}, [&state, decision](const ApiResponse& response) {
    if (response.status != 200) return Fail(state, response);
    state.inbox.message = decision == "granted" ? Say(state.language, "Forrang givet.", "Priority granted.")
                                                : Say(state.language, "Forrang afvist.", "Priority refused.");
    state.inbox.message_is_error = false;
    InboxRefresh(state);
  });
}

void InboxOpenAttachment(const InboxState& inbox, std::int64_t application, const std::string& sha256) {
  Download(DeciderPath(inbox, "/applications/" + std::to_string(application) + "/attachments/" + sha256));
}

}  // namespace optagelse::web
