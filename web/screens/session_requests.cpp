// The app's one session: see session_requests.h.
#include "screens/session_requests.h"

#include "api_errors.h"
#include "platform/page_location.h"
#include "screens/apply_requests.h"
#include "screens/inbox_requests.h"
#include "screens/my_upv_view.h"
#include "screens/school_screen.h"
#include "ui/ui_text.h"

namespace optagelse::web {
namespace {

struct ScreenName {
  Screen screen;
  const char* name;
};
constexpr ScreenName kScreenNames[] = {{Screen::kHome, "home"}, {Screen::kSchool, "school"}, {Screen::kUpv, "upv"},
                                       {Screen::kAllocation, "allocation"}, {Screen::kApply, "apply"}, {Screen::kInbox, "inbox"},
                                       {Screen::kAbout, "about"}, {Screen::kPrivacy, "privacy"},
                                       {Screen::kAccessibility, "accessibility"}, {Screen::kHelp, "help"}};

std::string NameOf(Screen screen) {
  for (const ScreenName& entry : kScreenNames) {
    if (entry.screen == screen) return entry.name;
  }
  return "home";
}

std::string KindRole(LoginKind kind) {
  switch (kind) {
    case LoginKind::kCitizen: return "citizen";
    case LoginKind::kSchool: return "school";
    case LoginKind::kInstitution: return "institution";
    case LoginKind::kCounsellor: return "counsellor";
    case LoginKind::kRegion: return "region";
  }
  return "citizen";
}

// Every screen forgets the person it showed: a shared computer shows the next person a clean page.
void ForgetPerson(AppState& state) {
  state.school = SchoolState{};
  state.inbox = InboxState{};
  state.apply = ApplyState{};
  state.upv.mine = MyUpvState{};
  state.upv.pupils.clear();
  state.upv.loaded = false;
  state.placement = MyPlacementState{};
  state.session.role.clear();
  state.session.organisation.clear();
  state.session.csrf_token.clear();
  state.session.identity_provider.clear();
}

// The session the server names becomes every screen's: each screen fetches what it shows.
void AdoptSession(AppState& state, const wire::Json& session) {
  if (!session.is_object() || !session["role"].is_string() || !session["organisation"].is_string() ||
      !session["csrf_token"].is_string()) {
    return;
  }
  ForgetPerson(state);
  SessionState& mine = state.session;
  mine.role = session["role"].get<std::string>();
  mine.organisation = session["organisation"].get<std::string>();
  mine.csrf_token = session["csrf_token"].get<std::string>();
  mine.identity_provider = session["identity_provider"].is_string() ? session["identity_provider"].get<std::string>() : "";
  mine.id_input.clear();  // a CPR number typed is not kept on screen
  mine.message.clear();
  mine.panel_open = false;
  if (mine.role == "citizen") {
    state.apply.csrf_token = mine.csrf_token;
    ApplyFetch(state);
    state.upv.mine.logged_in = true;
    MyUpvFetch(state);
  } else if (mine.role == "school") {
    state.school.organisation = mine.organisation;
    state.school.csrf_token = mine.csrf_token;
    SchoolSessionStarted(state);
  } else {
    state.inbox.role = mine.role;
    state.inbox.organisation = mine.organisation;
    state.inbox.csrf_token = mine.csrf_token;
    InboxRefresh(state);
  }
}

}  // namespace

bool LoggedIn(const AppState& state) { return !state.session.role.empty(); }

void SessionStart(AppState& state) {
  if (state.session.asked) return;
  state.session.asked = true;
  const std::string screen = OpeningQueryValue("screen");
  for (const ScreenName& entry : kScreenNames) {
    if (screen == entry.name) state.screen = entry.screen;
  }
  ApiGet("/api/v1/session/methods", [&state](const ApiResponse& response) {
    auto json = wire::ParseJson(response.body);
    if (response.status != 200 || !json || !json->is_object()) return;
    state.session.oidc = (*json)["oidc"].is_boolean() && (*json)["oidc"].get<bool>();
    state.session.simulator = (*json)["simulator"].is_boolean() && (*json)["simulator"].get<bool>();
    if (!(*json)["logged_in"].is_boolean() || !(*json)["logged_in"].get<bool>()) return;
    ApiGet("/api/v1/session", [&state](const ApiResponse& session) {
      auto current = wire::ParseJson(session.body);
      if (session.status == 200 && current) AdoptSession(state, *current);
    });
  });
}

void SessionLogInWithProvider(AppState& state, bool staff) {
  NavigateTo(std::string("/api/v1/session/oidc?role=") + (staff ? "staff" : "citizen") +
             "&return=%2F%3Fscreen%3D" + NameOf(state.screen));
}

void SessionLogInWithSimulator(AppState& state, LoginKind kind, const std::string& id) {
  const std::string role = KindRole(kind);
  const wire::Json body = kind == LoginKind::kCitizen ? wire::Json{{"role", role}, {"cpr", id}}
                                                      : wire::Json{{"role", role}, {"organisation", id}};
  ApiSend(ApiRequest{"POST", "/api/v1/session", wire::Dump(body), "application/json", ""}, [&state](const ApiResponse& response) {
    auto json = wire::ParseJson(response.body);
    if (response.status != 200 || !json) {
      state.session.message = DescribeApiErrors(response, state.language);
      state.session.message_is_error = true;
      return;
    }
    AdoptSession(state, *json);
  });
}

void SessionLogOut(AppState& state) {
  ApiSend(ApiRequest{"DELETE", "/api/v1/session", "", "application/json", state.session.csrf_token},
          [&state](const ApiResponse& response) {
            auto json = wire::ParseJson(response.body);
            if (response.status != 200) {
              state.session.message = DescribeApiErrors(response, state.language);
              state.session.message_is_error = true;
              return;
            }
            ForgetPerson(state);
            state.session.message = Say(state.language, "Du er logget ud.", "You are logged out.");
            state.session.message_is_error = false;
            // A provider's session ends at the provider: the page goes there, and comes back to the start.
            if (json && (*json)["end_session_url"].is_string()) NavigateTo((*json)["end_session_url"].get<std::string>());
          });
}

void SessionFetchDemoPeople(AppState& state) {
  ApiGet("/api/v1/demo/people", [&state](const ApiResponse& response) {
    auto answer = wire::DecodeAnswerText<wire::DemoPeople>(response.body);
    if (response.status == 200 && answer) state.session.demo_people = std::move(answer->people);
  });
}

}  // namespace optagelse::web
